#!/usr/bin/env python3
"""Assemble pages for sb11-no, sb11-fa, sb11-zh from article files + template spec."""
import os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

FA_DIGITS = str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹')


def fa(n, sep=True):
    s = f"{n:,}" if sep else str(n)
    return s.replace(',', '٬').translate(FA_DIGITS)


def load(fn, bg):
    arts = []
    cur = None
    for line in open(os.path.join(HERE, fn), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('=== '):
            sec, slug, crumb, cut = line[4:].split('|')
            cur = dict(section=sec, slug=slug, crumb=crumb, cut=int(cut), lines=[])
            arts.append(cur)
        else:
            m = re.fullmatch(r'\{(\w+)\}', line)
            cur['lines'].append(bg[m.group(1)] if m else line)
    assert len(arts) == 18, fn
    return arts


def mid_index(body, rng, lo=0.4, hi=0.65):
    """Insert position: before the t-th article line (at least 4 article lines above)."""
    pos = [j for j, (c, _) in enumerate(body) if c is None]
    n = len(pos)
    t = int(n * rng.uniform(lo, hi))
    t = max(4, min(t, n - 2))
    return pos[t]


def write(site, lang, host, i, art, blocks):
    d = os.path.join(OUT, site)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, f'page-{i:02d}.txt'), 'w', encoding='utf-8') as f:
        f.write(f'id: {site}-{i:02d}\nlang: {lang}\nkind: positive\n')
        f.write(f'url: https://{host}/{art["section"]}/{art["slug"]}\n---\n')
        for cat, text in blocks:
            assert '\n' not in text and text.strip() == text and text
            f.write(f'[{cat}] {text}\n' if cat else text + '\n')


def other_headlines(arts, i, rng, k):
    idx = [j for j in range(len(arts)) if j != i]
    return [arts[j]['lines'][0] for j in rng.sample(idx, k)]


# ---------------------------------------------------------------- NO
NO_BG = {
    'BG1': 'Helse Fonna vedtok 12. februar å flytte fødetilbudet fra Stord sjukehus til Haugesund fra 1. september. Vedtaket betyr at rundt 450 fødende i året får lengre reisevei.',
    'BG2': 'Fødeaksjonen Sunnhordland ble stiftet samme kveld og har i dag over 9000 medlemmer på Facebook.',
    'BG2b': 'Fødeaksjonen Sunnhordland ble stiftet samme kveld og har i dag over 11 000 medlemmer på Facebook.',
}
NO_POOL = [
    'Ny rundkjøring på Heiane åpner før sommeren', 'Kommunen vil selge gamle Leirvik skule',
    'Tre biler i kollisjon på Rv. 545', 'Bømlo-jente tok NM-gull i bryting',
    'Butikken på Huglo får ny drift', 'Slik blir sommerrutene for hurtigbåten',
    'Rekordmange søker lærlingplass på verftet', 'Vil bygge 80 nye boliger ved Stord kai',
    'Legevakten får nytt telefonnummer', 'Hytteeiere raser mot ny avgift',
    'Brannvesenet rykket ut til pipebrann i Sagvåg', 'Kinoen viser gamle filmer hver søndag',
    'Fitjar-båtlaget fyller 50 år', 'Ungdomsklubben får nye lokaler',
    'Her er de mest solgte boligene i mars', 'Sjekk om din vei skal asfalteres i år',
]
NO_PHOTO = ['Foto: Arne Tveit', 'Foto: Ingrid Hatlestad', 'Foto: Privat', 'Foto: Martin Sæbø', 'Foto: NTB', 'Illustrasjonsfoto: Arne Tveit']


