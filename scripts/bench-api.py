#!/usr/bin/env python3
"""Latency of the isnad REST API on a running server: `isnad serve --corpus DIR` first, then
   scripts/bench-api.py [BASE_URL]
For each endpoint: the first request after the server started ("first"), then two rounds over the
same ten requests (the ten most cited entities where the endpoint takes an actor, else one request ten
times): round 1 ("new") asks what was not asked before, round 2 ("again") repeats round 1. Prints
milliseconds: first, then p50 / p95 of each round. Standard library only."""
import json, sys, time, urllib.error, urllib.parse, urllib.request

base = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8080"

def get(path):
    t = time.perf_counter()
    while True:
        try:
            with urllib.request.urlopen(base + path, timeout=900) as r:
                body = r.read()
            return (time.perf_counter() - t) * 1000, json.loads(body)
        except urllib.error.HTTPError as e:
            if e.code != 503:  # 503: being computed, ask again (the wait counts)
                raise
            time.sleep(0.5)

def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

first_sources, src = get("/api/sources?limit=200")
actors = [r["key"] for r in src["by_source"] if r.get("entity")][:10]
q = urllib.parse.quote
endpoints = [
    ("sources", lambda a: "/api/sources"),
    ("network", lambda a: "/api/network"),
    ("network?actor=", lambda a: "/api/network?actor=" + q(a)),
    ("actors/{id}", lambda a: "/api/actors/" + q(a)),
    ("timeline?actor=", lambda a: "/api/timeline?actor=" + q(a)),
    ("claims?source_type=", lambda a: "/api/claims?source_type=anonymous"),
    ("recurring", lambda a: "/api/recurring"),
    ("recurring?actor=", lambda a: "/api/recurring?actor=" + q(a)),
    ("search?q=", lambda a: "/api/search?q=" + q("الدولة")),
]
print("actors: " + ", ".join(actors))
print(f"{'endpoint':20} {'first':>8} {'new p50':>8} {'new p95':>8} {'again p50':>9} {'again p95':>9}")
for name, path in endpoints:
    try:
        first = first_sources if name == "sources" else get(path(actors[0]))[0]
    except urllib.error.HTTPError as e:
        print(f"{name:20} HTTP {e.code}")
        continue
    new = [get(path(a))[0] for a in actors]
    again = [get(path(a))[0] for a in actors]
    print(f"{name:20} {first:8.0f} {pct(new, 50):8.0f} {pct(new, 95):8.0f} {pct(again, 50):9.0f} {pct(again, 95):9.0f}")
