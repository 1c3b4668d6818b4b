#!/usr/bin/env bash
# Corpus load test: a synthetic 100,000-article JSONL made from the bundled samples, ingested without
# analysis, then 1,000 timed searches. Prints ingest articles/s, index size, peak heap and search p50/p95.
# Usage: scripts/bench-corpus.sh [WORK_DIR] [COUNT]   (default: a temporary folder, 100000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d)}"
count="${2:-100000}"
isnad="$here/isnad"
mkdir -p "$work"
rm -rf "$work/corpus"
echo "== synth-corpus ($count articles) into $work"
"$isnad" synth-corpus --out "$work/synth.jsonl" --count "$count"
echo "== ingest --no-analysis"
"$isnad" ingest "$work/synth.jsonl" --corpus "$work/corpus" --no-analysis -q
echo "== re-ingest (adds nothing)"
"$isnad" ingest "$work/synth.jsonl" --corpus "$work/corpus" --no-analysis -q
echo "== bench-search"
"$isnad" bench-search --corpus "$work/corpus" --queries 1000