def build_no():
    arts = load('articles-no.txt', NO_BG)
    rng0 = random.Random(1101)
    campaign = set(rng0.sample([k for k in range(18) if arts[k]['cut'] == 0], 5))
    for i, a in enumerate(arts):
        rng = random.Random(5000 + i)
        lines = list(a['lines'])
        pay = a['cut'] > 0
        if pay:
            lines = lines[:a['cut']]
        B = []
        if rng.random() < 0.8:
            B.append(('navigation', 'Hopp til hovedinnhold'))
        B.append(('navigation', f'Forsiden › {a["crumb"]}'))
        if rng.random() < 0.25:
            B.append(('cookie', 'Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse og vise relevante annonser.'))
            B.append(('ui', 'Godta alle'))
        body = [(None, l) for l in lines]
        # photo credit after standfirst
        if rng.random() < 0.65:
            body.insert(2, ('legal', rng.choice(NO_PHOTO)))
        if rng.random() < 0.7 and not pay:
            body.insert(3 if body[2][0] == 'legal' else 2, ('audio', f'Lytt til saken · {rng.randint(2, 6)} min'))
        # middle insertions
        mids = []
        if rng.random() < 0.8:
            if i % 3 == 0:
                mids.append(('newsletter', 'Nyhetsbrev: Morgenbriefen fra Fjordingen – gratis hver dag kl. 06.30'))
            else:
                mids.append(('newsletter', 'Få de viktigste sakene fra Sunnhordland rett i innboksen hver morgen.'))
                mids.append(('ui', 'Meld deg på'))
        rel = ('related', 'Les også: ' + (rng.choice(NO_POOL) if rng.random() < 0.5 else other_headlines(arts, i, rng, 1)[0]))
        if rng.random() < 0.5:
            mids = [rel] + mids
        else:
            mids = mids + [rel]
        if rng.random() < 0.55:
            mids.insert(rng.randint(0, len(mids)), ('ad', 'Annonse'))
        if pay:
            k = [j for j, (c, _) in enumerate(body) if c is None][-1]
        else:
            k = mid_index(body, rng)
        body[k:k] = mids
        B += body
        if pay:
            B.append(('paywall', 'Denne saken er kun for abonnenter'))
            if i % 2:
                B.append(('paywall', 'Bli abonnent i dag – få full tilgang til alle saker på fjordingen.no'))
            else:
                B.append(('paywall', 'Les hele saken: Prøv Fjordingen Digital for 1 kr den første måneden'))
            B.append(('ui', 'Kjøp tilgang'))
            B.append(('paywall', 'Er du allerede abonnent? Logg inn'))
        tail = []
        if i in campaign:
            tail.append(('paywall', 'Påsketilbud: Fjordingen Digital i 3 måneder for 99 kr'))
            tail.append(('ui', 'Se tilbudet'))
        if not pay and rng.random() < 0.85:
            tail.append(('share', 'Del saken: Facebook · X · E-post · Kopier lenke'))
        if not pay and rng.random() < 0.65:
            n = rng.choice([0, 1, 3, 4, 7, 12, 18, 26, 41])
            tail.append(('comments', 'Vær den første til å kommentere' if n == 0 else f'{n} kommentarer · Skriv en kommentar'))
        soc = ('social', 'Følg Fjordingen på Facebook, Instagram og Snapchat')
        if tail and rng.random() < 0.3:
            tail.insert(len(tail) - 1, soc)
        elif rng.random() < 0.9:
            tail.append(soc)
        if rng.random() < 0.8:
            tail.append(('related', 'Mer fra Fjordingen'))
            for h in rng.sample(NO_POOL, rng.randint(2, 3)):
                tail.append(('related', h))
        yr = 2026
        tail.append(('legal', f'© {yr} Fjordingen AS · Ansvarlig redaktør: Kari Nilsen'))
        if rng.random() < 0.7:
            tail.append(('legal', 'Fjordingen arbeider etter Vær Varsom-plakatens regler for god presseskikk. Fjordingen har ikke ansvar for innhold på eksterne nettsider som det lenkes til.'))
        if not any(c == 'cookie' for c, _ in B) and rng.random() < 0.45:
            tail.append(('cookie', 'Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse og vise relevante annonser.'))
            tail.append(('ui', 'Godta alle'))
            if rng.random() < 0.5:
                tail.append(('ui', 'Innstillinger'))
        B += tail
        write('sb11-no', 'no', 'www.fjordingen.no', i + 1, a, B)


