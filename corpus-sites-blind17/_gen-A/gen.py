"""Generate writer A's three sites for sites-blind17."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write_site
import importlib

SITES = ["site_nl", "site_gr", "site_sk"]

if __name__ == "__main__":
    names = sys.argv[1:] or SITES
    for name in names:
        m = importlib.import_module(name)
        folder = write_site(m.SITE, m.LANG, m.HOST, m.build)
        print("wrote", os.path.normpath(folder))
