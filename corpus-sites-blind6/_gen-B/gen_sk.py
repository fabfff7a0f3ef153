import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import parse_articles, write_site, safe_pos

ROOT = '/work/sites-blind6'
SECS = {'slovensko': ('Správy', 'Slovensko'), 'regiony': ('Správy', 'Regióny'), 'svet': ('Správy', 'Svet'),
        'ekonomika': ('Ekonomika', None), 'sport': ('Šport', None), 'veda-technologie': ('Veda a technológie', None),
        'kultura': ('Kultúra', None), 'nazory': ('Názory', None)}
PAYWALL = {3, 6, 10, 13, 17}
COOKIE = {1, 5, 9, 14, 18}
NO_NL = {4, 8, 11, 15}
NL_B = {6, 12}
NO_AD = {9, 17}
NO_DISC = {8, 10}
AUDIO_A = {1, 2, 4, 7, 11, 12, 16, 18}
AUDIO_B = {3, 13}

def assemble(i, a, rnd):
    out = []
    if i in COOKIE and i in (5, 14):     # cookie leftover at the very top on some pages
        out += ["[cookie] Táto stránka používa súbory cookies. Ďalším prehliadaním súhlasíte s ich používaním.", "[ui] Rozumiem"]
    s1, s2 = SECS[a['sec']]
    out.append(f"[navigation] Pulz dňa › {s1}" + (f" › {s2}" if s2 else ""))
    out += a['head']
    disc = None
    if i not in NO_DISC:
        disc = rnd.choice([4, 12, 23, 38, 57, 91, 146, 212, 388])
        out.append(f"[comments] Diskusia ({disc})")
    if i in AUDIO_A:
        out.append("[audio] Vypočujte si článok")
    elif i in AUDIO_B:
        out.append(f"[audio] Počúvajte článok · {rnd.randint(2, 6)} min")
    if 'cap' in a['x']:
        out.append(a['x']['cap'][0])
        out.append(f"[legal] {a['x']['fot'][0]}")
    body = list(a['body'])
    n = len(body)
    ins = {}
    if i not in NO_AD:
        ins.setdefault(safe_pos(body, 2), []).append("[ad] Reklama")
    for r in a['x'].get('rel', []):
        ins.setdefault(safe_pos(body, n // 2, used=set(ins)), []).append(f"[related] {r}")
    if i not in NO_NL:
        p = safe_pos(body, max(3, (3 * n) // 4), used=set(ins))
        if i in NL_B:
            ins.setdefault(p, []).extend(["[newsletter] Chcete mať prehľad? Prihláste sa na odber Ranného Pulzu a dostávajte správy každý pracovný deň o 6:00.", "[ui] Prihlásiť sa"])
        else:
            ins.setdefault(p, []).extend(["[newsletter] Ranný Pulz: najdôležitejšie správy dňa každé ráno o 6:00 vo vašej schránke.", "[ui] Odoberať"])
    for k, line in enumerate(body):
        if k in ins:
            out += ins[k]
        out.append(line)
    out.append(f"[legal] {a['x']['src'][0]}")
    tail = []
    if i in PAYWALL:
        d = {3: 15, 6: 15, 10: 20, 13: 20, 17: 24}[i]
        tail.append(f"[paywall] Vianočná akcia: ročné predplatné Pulz+ za 39 € namiesto 59,88 €. Bez reklám, s prístupom ku všetkým článkom. Ponuka platí do {d}. decembra.")
    tail.append("[share] Zdieľať na Facebooku · Zdieľať na X · Kopírovať odkaz")
    if i not in (4, 15):
        tail.append("[social] Sledujte nás na Facebooku, Instagrame a WhatsAppe.")
    if disc is not None and i not in (2, 11):
        tail.append(f"[comments] Vstúpiť do diskusie ({disc})")
    if i in (7, 12, 16):
        tail = tail[1:] + tail[:1]
    out += tail
    if i in COOKIE and i not in (5, 14):
        out += ["[cookie] Táto stránka používa súbory cookies. Ďalším prehliadaním súhlasíte s ich používaním.", "[ui] Rozumiem"]
    yr = "© 2026 Pulz Media, a. s." if i != 3 else "© 2025 – 2026 Pulz Media, a. s."
    out.append(f"[legal] {yr} Všetky práva vyhradené. Publikovanie alebo ďalšie šírenie obsahu bez písomného súhlasu je zakázané.")
    return out

arts = parse_articles(open(os.path.join(os.path.dirname(__file__), 'sk_articles.txt'), encoding='utf-8').read())
for a in arts:
    a['sec_path'] = a['sec']
write_site(ROOT, 'sb6-sk', 'sk', 'www.pulzdna.sk', arts, assemble, seed=63)
print('sk done', len(arts))
