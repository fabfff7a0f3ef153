#!/usr/bin/env python3
"""CMS-like page assembler for sb8-ru, sb8-pt, sb8-ur."""
import os, random

OUT = '/work/sites-blind8'

def load(fn, bg):
    arts = []
    for chunk in open(fn, encoding='utf-8').read().split('### ')[1:]:
        lines = [l for l in chunk.strip('\n').split('\n') if l.strip()]
        sec, slug = lines[0].split('|')
        body = []
        for l in lines[4:]:
            body.append(bg[l[1:]] if l.startswith('@') else l)
        arts.append(dict(sec=sec, slug=slug, head=lines[1], stand=lines[2], byline=lines[3], body=body))
    assert len(arts) == 18, fn
    return arts

def B(cat, text):
    return '[%s] %s' % (cat, text)

def write(site, lang, host, arts, build):
    d = os.path.join(OUT, site)
    os.makedirs(d, exist_ok=True)
    rng = random.Random(site)
    for i, a in enumerate(arts, 1):
        lines = build(i, a, arts, rng)
        hdr = ['id: %s-%02d' % (site, i), 'lang: ' + lang, 'kind: positive',
               'url: https://%s/%s/%s' % (host, a['sec'], a['slug']), '---']
        with open(os.path.join(d, 'page-%02d.txt' % i), 'w', encoding='utf-8') as f:
            f.write('\n'.join(hdr + lines) + '\n')

def other_head(arts, i, rng, k=1):
    pool = [a['head'] for j, a in enumerate(arts, 1) if j != i]
    return rng.sample(pool, k)

# ---------------------------------------------------------------- RU
RU_BG = {
 'BG1': 'Марина Ковалёва была задержана в Екатеринбурге 14 февраля 2025 года после публикации в её телеграм-канале, где она процитировала доклад ООН о гибели мирных жителей в Мариуполе. Следствие квалифицировало пост как распространение «заведомо ложной информации» о российской армии (статья 207.3 УК).',
 'BG2': 'Ковалёвой грозит до десяти лет лишения свободы. Сама она вину не признаёт и называет уголовное дело местью за свои расследования о закупках областного минздрава.',
 'BG2b': 'Ковалёвой грозило до десяти лет лишения свободы. Сама она вину не признаёт и называет уголовное дело местью за свои расследования о закупках областного минздрава.',
}
RU_SEC = {'politics': 'Политика', 'society': 'Общество', 'economy': 'Экономика', 'war': 'Война', 'opinion': 'Мнения', 'culture': 'Культура'}
RU_CREDIT = ['Фото: Reuters', 'Фото: Алексей Смирнов / «Отражение»', 'Фото: соцсети', 'Фото: архив героини', 'Фото: AFP / Scanpix', 'Фото: Telegram-канал «Екатеринбург сейчас»', 'Фото: Ирина Соколова / «Отражение»', 'Фото: пресс-служба галереи', 'Фото: Kommersant / Sipa USA', 'Фото: личный архив']
RU_CAMPAIGN = {2, 6, 9, 13, 17}

