from gen import M, split, fmt_int
SITE, LANG, HOST, FILE = 'sb7-en', 'en', 'www.the-wessex-echo.co.uk', 'en.txt'

# one-off "Read more" inserts, different on every page
READ_MORE = [
    "Read more: Dorchester's Brewery Square ice rink returns for a fifth winter",
    "Read more: Portland Port lands record cruise bookings for 2027",
    "Read more: Police appeal after quad bike stolen from Tisbury farm",
    "Read more: Mothers share their birth stories from Dorset County Hospital",
    "Read more: Glovers sign Bristol City loanee until January",
    "Read more: Wild swimmers test the water at Poole Harbour",
    "Read more: Bridport's Saturday market to expand into Bucky Doo Square",
    "Read more: Weldmar shop in Weymouth needs more volunteers",
    "Read more: Junior doctors at Poole vote on new pay offer",
    "Read more: Beaminster farm shop wins national award",
    "Read more: Campaigners call for free bus pass at 60 in rural areas",
    "Read more: Echo court reporter's year in numbers",
    "Read more: Dorset Council to set 4.99% council tax rise",
    "Read more: Gillingham primary gets go-ahead for new classrooms",
    "Read more: Is your website breaking the cookie rules? A checklist",
    "Read more: Sandbag stations open in Langport and Bridgwater",
    "Read more: Lulworth ranges open for Christmas walks",
    "Read more: Higher Coombe residents consider legal challenge",
]
MOST_READ = [
    "Maternity unit downgrade: public consultation confirmed for Dorset County Hospital",
    "Weymouth Town Bridge to close for six weeks of repairs",
    "Five rural bus routes to be axed in January",
    "Sewage spills into River Frome rose by a third last year, figures show",
    "Boxing Day dip swimmers on course for record hospice total",
    "Hundreds march through Dorchester to save maternity unit",
    "Flood warnings issued on Somerset Levels as storm brings heavy rain",
]
SUPPORTERS = [2341, 2298, 2412, 2187, 2505, 2341, 2460, 2399, 2276, 2533, 2610, 2589, 2644, 2701, 2690, 2733, 2756, 2802]
COMMENTS = [14, 3, 27, 88, 6, 41, 19, 12, 35, 2, 23, 57, 66, 4, 9, 17, 1, 8]
APPEAL_CAMPAIGN = {9: 11840, 11: 13290, 13: 15620, 16: 18905, 17: 19470}  # 0-based page index -> raised

def build(i, a, rng):
    head, b1, b2 = split(a)
    out = []
    if i not in (4, 13):
        out.append(M('navigation', 'Skip to main content'))
    out.append(M('navigation', a['nav']))
    out += head
    nwords = sum(len(x.split()) for x in a['lines'])
    share_top = i not in (2, 7, 12, 15)
    if i % 4 != 1:
        out.append(M('audio', f'Listen to this article · {max(2, round(nwords / 180))} min'))
    if share_top:
        out.append(M('share', 'Share: Facebook · X · WhatsApp · Email · Copy link'))
    # ad slot after first paragraph on some pages
    if i % 3 != 2 and len(b1) > 1:
        out += b1[:1] + [M('ad', 'Advertisement')] + b1[1:]
    else:
        out += b1
    # mid-article newsletter / read more
    mid = []
    if i not in (3, 8, 14, 10):
        if i in (1, 5, 11, 16):  # A/B variant
            mid.append(M('newsletter', 'Sign up to the Echo Daily for the biggest Wessex stories every morning.'))
        else:
            mid.append(M('newsletter', "Get the Echo Daily: the morning's top Wessex stories, straight to your inbox."))
        mid.append(M('newsletter', 'Enter your email address'))
        mid.append(M('ui', 'Sign up'))
    rm = M('related', READ_MORE[i])
    if i % 2 == 0:
        mid = [rm] + mid
    else:
        mid = mid + [rm]
    out += mid
    out += b2
    # bottom
    bottom = []
    if not share_top:
        bottom.append(M('share', 'Share: Facebook · X · WhatsApp · Email · Copy link'))
    if i not in (6, 15):
        c = COMMENTS[i]
        bottom.append(M('comments', f'Comments ({c})' if c > 1 else 'Join the conversation'))
    appeal = []
    if i not in (11, 14):  # editor's note page has no appeal; one page missing
        if i in (2, 6, 10, 15, 17):
            appeal.append(M('appeal', 'Can you back local journalism?'))
        else:
            appeal.append(M('appeal', 'Support the Wessex Echo'))
        appeal.append(M('appeal', 'Our reporters cover councils, courts and hospitals across Dorset, Wiltshire and Somerset. '
                          f'{fmt_int(SUPPORTERS[i])} readers became Echo Supporters last month – join them from £3 a month.'))
        if i in APPEAL_CAMPAIGN:
            appeal.append(M('appeal', f'Winter Appeal: help us fund a health reporter for 2027 – £{fmt_int(APPEAL_CAMPAIGN[i])} of our £25,000 target raised so far.'))
        appeal.append(M('ui', 'Become a supporter'))
        appeal.append(M('ui', 'Maybe later'))
    related = [M('related', 'More from the Echo')]
    pool = [h for h in MOST_READ if h != a['lines'][0]]
    rng.shuffle(pool)
    related += [M('related', h) for h in pool[:3]]
    social = [M('social', 'Follow the Echo on Facebook, Instagram and X')] if i not in (0, 9, 12) else []
    if i % 5 == 3:
        bottom += related + appeal + social
    else:
        bottom += appeal + related + social
    year = 2026
    bottom.append(M('legal', f'© {year} Wessex Echo Media Ltd. All rights reserved.'))
    if i % 3 != 1:
        bottom.append(M('legal', 'The Wessex Echo is regulated by IPSO. Do not reproduce our journalism without permission.'))
    if i in (0, 5, 8, 13):
        bottom.append(M('cookie', 'We use cookies to personalise content and ads and to analyse our traffic. Manage preferences'))
        bottom.append(M('ui', 'Accept all'))
    if i % 2 == 1:
        bottom.append(M('ui', 'Back to top'))
    out += bottom
    return out