# ---------------------------------------------------------------- FA
FA_BG = {
    'BG1': 'اعتصاب کارگران پیمانی و پروژه‌ای صنعت نفت از ۱۰ اسفند در دست‌کم ۴۰ پالایشگاه، پتروشیمی و میدان نفتی آغاز شده است. اعتصاب‌کنندگان خواستار افزایش دستمزد، اجرای طرح ۲۰ روز کار و ۱۰ روز استراحت و حذف شرکت‌های پیمانکاری واسطه هستند.',
    'BG2': 'به گفته شورای سازماندهی اعتراضات، تاکنون دست‌کم ۱۲ نفر از کارگران و فعالان این اعتصاب بازداشت شده‌اند.',
    'BG2b': 'به گفته شورای سازماندهی اعتراضات، تاکنون دست‌کم ۱۹ نفر از کارگران و فعالان این اعتصاب بازداشت شده‌اند.',
}
FA_POOL = [
    'تجمع بازنشستگان در ۲۰ شهر برای دومین هفته', 'گزارش ویژه: زندگی با حداقل دستمزد در تهران',
    'نامه ۳۰۰ هنرمند در حمایت از زندانیان سیاسی', 'افزایش ۴۰ درصدی اجاره‌بها در کرج',
    'بازداشت یک خبرنگار در رشت', 'صف‌های طولانی برای مرغ دولتی',
    'ممنوع‌الخروجی یک فعال محیط زیست', 'کمبود داروی بیماران خاص دوباره خبرساز شد',
    'اعتراض دانشجویان علوم پزشکی به افزایش شهریه', 'قطع گاز صنایع در سرمای زمستان',
    'روایت یک پرستار از مهاجرت همکارانش', 'ده سال پس از برجام؛ اقتصاد ایران کجاست؟',
]
FA_PHOTO = ['عکس: شبکه‌های اجتماعی', 'عکس: رسانه‌های داخلی ایران', 'عکس تزئینی است', 'عکس: ارسالی مخاطبان ایران‌نگار', 'عکس: خبرگزاری فرانسه']


