#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install cleanbody with every extra the tests use.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
    PY=$(command -v python3.11 || command -v python3)
    "$PY" -c 'import sys; assert sys.version_info >= (3, 11), "cleanbody needs Python 3.11 or newer"'
    "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[dev,datatrove,hf,train,scrapy,langchain,warc,zstd,fast]"
