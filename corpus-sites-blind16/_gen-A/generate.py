"""Generate writer A's three sites: python3 generate.py"""
import importlib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write_site  # noqa: E402

SITES = ["site_itap", "site_ruld", "site_mysr"]

if __name__ == "__main__":
    wanted = sys.argv[1:] or SITES
    for name in wanted:
        mod = importlib.import_module(name)
        print("wrote", write_site(mod))
