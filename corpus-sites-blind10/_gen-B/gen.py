#!/usr/bin/env python3
"""CMS-style page assembler for sb10-ar, sb10-ko, sb10-sv (writer B)."""
import os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def load(name):
    arts, cur = [], None
    for line in open(os.path.join(HERE, name), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('=== '):
            path, nav = [x.strip() for x in line[4:].split('|')]
            cur = {'path': path, 'nav': nav, 'lines': []}
            arts.append(cur)
        else:
            cur['lines'].append(line)
    assert len(arts) == 18, (name, len(arts))
    return arts


def assemble(art, top, after_byline, mid, bottom, byline_re, paywall=None):
    body, out_body = art['lines'], []
    seen_byline = False
    for ln in body:
        if ln == '@MID':
            out_body += mid
            continue
        if ln == '@PAYWALL':
            if paywall is not None:
                out_body += paywall
                break
            continue
        out_body.append(ln)
        if not seen_byline and byline_re.search(ln):
            seen_byline = True
            out_body += after_byline
    assert seen_byline, art['path']
    return top + out_body + bottom


def write(site, lang, host, i, art, blocks):
    d = os.path.join(OUT, site)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'page-%02d.txt' % i), 'w', encoding='utf-8') as f:
        f.write('id: %s-%02d\nlang: %s\nkind: positive\nurl: https://%s/%s\n---\n'
                % (site, i, lang, host, art['path']))
        for b in blocks:
            f.write(b + '\n')


def ar_num(n):
    return format(n, ',')


