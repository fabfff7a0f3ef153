SEED = 7713
LANG = 'uk'
HOST = 'civicvoice.kyiv.ua'
CAMPAIGN = {1, 4, 8, 12, 15}

def REL_PREFIX(ctx):
    return 'Читайте також: '

def AD_TEXT(ctx):
    return 'Реклама'

def top(ctx):
    i = ctx['i']
    out = [('navigation', 'Головна › ' + ctx['art']['crumb'])]
    if i % 3 == 0:
        out.append(('audio', 'Слухати статтю'))
    return out

def mid(ctx):
    i = ctx['i']
    if i in (6, 16):
        return []
    if i % 4 == 2:
        return [('social', 'Наш Telegram-канал: головне про Київ щодня о 8:00 — підписуйтеся')]
    return [('newsletter', 'Щонеділі — найважливіше за тиждень у вашій пошті. Підпишіться на розсилку Громадського голосу'),
            ('ui', 'Підписатися')]

def bottom(ctx):
    i, r = ctx['i'], ctx['rnd']
    out = []
    share = [('share', 'Поділіться цим матеріалом:'), ('ui', 'Скопіювати посилання')]
    if i % 5 == 4:
        share = [('share', 'Сподобався текст? Надішліть його друзям')]
    head = ('Незалежна журналістика існує завдяки вам' if i % 3 != 1 else
            'Нас утримують читачі, а не олігархи')
    appeal = [('appeal', head),
              ('appeal', 'Громадський голос не має інвесторів і не отримує грошей від політичних партій. Ми працюємо лише завдяки внескам читачів. Станьте членом нашої спільноти — навіть 100 гривень на місяць допомагають нам писати про Київ чесно.')]
    if i % 2 == 0:
        n = r.randint(1800, 2900)
        appeal.append(('appeal', 'Цього місяця нас уже підтримали читачі: %s із 3 000 потрібних.' % format(n, ',').replace(',', '\u00a0')))
    appeal += [('ui', '100 ₴'), ('ui', '250 ₴'), ('ui', '500 ₴'), ('ui', 'Інша сума'),
               ('ui', 'Підтримати'), ('ui', 'Можливо, пізніше')]
    if i in (5, 13):
        appeal = [x for x in appeal if x[1] != '500 ₴']
    camp = [('appeal', 'Збираємо на бронежилети й аптечки для наших репортерів: зібрано %s ₴ із 300 000 ₴' %
             format(r.randint(90, 280) * 1000, ',').replace(',', '\u00a0'))]
    tg = [('social', 'Стежте за нами у Telegram, Instagram та Facebook')]
    groups = [share, appeal, tg]
    if i in (9, 17):
        groups = [appeal, share, tg]
    if i == 11:
        groups.remove(tg)
    if i in CAMPAIGN:
        groups.insert(1, camp)
    for g in groups:
        out.extend(g)
    out.append(('legal', '© 2019–%d Громадський голос Києва. Використання матеріалів дозволяється лише з гіперпосиланням на civicvoice.kyiv.ua.' % (2026 if i != 10 else 2025)))
    return out
