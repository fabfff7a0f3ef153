import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import parse_articles, write_site, safe_pos

ROOT = '/work/sites-blind6'
SECS = {'nasional': 'Nasional', 'ekonomi': 'Ekonomi', 'daerah': 'Daerah',
        'teknologi': 'Teknologi', 'olahraga': 'Olahraga', 'gaya-hidup': 'Gaya Hidup'}
QUIZ_PAGES = {2, 6, 9, 13, 17}
GN_B_PAGES = {5, 12, 15}          # A/B variant of the Google News line
NO_AUDIO = {6, 13, 18}
NO_AD = {10, 14}
NO_COMMENTS = {4, 9}

def assemble(i, a, rnd):
    out = [f"[navigation] Beranda › {SECS[a['sec']]}"]
    if i in (8, 16):
        out = ["[navigation] Lewati ke konten utama"] + out
    out += a['head']
    if i not in NO_AUDIO:
        out.append(f"[audio] Dengarkan berita ini · {rnd.randint(2, 6)} menit")
    body = list(a['body'])
    n = len(body)
    ins = {}
    if i not in NO_AD:
        ins.setdefault(safe_pos(body, 2), []).extend(["[ad] ADVERTISEMENT", "[ad] SCROLL TO CONTINUE WITH CONTENT"])
    rels = a['x'].get('rel', [])
    pos = [max(3, n // 2), max(4, (3 * n) // 4)]
    for k, r in enumerate(rels):
        p = safe_pos(body, pos[k], used=set(ins))
        ins.setdefault(p, []).append(f"[related] Baca juga: {r}")
    for k, line in enumerate(body):
        if k in ins:
            out += ins[k]
        out.append(line)
    out.append(f"[navigation] Tag: {a['x']['tag'][0]}")
    tail = []
    if i in GN_B_PAGES:
        tail.append("[social] Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu untuk akses berita KabarLintas.id lewat WhatsApp Channel.")
    else:
        tail.append("[social] Ikuti berita terkini dan terpercaya KabarLintas.id di Google News, klik di sini.")
    if i in QUIZ_PAGES:
        tail.append(f"[ad] Kuis HUT ke-12 KabarLintas.id: jawab 5 pertanyaan dan menangkan hadiah total Rp 25 juta. Periode {rnd.choice(['1–15', '1–20'])} Desember 2026, ikuti sekarang!")
    if i not in NO_COMMENTS:
        c = rnd.choice([0, 3, 7, 12, 18, 26, 41, 64, 105])
        tail.append("[comments] Jadilah yang pertama berkomentar" if c == 0 else f"[comments] Komentar ({c})")
    if i in (7, 14):   # comments before social on a few pages
        tail.reverse()
    out += tail
    out.append("[related] Berita Terkait")
    out += [f"[related] {t}" for t in a['x']['ter']]
    if i != 11:
        out.append("[navigation] Redaksi · Pedoman Media Siber · Kode Etik · Karier · Kontak")
    out.append("[legal] Copyright © 2026 KabarLintas.id. All rights reserved.")
    return out

arts = parse_articles(open(os.path.join(os.path.dirname(__file__), 'id_articles.txt'), encoding='utf-8').read())
for a in arts:
    a['sec_path'] = a['sec']
write_site(ROOT, 'sb6-id', 'id', 'www.kabarlintas.id', arts, assemble, seed=61)
print('id done', len(arts))