# ---------------------------------------------------------------- Arabic
def gen_ar():
    rng = random.Random(1010)
    arts = load('ar.txt')
    campaign = {2, 6, 9, 13, 17}
    no_audio = {4, 9, 15, 18}
    no_share = {7, 14}
    no_mid = {3, 12}
    republish = {1, 5, 10, 11, 16}
    newsletter = {1, 2, 4, 5, 8, 10, 11, 13, 14, 16, 17}
    appeal_b = {3, 7, 11, 15}          # A/B wording
    no_appeal = {12}
    byline = re.compile(r' \| \d{1,2} \S+ 20\d\d$')
    readers = 1780
    for i, art in enumerate(arts, 1):
        top = ['[navigation] الرئيسية › ' + art['nav']]
        after = []
        if i not in no_audio:
            after.append('[audio] استمع إلى المقال (%d دقائق)' % rng.randint(3, 9))
        mid = []
        if i not in no_mid:
            if i % 2:
                mid.append('[social] تابعوا «مدار» على تلغرام لتصلكم الأخبار لحظة بلحظة')
            else:
                mid.append('[social] انضمّوا إلى أكثر من %d ألف مشترك في قناة «مدار» على تلغرام'
                           % (118 + i // 2))
        bottom = []
        if i not in no_share:
            bottom.append('[share] شارك المقال: فيسبوك · إكس · واتساب · تلغرام')
        appeal = []
        if i in campaign:
            pct = 31 + 7 * sorted(campaign).index(i) + rng.randint(0, 3)
            appeal.append('[appeal] حملة «عام من الاستقلال»: جمعنا %d%% من هدفنا البالغ 50 ألف دولار — بقي %d يوماً'
                          % (pct, 40 - 4 * sorted(campaign).index(i)))
        if i not in no_appeal:
            readers += rng.randint(15, 140)
            appeal.append('[appeal] «مدار» مستقلة… ولا يموّلها أحد سواكم')
            if i in appeal_b:
                appeal.append('[appeal] صحافتنا مجانية للجميع لأن قرّاءً مثلك يدفعون ثمنها. ادعموا «مدار» بخمسة دولارات شهرياً فقط.')
            else:
                appeal.append('[appeal] لا نضع أخبارنا خلف جدار دفع، ولا نقبل تمويلاً من حكومات أو أحزاب. ساهم %s قارئاً في دعمنا هذا الشهر، وكل مساهمة مهما صغرت تصنع فرقاً.'
                              % ar_num(readers))
            appeal.append('[ui] ربما لاحقاً')
        nl = ['[newsletter] النشرة الصباحية: أهم أخبار اليوم في بريدك قبل الثامنة'] if i in newsletter else []
        # order varies: newsletter before or after the appeal
        if i % 3 == 0:
            bottom += appeal + nl
        else:
            bottom += nl + appeal
        year = '2025–2026' if i in (5, 6) else '2026'
        bottom.append('[legal] © %s مدار. جميع الحقوق محفوظة.' % year)
        if i in republish:
            bottom.append('[legal] يُسمح بإعادة نشر هذا المقال شرط ذكر المصدر ووضع رابط إليه.')
        write('sb10-ar', 'ar', 'madar-news.net', i, art,
              assemble(art, top, after, mid, bottom, byline))


# ---------------------------------------------------------------- Korean
def gen_ko():
    rng = random.Random(2020)
    arts = load('ko.txt')
    heads = [a['lines'][0] for a in arts]
    campaign = {3, 7, 10, 14, 18}
    copyright_b = {2, 5, 9, 12, 13, 16, 17}
    no_ad = {6, 11, 18}
    two_ads = {1, 8, 15}
    no_share = {4, 18}
    app = {1, 2, 5, 6, 9, 11, 13, 15, 17}
    newsletter = {3, 4, 7, 8, 10, 12, 14, 16}
    no_popular = {5, 9}
    byline = re.compile(r'입력 20\d\d\.\d\d\.\d\d')
    members = 21430
    for i, art in enumerate(arts, 1):
        top = ['[navigation] 홈 > ' + art['nav']]
        after = [] if i in no_share else ['[share] 페이스북 트위터 카카오톡 URL복사']
        mid = [] if i in no_ad else ['[ad] 광고']
        lines = list(art['lines'])
        if i in two_ads:
            # second ad slot near the end of the body
            pos = lines.index('한눈에 보는 사건 경과') if '한눈에 보는 사건 경과' in lines else len(lines) - 2
            lines.insert(pos, '[ad] 광고')
        art = dict(art, lines=lines)
        bottom = []
        if i in copyright_b:
            bottom.append('[legal] <저작권자 © 한빛일보, 무단 전재-재배포 및 AI 학습 이용 금지>')
        else:
            bottom.append('[legal] 저작권자 © 한빛일보 무단전재 및 재배포 금지')
        bottom.append('[comments] 댓글 %d' % rng.choice([0, 0, 2, 5, 13, 27, 48, 112]))
        sup = []
        if i in campaign:
            k = sorted(campaign).index(i)
            sup.append("[appeal] 창간 30주년 '독자와 함께' 캠페인 — 목표 3만 명 중 %d%% 달성" % (71 + 4 * k))
        members += rng.randint(20, 160)
        sup.append('[appeal] 한빛일보를 후원해 주세요')
        sup.append('[appeal] 독자 여러분의 후원은 권력과 자본으로부터 독립된 저널리즘을 지키는 힘입니다. 현재 %s명의 후원회원이 함께하고 있습니다.'
                   % format(members, ','))
        sup.append('[ui] 후원하기')
        extra = []
        if i in newsletter:
            extra.append("[newsletter] 매일 아침 7시, 뉴스레터 '한빛 모닝'으로 하루를 시작하세요")
        if i in app:
            extra.append('[app] 한빛일보 앱 설치하고 속보 알림 받기')
        popular = []
        if i not in no_popular:
            popular.append('[related] 많이 본 뉴스')
            others = [h for j, h in enumerate(heads, 1) if j != i]
            for h in rng.sample(others, 4 if i % 4 == 0 else 3):
                popular.append('[related] ' + h)
        if i % 4 == 1:
            bottom += popular + sup + extra
        elif i % 4 == 2:
            bottom += sup + popular + extra
        else:
            bottom += sup + extra + popular
        write('sb10-ko', 'ko', 'www.hanbitilbo.co.kr', i, art,
              assemble(art, top, after, mid, bottom, byline))


# ---------------------------------------------------------------- Swedish
def gen_sv():
    rng = random.Random(3030)
    arts = load('sv.txt')
    campaign = {1, 4, 9, 12, 17}
    no_audio = {5, 13}
    audio_b = {3, 8, 15}
    nl_b = {2, 6, 11, 16}
    no_nl = {9, 14}
    no_ad = {7, 13}
    cookie = {1, 3, 6, 10, 15, 18}
    metered = {1, 4, 9, 13, 16}
    no_member = {8, 14}
    byline = re.compile(r'^Publicerad ')
    members = 1240
    for i, art in enumerate(arts, 1):
        top = []
        if i in cookie and i % 2 == 0:
            top += ['[cookie] Vi använder kakor för att ge dig en bättre upplevelse och visa relevanta annonser.',
                    '[ui] Godkänn alla', '[ui] Inställningar']
        top.append('[navigation] Start › ' + art['nav'])
        after = []
        if i in metered:
            after.append('[paywall] Du har %d fria artiklar kvar den här månaden' % rng.choice([1, 2, 3, 4]))
        if i not in no_audio:
            n = rng.randint(2, 6)
            after.append(('[audio] Lyssna: %d min' if i in audio_b else '[audio] Lyssna på artikeln · %d min') % n)
        mid = []
        if i not in no_ad:
            mid.append('[ad] Annons')
        if i not in no_nl:
            if i in nl_b:
                mid.append('[newsletter] Nyhetsbrevet Morgonkoll: det viktigaste från Älvbygden, varje vardag kl. 06')
            else:
                mid.append('[newsletter] Få morgonens viktigaste lokala nyheter i din mejl – anmäl dig till Morgonkoll')
        if i % 5 == 0:
            mid.reverse()
        paywall = ['[paywall] Läs vidare – bli prenumerant',
                   '[paywall] Första månaden för 1 kr. Ingen bindningstid, avsluta när du vill.',
                   '[ui] Köp',
                   '[ui] Redan prenumerant? Logga in']
        bottom = ['[share] Dela artikeln']
        offer = []
        if i in campaign:
            offer.append('[appeal] Sommarerbjudande: Läs allt i 3 månader för 99 kr – gäller till 31 augusti')
        if i not in no_member:
            members += rng.randint(3, 25)
            offer.append('[appeal] Bli medlem i Älvbygdens Vänner')
            offer.append('[appeal] Som medlem stödjer du oberoende lokal journalistik och får rabatt hos %d lokala företag. Från 49 kr i månaden – %s läsare är redan med.'
                         % (30 + i // 4, format(members, ',').replace(',', ' ')))
            offer.append('[ui] Inte nu')
        if i % 3 == 1:
            bottom = offer + bottom
        else:
            bottom = bottom + offer
        if i in cookie and i % 2 == 1:
            bottom += ['[cookie] Vi använder kakor för att ge dig en bättre upplevelse och visa relevanta annonser.',
                       '[ui] Godkänn alla', '[ui] Inställningar']
        year = 2025 if art['lines'][2:4] and any('2025' in l for l in art['lines'][1:4]) else 2026
        bottom.append('[legal] © %d Älvbygdens Tidning AB · Ansvarig utgivare: Annika Berglund' % year)
        has_pw = '@PAYWALL' in art['lines']
        write('sb10-sv', 'sv', 'www.alvbygden.se', i, art,
              assemble(art, top, after, mid, bottom, byline, paywall if has_pw else None))


if __name__ == '__main__':
    gen_ar(); gen_ko(); gen_sv()
    print('done')
