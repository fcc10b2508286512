#!/usr/bin/env bash
# Set-up of the repair benchmark (make bench-repair): install Debian's French documentation and
# extract plain French prose from it into .cache/repair-corpus/ (outside git).
#
#   bash benchmarks/setup_repair_corpus.sh [--force]
#
# Installs the Debian packages `debian-reference-fr` (the Debian reference manual in French) and
# `manpages-fr` (French manual pages) with apt-get when they are missing (needs root, as on the
# project's machines), then runs benchmarks/repair_corpus.py. Nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
OUT=.cache/repair-corpus/docs.jsonl

if [[ -s "$OUT" && "${1:-}" != "--force" ]]; then
    echo "repair corpus ready: $OUT (use --force to rebuild)"
    exit 0
fi

missing=()
for pkg in debian-reference-fr manpages-fr man-db; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if (( ${#missing[@]} )); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "need root to install: ${missing[*]} (or install them yourself and re-run)" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p .cache/repair-corpus
"$PY" benchmarks/repair_corpus.py -o "$OUT"
