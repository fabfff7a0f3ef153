import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import parse_articles, write_site, safe_pos

ROOT = '/work/sites-blind6'
SECS = {'kraj': 'Kraj', 'swiat': 'Świat', 'spoleczenstwo': 'Społeczeństwo', 'kultura': 'Kultura',
        'gospodarka': 'Gospodarka', 'opinie': 'Opinie', 'media': 'Media'}
CAMPAIGN = {3, 8, 11, 16, 18}
HEAD_B = {4, 9, 13, 18}
NL_B = {5, 10, 17}
NO_NL = {7, 13, 15}
NO_APPEAL = {7, 15}
NO_COUNTER = {1, 12}
AUDIO = {1, 2, 5, 6, 8, 10, 11, 14, 16, 17}
SHARE_LAST = {6, 12, 16}

def fmt(n):
    s = f"{n:,}".replace(',', ' ')
    return s

def month_of(a):
    return 'listopad' if 'listopada' in a['head'][2] else 'grudzień'

def assemble(i, a, rnd):
    out = []
    if i not in (5, 14):
        out.append("[navigation] Przejdź do treści")
    out.append(f"[navigation] Nurt › {SECS[a['sec']]}")
    out += a['head']
    if i in AUDIO:
        out.append(f"[audio] Posłuchaj tekstu · {rnd.randint(5, 14)} min")
    if 'cap' in a['x']:
        out.append(a['x']['cap'][0])
        out.append(f"[legal] {a['x']['fot'][0]}")
    body = list(a['body'])
    n = len(body)
    ins = {}
    for r in a['x'].get('rel', []):
        ins.setdefault(safe_pos(body, max(2, n // 2 - 1)), []).append(f"[related] {r}")
    if i not in NO_NL:
        p = safe_pos(body, max(3, (2 * n) // 3 + 1), used=set(ins))
        if i in NL_B:
            ins.setdefault(p, []).extend(["[newsletter] Nie przegap kolejnych tekstów. Zapisz się na piątkowy newsletter Nurtu.", "[ui] Zapisuję się"])
        else:
            ins.setdefault(p, []).extend(["[newsletter] Najważniejsze teksty tygodnia co piątek w Twojej skrzynce. Zapisz się do newslettera Nurtu.", "[ui] Zapisz się"])
    for k, line in enumerate(body):
        if k in ins:
            out += ins[k]
        out.append(line)
    share = "[share] Udostępnij: Facebook · X · Bluesky · E-mail"
    if i not in SHARE_LAST and i != 9:
        out.append(share)
    if i not in NO_APPEAL:
        out.append("[appeal] Dziennikarstwo bez właściciela" if i in HEAD_B else "[appeal] Nurt jest niezależny dzięki Tobie")
        out.append("[appeal] Nie należymy do żadnego koncernu ani partii. Nasze teksty są dostępne bez paywalla, bo finansują je czytelniczki i czytelnicy. Wesprzyj nas – nawet 20 zł miesięcznie pozwala nam pisać o sprawach, o których inni milczą.")
        if month_of(a) == 'listopad':
            goal, got = 85000, rnd.randint(70, 84) * 1000 + rnd.randint(0, 999)
            mname = 'listopad'
        else:
            day = int(a['head'][2].split('·')[1].split()[0])
            goal, got = 90000, 9000 + day * 3500 + rnd.randint(0, 999)
            mname = 'grudzień'
        pct = round(100 * got / goal)
        out.append(f"[appeal] Cel na {mname}: {fmt(goal)} zł · zebrano {fmt(got)} zł ({pct}%)")
        if i not in NO_COUNTER:
            cnt = rnd.randint(90, 180) * 10 + rnd.choice([0, 1, 5, 6, 7, 8, 9])
            out.append(f"[appeal] W tym miesiącu wsparło nas {fmt(cnt)} osób. Dziękujemy!")
        out.append("[ui] Wspieram")
        out.append("[ui] Może później")
    if i in CAMPAIGN:
        k = {3: 151, 8: 187, 11: 203, 16: 246, 18: 262}[i]
        out.append(f"[appeal] Świąteczna akcja: podaruj roczną prenumeratę Nurtu bibliotece w małej miejscowości. Ufundowaliście już {k} z 300 prenumerat.")
    if i in SHARE_LAST:
        out.append(share)
    if i != 11:
        out.append("[social] Obserwuj Nurt na Facebooku, Instagramie i Bluesky")
    out.append("[legal] © 2026 Fundacja Nurt. Przedruk i wykorzystanie tekstów wyłącznie za zgodą redakcji.")
    return out

arts = parse_articles(open(os.path.join(os.path.dirname(__file__), 'pl_articles.txt'), encoding='utf-8').read())
for a in arts:
    a['sec_path'] = a['sec']
write_site(ROOT, 'sb6-pl', 'pl', 'nurt.org.pl', arts, assemble, seed=62)
print('pl done', len(arts))