def build_fa():
    arts = load('articles-fa.txt', FA_BG)
    rng0 = random.Random(1102)
    campaign = set(rng0.sample(range(18), 5))
    for i, a in enumerate(arts):
        rng = random.Random(6000 + i)
        B = []
        if rng.random() < 0.6:
            B.append(('navigation', 'رفتن به محتوای اصلی'))
        B.append(('navigation', f'خانه › {a["crumb"]}'))
        body = [(None, l) for l in a['lines']]
        if rng.random() < 0.7:
            body.insert(2, ('legal', rng.choice(FA_PHOTO)))
        top = []
        if rng.random() < 0.5:
            top.append(('audio', f'این گزارش را بشنوید ({fa(rng.randint(3, 9))} دقیقه)'))
        if rng.random() < 0.4:
            top.append(('ui', 'اندازه متن: کوچک · متوسط · بزرگ'))
        body[3:3] = top  # after byline-ish position
        mids = [('related', 'بیشتر بخوانید: ' + (rng.choice(FA_POOL) if rng.random() < 0.6 else other_headlines(arts, i, rng, 1)[0]))]
        if rng.random() < 0.7:
            app = ('app', 'برای دسترسی بدون فیلتر به ایران‌نگار، اپلیکیشن ما را نصب کنید' if i % 2 == 0
                   else 'اپلیکیشن ایران‌نگار را دانلود کنید؛ همیشه در دسترس، حتی با قطع اینترنت')
            if rng.random() < 0.5:
                mids.append(app)
            else:
                mids.insert(0, app)
        k = mid_index(body, rng)
        body[k:k] = mids
        B += body
        tail = []
        share = ('share', 'همرسانی در: تلگرام · واتس‌اپ · ایکس · فیس‌بوک')
        if rng.random() < 0.85:
            tail.append(share)
        if rng.random() < 0.2:
            tail.append(('related', 'بیشتر بخوانید: ' + rng.choice(FA_POOL)))
        # appeal
        ap = []
        if i in campaign:
            ap.append(('appeal', 'کارزار نوروزی ۱۴۰۵: با هدیه نوروزی خود صدای مستقل را زنده نگه دارید'))
        if rng.random() < 0.9:
            ap.append(('appeal', 'ایران‌نگار به حمایت شما نیاز دارد' if rng.random() < 0.6 else 'رسانه مستقل بدون حمایت شما دوام نمی‌آورد'))
            ap.append(('appeal', f'ما از هیچ دولت یا گروه سیاسی پول نمی‌گیریم. در ماه گذشته {fa(rng.randint(1200, 3900))} نفر از خوانندگان با کمک مالی از روزنامه‌نگاری مستقل حمایت کردند.'))
            if rng.random() < 0.6:
                ap.append(('appeal', f'تاکنون {fa(rng.randint(31, 88))} درصد از هدف کارزار حمایت امسال تأمین شده است.'))
            ap.append(('ui', 'حمایت می‌کنم'))
            if rng.random() < 0.75:
                ap.append(('ui', 'بعداً'))
        nl = []
        if rng.random() < 0.7:
            nl = [('newsletter', 'خبرنامه روزانه ایران‌نگار را در ایمیل خود دریافت کنید'), ('ui', 'عضویت')]
        if rng.random() < 0.3:
            tail += nl + ap
        else:
            tail += ap + nl
        if rng.random() < 0.5:
            tail.append(('comments', f'دیدگاه‌ها ({fa(rng.randint(0, 140))})'))
        if rng.random() < 0.9:
            tail.append(('social', 'ایران‌نگار را در تلگرام، اینستاگرام، یوتیوب و ایکس دنبال کنید'))
        tail.append(('legal', '© ۲۰۲۶ ایران‌نگار. بازنشر مطالب با ذکر منبع و لینک آزاد است.'))
        B += tail
        write('sb11-fa', 'fa', 'www.irannegar.org', i + 1, a, B)


# ---------------------------------------------------------------- ZH
ZH_BG = {
    'BG1': '宏遠客運產業工會自3月3日起發動罷工，訴求調高駕駛基本薪資並落實每日工時上限，影響桃園市區及中壢、平鎮等地共20條公車路線。',
    'BG1b': '宏遠客運產業工會自3月3日起發動罷工，訴求調高駕駛基本薪資並落實每日工時上限，影響桃園市區及中壢、平鎮等地共23條公車路線。',
    'BG2': '宏遠客運為桃園最大的市區客運業者，旗下約有850名駕駛，每日載客量約12萬人次。',
}
ZH_POOL = [
    '北市YouBike前30分鐘免費延長一年', '高雄輕軌環狀線全線通車滿月　運量超乎預期',
    '國道一號追撞5車　1人輕傷', '最低工資明年調漲　勞團：仍不夠',
    '台南芒果提早上市　價格比去年低', '捷運新莊線傳訊號異常　尖峰時段延誤15分鐘',
    '新北推出育兒津貼加碼　每月多5000元', '花蓮太魯閣步道部分重新開放',
    '全台缺蛋危機再起？農業部：供應穩定', '大學學費凍漲　私校喊虧',
    '宜蘭外海4.8地震　北部有感', '台中歌劇院年度節目公布',
    '外送員職災保險上路', '藍綠白黨團協商破局　延會成定局',
]
ZH_SPONSOR = [
    '不用出國也能泡溫泉！北投飯店平日住房優惠', '小資族理財第一步：定期定額怎麼選？',
    '春季旅展開跑　日本機加酒萬元有找', '膝蓋卡卡？醫師教你3招保養關節',
    '新北重劃區新案　捷運步行5分鐘', '母親節禮盒早鳥預購8折',
]
ZH_PHOTO = ['圖／記者林佩君攝', '圖／翻攝臉書', '圖／中央社', '圖／本報資料照', '圖／記者許美玲攝', '示意圖／Pixabay']


