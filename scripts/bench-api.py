#!/usr/bin/env python3
"""Latency of the isnad REST API on a running server: `isnad serve --corpus DIR` first, then
   scripts/bench-api.py [BASE_URL] [REPEATS]
For each endpoint: the first request after the server started (cold: empty caches, JVM not warmed up
on that path) and REPEATS more (warm), over the ten most mentioned actors where the endpoint takes one.
Prints milliseconds: cold, then warm p50 / p95 / max. Standard library only."""
import json, sys, time, urllib.error, urllib.parse, urllib.request

base = sys.argv[1].rstrip("/") if len(sys.argv) > 1 else "http://127.0.0.1:8080"
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 20

def get(path):
    t = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=600) as r:
        body = r.read()
    return (time.perf_counter() - t) * 1000, json.loads(body)

def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

# the actors come from the sources ranking's named sources, not the network (so as not to warm it)
cold_src, src = get("/api/sources?limit=200")
actors = [r["key"] for r in src["by_source"] if r.get("entity")][:10] or ["isis"]
q = urllib.parse.quote
endpoints = [
    ("sources", lambda i: "/api/sources"),
    ("network", lambda i: "/api/network"),
    ("network?actor", lambda i: "/api/network?actor=" + q(actors[i % len(actors)])),
    ("actor", lambda i: "/api/actors/" + q(actors[i % len(actors)])),
    ("timeline", lambda i: "/api/timeline?actor=" + q(actors[i % len(actors)])),
    ("claims", lambda i: "/api/claims?source_type=anonymous"),
    ("recurring", lambda i: "/api/recurring"),
    ("recurring?actor", lambda i: "/api/recurring?actor=" + q(actors[i % len(actors)])),
    ("search", lambda i: "/api/search?q=" + q(["الدولة", "التحالف", "سوريا", "العراق"][i % 4])),
]
print(f"actors: {', '.join(actors)}")
print(f"{'endpoint':18} {'cold':>9} {'p50':>8} {'p95':>8} {'max':>8}")
for name, path in endpoints:
    try:
        cold = cold_src if name == "sources" else get(path(0))[0]
    except urllib.error.HTTPError as e:
        print(f"{name:18} HTTP {e.code}")
        continue
    warm = [get(path(i))[0] for i in range(1, repeats + 1)]
    print(f"{name:18} {cold:9.1f} {pct(warm, 50):8.1f} {pct(warm, 95):8.1f} {max(warm):8.1f}")