def ru_build(i, a, arts, rng):
    L = []
    if i not in (4, 12, 16):
        L.append(B('navigation', 'Перейти к основному содержанию'))
    L.append(B('navigation', 'Главная › ' + RU_SEC[a['sec']]))
    if i % 4 != 0:
        L.append(B('legal', '«Отражение» признано в России «нежелательной организацией». Не делайте репосты наших материалов в открытых соцсетях и пользуйтесь VPN.'))
    L += [a['head'], a['stand'], a['byline']]
    if i % 3 != 1:
        L.append(B('audio', 'Слушать статью · %d мин' % rng.randint(3, 9)))
    body = list(a['body'])
    out = []
    mid = 2 if len(body) > 6 else 1
    relpos = 4 if len(body) > 7 else len(body) - 1
    for k, p in enumerate(body):
        out.append(p)
        if k == 0 and i % 2 == 0:
            out.append(B('legal', RU_CREDIT[(i // 2) % len(RU_CREDIT)]))
        if k == mid and i not in (5, 14):
            if i % 3 == 0:
                out.append(B('social', 'Читайте «Отражение» в Telegram — даже если сайт заблокирован. @otrazhenie_media'))
            else:
                out.append(B('social', 'Подписывайтесь на наш Telegram-канал — там всё самое важное за день. @otrazhenie_media'))
        if k == relpos and i not in (8, 12):
            out.append(B('related', 'Читайте также: ' + other_head(arts, i, rng)[0]))
    L += out
    bottom = []
    share = B('share', 'Поделиться: Telegram · WhatsApp · VK · Скопировать ссылку')
    appeal = []
    if i in (3, 7, 11, 15):
        appeal.append(B('appeal', 'Нас заблокировали, но мы продолжаем работать'))
    else:
        appeal.append(B('appeal', 'Нас заблокировали в России. Но не заставили замолчать'))
    appeal.append(B('appeal', '«Отражение» существует только на пожертвования читателей. В этом месяце нас поддержали %s человек — помогите нам дойти до цели в %s регулярных донатов.' % (
        format(rng.randint(1200, 4800), ',').replace(',', '\u00a0'), ['5\u00a0000', '6\u00a0000'][i > 9])))
    appeal.append(B('appeal', 'Поддержать «Отражение»'))
    if i != 9:
        appeal.append(B('ui', 'Напомнить позже'))
    camp = []
    if i in RU_CAMPAIGN:
        camp = [B('appeal', 'Марафон к пятилетию редакции: собрано %s € из 120 000 €' % format(31000 + i * 4150 + rng.randint(0, 900), ',').replace(',', ' ')),
                B('appeal', 'Каждый, кто оформит ежемесячный донат до 31 декабря, получит открытку от редакции.')]
    social = B('social', 'Мы в соцсетях: Telegram · YouTube · Instagram · X')
    news = B('newsletter', 'Утренняя рассылка «Отражения»: главное за пять минут. Подписаться')
    if i in (1, 10):
        bottom = camp + [share] + appeal
    elif i % 5 == 0:
        bottom = appeal + camp + [share]
    else:
        bottom = [share] + camp + appeal
    if i not in (6, 13):
        bottom.append(news)
    if i % 2 == 1:
        bottom.append(social)
    if i in (4, 11, 16):
        bottom.append(B('app', 'Скачайте приложение «Отражения» — оно работает даже при блокировках'))
    bottom.append(B('legal', '© 2022–2026 «Отражение». Перепечатка материалов — только со ссылкой на источник.'))
    if i not in (2, 15):
        bottom.append(B('legal', '18+'))
    return L + bottom

# ---------------------------------------------------------------- PT
PT_BG = {
 'BG1': 'O incêndio deflagrou na madrugada de 12 de agosto na freguesia de Fajão e consumiu mais de 18 mil hectares em seis dias, obrigando à evacuação de 14 aldeias do concelho de Pampilhosa da Serra.',
 'BG1b': 'O incêndio deflagrou na madrugada de 12 de agosto na freguesia de Fajão e consumiu mais de 19 mil hectares em seis dias, obrigando à evacuação de 14 aldeias do concelho de Pampilhosa da Serra.',
 'BG2': 'Segundo o último balanço da Câmara Municipal, arderam 43 casas de primeira habitação e 27 de segunda habitação, além de armazéns agrícolas e mais de 200 colmeias.',
}
PT_SEC = {'regiao': 'Região', 'desporto': 'Desporto', 'opiniao': 'Opinião', 'economia': 'Economia', 'cultura': 'Cultura', 'saude': 'Saúde'}
PT_CREDIT = ['Foto: Paulo Novais / Correio do Mondego', 'Foto: DR', 'Foto: Lusa', 'Foto: Sérgio Azenha', 'Foto: Câmara Municipal', 'Foto: arquivo CM', 'Foto: Ricardo Graça', 'Foto: Metro Mondego', 'Foto: Nuno André Ferreira / Lusa']
PT_CAMPAIGN = {1, 5, 8, 14, 18}

def pt_build(i, a, arts, rng):
    L = []
    if i % 3 != 0:
        L.append(B('cookie', 'Este site utiliza cookies para melhorar a sua experiência de navegação. Ao clicar em «Aceitar», concorda com a sua utilização.'))
        L.append(B('ui', 'Aceitar'))
        if i % 2 == 0:
            L.append(B('ui', 'Definições'))
    L.append(B('navigation', 'Assinar · Entrar · Edição impressa'))
    L.append(B('navigation', 'Início › ' + PT_SEC[a['sec']]))
    if i in (3, 6, 9, 12, 15):
        L.append(B('paywall', 'Leu %d de 5 artigos gratuitos este mês. Assine para continuar a ler sem limites.' % rng.randint(1, 4)))
    L += [a['head'], a['stand'], a['byline']]
    body = list(a['body'])
    out = []
    relpos = 3 if len(body) > 5 else len(body) - 2
    for k, p in enumerate(body):
        out.append(p)
        if k == 0 and i % 2 == 1:
            out.append(B('legal', PT_CREDIT[(i // 2) % len(PT_CREDIT)]))
        if k == 1:
            if i not in (7, 16):
                out.append(B('ad', 'Publicidade'))
        if k == relpos and i != 10:
            out.append(B('related', 'Leia também: ' + other_head(arts, i, rng)[0]))
        if k == relpos + 1 and i % 4 != 2:
            if i % 5 == 0:
                out.append(B('newsletter', 'Receba todas as manhãs as notícias da região no seu e-mail. Subscreva a newsletter do Correio do Mondego.'))
            else:
                out.append(B('newsletter', 'Newsletter Correio do Mondego: as notícias da região todas as manhãs no seu e-mail.'))
            out.append(B('ui', 'Subscrever'))
    L += out
    bottom = []
    tags = None
    share = B('share', 'Partilhe este artigo: Facebook | X | WhatsApp | E-mail')
    ncom = rng.randint(0, 40)
    comm = B('comments', 'Comentários (%d)' % ncom) if ncom > 3 else B('comments', 'Seja o primeiro a comentar')
    camp = [B('appeal', 'Campanha de Natal: assinatura digital anual por 29 euros. Só até 31 de dezembro.'), B('ui', 'Quero assinar')] if i in PT_CAMPAIGN else []
    appeal = [B('appeal', 'O jornalismo regional precisa de si. Torne-se assinante do Correio do Mondego e apoie a informação de proximidade.')]
    if i in (4, 9):
        appeal = [B('appeal', 'Sem leitores não há jornal. Assine o Correio do Mondego e apoie a informação de proximidade.')]
    if i % 2 == 0:
        bottom = [share, comm] + appeal + camp
    else:
        bottom = [share] + camp + appeal + [comm]
    if i in (11, 17):
        bottom.remove(comm)
    if i % 3 != 2:
        bottom.append(B('social', 'Siga o Correio do Mondego no Facebook e no Instagram'))
    if i in (2, 7, 12):
        bottom.append(B('app', 'Descarregue a app do Correio do Mondego na App Store e no Google Play'))
    bottom.append(B('legal', '© %d Correio do Mondego. Todos os direitos reservados. É proibida a reprodução sem autorização.' % 2026))
    if i != 14:
        bottom.append(B('navigation', 'Estatuto Editorial · Ficha Técnica · Política de Privacidade · Contactos'))
    return L + bottom

# ---------------------------------------------------------------- UR
UR_BG = {
 'BG1': 'رواں برس اگست کے آخری ہفتے میں دریائے راوی، ستلج اور چناب میں آنے والے سیلاب سے پنجاب کے 28 اضلاع متاثر ہوئے تھے۔ صوبائی ڈیزاسٹر مینجمنٹ اتھارٹی کے مطابق 4 ہزار سے زائد دیہات زیرِ آب آئے اور 20 لاکھ سے زیادہ افراد کو محفوظ مقامات پر منتقل کرنا پڑا۔',
 'BG1b': 'رواں برس اگست کے آخری ہفتے میں دریائے راوی، ستلج اور چناب میں آنے والے سیلاب سے پنجاب کے 29 اضلاع متاثر ہوئے تھے۔ صوبائی ڈیزاسٹر مینجمنٹ اتھارٹی کے مطابق 4 ہزار سے زائد دیہات زیرِ آب آئے اور 20 لاکھ سے زیادہ افراد کو محفوظ مقامات پر منتقل کرنا پڑا۔',
 'BG2': 'حکومتِ پنجاب نے ’اپنا گھر بحالی پروگرام‘ کے تحت مکمل طور پر تباہ ہونے والے گھروں کے لیے فی خاندان 5 لاکھ روپے امداد کا اعلان کیا تھا جو تین اقساط میں ادا کی جا رہی ہے۔',
 'BG2b': 'حکومتِ پنجاب نے ’اپنا گھر بحالی پروگرام‘ کے تحت مکمل طور پر تباہ ہونے والے گھروں کے لیے فی خاندان 5 لاکھ روپے امداد کا اعلان کیا تھا جو تین اقساط میں ادا کی جائے گی۔',
}
UR_SEC = {'pakistan': 'پاکستان', 'business': 'کاروبار', 'sports': 'کھیل', 'world': 'دنیا', 'opinion': 'کالم', 'culture': 'ثقافت'}
UR_CREDIT = ['تصویر: آئینہ نیوز', 'فائل فوٹو', 'تصویر: اے ایف پی', 'تصویر: سوشل میڈیا', 'تصویر: رائٹرز', 'تصویر: پی سی بی', 'فوٹو: آن لائن', 'تصویر: ڈی جی پی آر پنجاب', 'تصویر: محمد عاصم']
UR_CAMPAIGN = {2, 7, 10, 13, 16}

def ur_build(i, a, arts, rng):
    L = []
    L.append(B('navigation', 'تازہ ترین | پاکستان | دنیا | کاروبار | کھیل | شوبز | کالم'))
    if i not in (5, 11):
        L.append(B('navigation', 'صفحہ اول › ' + UR_SEC[a['sec']]))
    if i % 4 == 1:
        L.append(B('ad', 'اشتہار'))
    L += [a['head'], a['stand'], a['byline']]
    if i % 3 == 0:
        L.append(B('share', 'شیئر کریں'))
    body = list(a['body'])
    out = []
    relpos = 2 if len(body) > 4 else 1
    for k, p in enumerate(body):
        out.append(p)
        if k == 0 and i % 3 != 2:
            out.append(B('legal', UR_CREDIT[i % len(UR_CREDIT)]))
        if k == relpos and i not in (4, 15):
            out.append(B('related', 'یہ بھی پڑھیں: ' + other_head(arts, i, rng)[0]))
        if k == relpos + 1:
            if i % 2 == 0:
                out.append(B('social', 'آئینہ نیوز کا واٹس ایپ چینل جوائن کریں اور تازہ ترین خبریں براہِ راست اپنے فون پر حاصل کریں'))
            elif i != 9:
                out.append(B('social', 'تازہ ترین خبروں کے لیے آئینہ نیوز کا واٹس ایپ چینل فالو کریں'))
            if i not in (3, 12):
                out.append(B('ad', 'اشتہار'))
    L += out
    if i in UR_CAMPAIGN:
        camp = [B('appeal', 'سیلاب متاثرین کی مدد کیجیے — آئینہ ریلیف فنڈ میں عطیہ دیں'),
                B('appeal', 'اب تک %s روپے جمع ہو چکے ہیں۔ آپ کا ہر روپیہ کسی خاندان کی چھت بن سکتا ہے۔' % format(1850000 + i * 265000 + rng.randint(0, 50000), ','))]
    else:
        camp = []
    share = B('share', 'شیئر کریں: فیس بک · واٹس ایپ · ایکس · لنک کاپی کریں')
    n = rng.randint(0, 60)
    comm = [B('comments', 'تبصرے (%d)' % n), B('comments', 'اپنی رائے کا اظہار کریں')] if n else [B('comments', 'اپنی رائے کا اظہار کریں')]
    app = B('app', 'آئینہ نیوز ایپ ڈاؤن لوڈ کریں — اینڈرائیڈ اور آئی فون پر دستیاب')
    social = B('social', 'ہمیں فیس بک، ایکس، انسٹاگرام اور یوٹیوب پر فالو کریں')
    if i % 2:
        bottom = [share] + camp + comm
    else:
        bottom = camp + [share] + comm
    if i not in (6, 14, 17):
        bottom.append(app)
    if i % 5 != 0:
        bottom.append(social)
    bottom.append(B('legal', '© 2026 آئینہ نیوز۔ جملہ حقوق محفوظ ہیں۔'))
    if i % 3 != 1:
        bottom.append(B('legal', 'آئینہ نیوز کے مواد کو بغیر اجازت شائع کرنا یا نشر کرنا منع ہے۔'))
    if i in (4, 8):
        bottom.append(B('ui', 'اوپر جائیں'))
    return L + bottom

if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    write('sb8-ru', 'ru', 'otrazhenie.media', load(os.path.join(here, 'ru.txt'), RU_BG), ru_build)
    write('sb8-pt', 'pt', 'www.correiodomondego.pt', load(os.path.join(here, 'pt.txt'), PT_BG), pt_build)
    write('sb8-ur', 'ur', 'www.aainanews.pk', load(os.path.join(here, 'ur.txt'), UR_BG), ur_build)
    print('done')
