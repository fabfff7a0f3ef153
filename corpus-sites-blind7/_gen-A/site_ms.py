from gen import M, split, fmt_int
SITE, LANG, HOST, FILE = 'sb7-ms', 'ms', 'www.suarasemenanjung.com.my', 'ms.txt'

BACA = [
    "BACA: Saksi kedua gagal hadir, waran tangkap dikeluarkan",
    "BACA: 14 jalan ditutup di Pasir Mas akibat banjir",
    "BACA: Arif Aiman sasar 10 gol untuk Harimau Malaya tahun depan",
    "BACA: SPRM tahan dua pegawai JKR di Negeri Sembilan",
    "BACA: Ringgit dibuka tinggi berbanding dolar AS",
    "BACA: Kisah relawan muda yang tidak pulang ke rumah selama seminggu",
    "BACA: Bekas pemandu tertuduh beri keterangan di mahkamah",
    "BACA: Sekolah daif di Sabah akan dibina semula tahun depan",
    "BACA: Lima kuih tradisional yang semakin sukar ditemui",
    "BACA: Warga emas rugi RM380,000 ditipu 'pegawai bank'",
    "BACA: Peguam bela mohon dokumen tambahan daripada SPRM",
    "BACA: Tambang LRT tidak naik tahun depan",
    "BACA: Stok darah di hospital kerajaan kritikal",
    "BACA: Vaksin denggi kini boleh didapati di klinik swasta",
    "BACA: Wartawan tempatan raih anugerah kewartawanan ASEAN",
    "BACA: Tiket konsert habis dijual dalam 20 minit",
    "BACA: Pembangkang gesa audit projek jalan luar bandar",
    "BACA: Lebih 3,000 anggota bomba dalam keadaan siap siaga",
]
BERKAITAN = [
    "Perbicaraan rasuah RM1.2 juta bekas jurutera daerah bermula",
    "Mangsa banjir di Kelantan meningkat kepada 8,412 orang",
    "Waspada penipuan fail APK 'jemputan kahwin' di WhatsApp",
    "Kes denggi di Selangor meningkat 18 peratus dalam tempoh sebulan",
    "MetMalaysia keluarkan amaran hujan berterusan tahap bahaya di Terengganu dan Kelantan",
    "Harimau Malaya benam Laos 4-0 di Bukit Jalil",
]
KOMEN = [12, 45, 130, 27, 3, 19, 8, 64, 22, 51, 36, 14, 9, 5, 40, 88, 17, 26]
# flood fund campaign: page index -> amount collected
TABUNG = {1: 186450, 4: 231900, 9: 268310, 15: 291775, 17: 305020}

def build(i, a, rng):
    head, b1, b2 = split(a)
    out = []
    if i not in (5, 12):
        out.append(M('navigation', 'Terkini | Nasional | Politik | Bisnes | Sukan | Hiburan | Gaya Hidup | Video'))
    out.append(M('navigation', a['nav']))
    out += head
    share_top = i not in (3, 8, 14, 16)
    if share_top:
        out.append(M('share', 'Kongsi: Facebook | X | WhatsApp | Telegram'))
    if i % 5 == 2:
        out.append(M('audio', 'Dengar berita ini'))
    if i not in (10, 13) and len(b1) > 1:
        out += b1[:1] + [M('ad', 'Iklan')] + b1[1:]
    else:
        out += b1
    mid = [M('related', BACA[i])]
    if i not in (2, 7, 13, 16):
        if i % 3 == 0:
            mid.append(M('social', 'Sertai saluran Telegram Suara Semenanjung untuk berita terkini setiap hari.'))
        else:
            mid.append(M('social', 'Ikuti kami di saluran Telegram dan WhatsApp untuk berita terkini.'))
    if i % 4 == 1:
        mid.reverse()
    out += mid
    # second BACA insert on a few long pages, deeper into the article
    if i in (0, 6, 10) and len(b2) > 3:
        out += b2[:2] + [M('related', BACA[(i + 7) % 18].replace('BACA:', 'BACA JUGA:'))] + b2[2:]
    else:
        out += b2
    bottom = []
    if i in TABUNG:
        bottom.append(M('appeal', f'Tabung Bantuan Banjir Suara Semenanjung: RM{fmt_int(TABUNG[i])} terkumpul setakat hari ini. Hulurkan sumbangan anda untuk mangsa banjir.'))
        bottom.append(M('ui', 'Sumbang sekarang'))
    if not share_top:
        bottom.append(M('share', 'Kongsi: Facebook | X | WhatsApp | Telegram'))
    if i not in (4, 11):
        k = KOMEN[i]
        bottom.append(M('comments', f'{k} Komen' if k else 'Jadilah yang pertama memberi komen'))
        if i % 2 == 0:
            bottom.append(M('ui', 'Lihat semua komen'))
    rel = [M('related', 'Berita Berkaitan')]
    pool = [h for h in BERKAITAN if h != a['lines'][0]]
    rng.shuffle(pool)
    rel += [M('related', h) for h in pool[:3]]
    if i not in (6, 13):
        rel.append(M('ui', 'Muat lagi'))
    app = [M('app', 'Muat turun aplikasi Suara Semenanjung di App Store, Google Play dan AppGallery.')] if i not in (3, 9, 12, 17) else []
    if i % 6 == 5:
        bottom += app + rel
    else:
        bottom += rel + app
    if i not in (2, 14):
        bottom.append(M('social', 'Ikuti kami di Facebook, Instagram, TikTok dan X'))
    bottom.append(M('legal', 'Hak Cipta © 2026 Suara Semenanjung Media Sdn Bhd. Hak cipta terpelihara.'))
    if i % 3 != 2:
        bottom.append(M('legal', 'Sebarang bentuk penerbitan semula kandungan tanpa kebenaran bertulis adalah dilarang.'))
    if i in (0, 7, 11, 15):
        bottom.append(M('cookie', 'Laman web ini menggunakan kuki untuk meningkatkan pengalaman pengguna. Dengan meneruskan pelayaran, anda bersetuju dengan Dasar Privasi kami.'))
        bottom.append(M('ui', 'Saya setuju'))
    if i % 4 == 3:
        bottom.append(M('ui', 'Kembali ke atas'))
    out += bottom
    return out
