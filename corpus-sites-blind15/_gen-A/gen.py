"""Generate all three writer-A sites: python3 gen.py"""
import sys
import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write_site
import site_de, site_tr, site_tl

if __name__ == "__main__":
    for mod in (site_de, site_tr, site_tl):
        print("wrote", write_site(mod))
