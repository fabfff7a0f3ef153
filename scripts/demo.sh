#!/usr/bin/env bash
# Set everything up, then clean the bundled example article and explain each removal.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== clean text =="
.venv/bin/cleanbody examples/article.txt
echo
echo "== what was removed, and why =="
.venv/bin/cleanbody --explain examples/article.txt