def build_zh():
    arts = load('articles-zh.txt', ZH_BG)
    rng0 = random.Random(1103)
    campaign = set(rng0.sample(range(18), 5))
    for i, a in enumerate(arts):
        rng = random.Random(7000 + i)
        B = [('navigation', f'首頁 › {a["crumb"]}')]
        share = ('share', '分享：Facebook · LINE · X · 複製連結')
        share_top = rng.random() < 0.35
        body = [(None, l) for l in a['lines']]
        if rng.random() < 0.75:
            body.insert(2, ('legal', rng.choice(ZH_PHOTO)))
        top = []
        if rng.random() < 0.6:
            top.append(('ui', '字級：小 中 大'))
        if rng.random() < 0.5:
            top.append(('audio', '語音朗讀' if i % 2 else '收聽本文'))
        if share_top:
            top.append(share)
        body[3:3] = top
        mids = [('ad', '廣告')] if rng.random() < 0.75 else []
        for h in ([rng.choice(ZH_POOL)] if rng.random() < 0.5 else other_headlines(arts, i, rng, rng.randint(1, 2))):
            mids.append(('related', '延伸閱讀：' + h))
        if rng.random() < 0.4:
            mids.reverse()
        k = mid_index(body, rng)
        body[k:k] = mids
        B += body
        if rng.random() < 0.2:
            B.insert(1, ('cookie', '本網站使用Cookie以提供更好的瀏覽體驗，繼續使用即表示您同意我們的隱私權政策。'))
            B.insert(2, ('ui', '我知道了'))
        tail = []
        if not share_top and rng.random() < 0.9:
            tail.append(share)
        if i in campaign:
            tail.append(('appeal', '加入島嶼日報會員，每月NT$99支持獨立新聞'))
            tail.append(('appeal', f'已有{rng.randint(8000, 15000):,}位讀者成為會員'))
            tail.append(('ui', '立即加入'))
        if rng.random() < 0.8:
            tail.append(('newsletter', '訂閱島嶼日報電子報，每天早上7點掌握重要新聞' if rng.random() < 0.55 else '免費訂閱《島嶼早報》電子報'))
            tail.append(('ui', '立即訂閱'))
        if rng.random() < 0.65:
            tail.append(('app', '下載島嶼日報App，即時新聞推播不漏接'))
        if rng.random() < 0.85:
            tail.append(('social', '追蹤島嶼日報：Facebook｜Instagram｜LINE官方帳號' if rng.random() < 0.6 else '加入島嶼日報LINE好友，重大新聞第一手掌握'))
        if rng.random() < 0.7:
            tail.append(('ad', '贊助內容｜' + rng.choice(ZH_SPONSOR)))
        if rng.random() < 0.75:
            tail.append(('related', '更多新聞'))
            for h in rng.sample(ZH_POOL, 3):
                tail.append(('related', h))
        if rng.random() < 0.6:
            tail.append(('comments', f'留言（{rng.randint(0, 260)}）'))
        if rng.random() < 0.3:
            tail[:2] = tail[:2][::-1]
        tail.append(('legal', '本網站所刊載之內容，未經同意請勿轉載。© 2026 島嶼日報 版權所有'))
        if not any(c == 'cookie' for c, _ in B) and rng.random() < 0.45:
            tail.append(('cookie', '本網站使用Cookie以提供更好的瀏覽體驗，繼續使用即表示您同意我們的隱私權政策。'))
            tail.append(('ui', '我知道了'))
        B += tail
        write('sb11-zh', 'zh', 'www.islanddaily.com.tw', i + 1, a, B)


if __name__ == '__main__':
    build_no()
    build_fa()
    build_zh()
