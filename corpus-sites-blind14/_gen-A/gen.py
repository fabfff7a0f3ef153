"""Generate the three sites of writer A:  python3 gen.py"""
import common
import site_us, site_fr, site_sw

for mod in (site_us, site_fr, site_sw):
    d = common.write_site(mod.SITE, mod.LANG, mod.HOST, mod.ARTICLES, mod.build)
    print("wrote", d)
