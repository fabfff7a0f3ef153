"""Assemble the pages of writer B's three sites: python3 generate.py"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write_page
import site_es, site_jp, site_hr

SITES = [site_es, site_jp, site_hr]

def main():
    for s in SITES:
        assert len(s.ARTS) == 18, (s.CODE, len(s.ARTS))
        assert len({a.title for a in s.ARTS}) == 18
        for i in range(18):
            art, lines = s.build(i)
            write_page(s.CODE, s.LANG, s.HOST, i + 1, art, lines)
        print(f"sb15-{s.CODE}: 18 pages written")

if __name__ == "__main__":
    main()
