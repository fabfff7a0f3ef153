# Per-publisher template specs. i = page number 1..18, a = article dict, r = per-page RNG.

def fr(i, a, r):
    top, mid, bot = [], [], []
    if i % 6 == 2:
        top.append(('cookie', "En poursuivant votre navigation, vous acceptez l'utilisation de cookies destinés à mesurer l'audience."))
    if i not in (5, 13):
        top.append(('navigation', 'Aller au contenu principal'))
    top.append(('navigation', f"Accueil › {a['crumb']}"))
    if i in (3, 7, 10, 14, 17):
        top.append(('paywall', 'Cet article est réservé aux abonnés.'))
    if i % 3 != 0:
        top.append(('audio', f'Écouter cet article · {r.randint(2, 7)} min'))
    # mid
    if i not in (8, 15):
        if i % 2:
            mid.append(('newsletter', "Recevez chaque matin l'essentiel de l'actualité du Val dans votre boîte mail."))
        else:
            mid.append(('newsletter', "Chaque matin, toute l'info locale du Val directement dans votre boîte mail."))
        mid.append(('ui', "Je m'inscris"))
    mid.append(('related', 'À lire aussi : ' + a['rel']))
    # bottom
    if i in (2, 6, 9, 12, 16):
        bot.append(('paywall', "Offre d'hiver : 1 € le premier mois, puis 7,99 € par mois. Sans engagement."))
        bot.append(('ui', "J'en profite"))
    share = ('share', 'Partager : Facebook · X · WhatsApp · E-mail')
    com = ('comments', f'{r.randint(0, 140)} commentaires')
    bot += [share, com] if i % 4 else [com, share]
    if i != 11:
        bot.append(('social', 'Suivez Le Courrier du Val sur Facebook, Instagram et sur notre chaîne WhatsApp'))
    if i % 5 != 1:
        bot.append(('app', "Téléchargez l'application Le Courrier du Val : l'info locale en temps réel"))
    bot.append(('legal', '© Le Courrier du Val 2026 – Tous droits réservés'))
    if i in (1, 10):
        bot.append(('legal', 'Reproduction interdite sans autorisation de la rédaction.'))
    return top, mid, bot


def pt(i, a, r):
    top, mid, bot = [], [], []
    top.append(('navigation', 'Pular para o conteúdo'))
    if i != 9:
        top.append(('navigation', f"Início › {a['crumb']}"))
    if i % 4 != 3:
        top.append(('audio', 'Ouça esta notícia'))
    if i in (1, 5, 8, 12, 15, 18):
        top.append(('app', 'Baixe o app da Gazeta Conecta e receba alertas de última hora no celular'))
    mid.append(('ad', 'Publicidade'))
    mid.append(('related', 'Leia também: ' + a['rel']))
    if i % 3:
        mid.append(('newsletter', 'Receba as principais notícias do dia no seu e-mail. Cadastre-se grátis'))
    bot.append(('ad', 'Publicidade'))
    if i % 2:
        bot.append(('share', 'Compartilhe: WhatsApp | Facebook | X | Telegram'))
    else:
        bot.append(('share', 'Compartilhe esta notícia: WhatsApp | Facebook | X | Telegram'))
    if i not in (4, 14):
        bot.append(('social', 'Siga a Gazeta Conecta no Instagram e entre no nosso canal do WhatsApp'))
    bot.append(('comments', f'Comentários ({r.randint(0, 320)})'))
    if i % 5 != 0:
        bot.append(('ui', 'Carregar mais notícias'))
    bot.append(('legal', '© 2026 Gazeta Conecta. Todos os direitos reservados. É proibida a reprodução do conteúdo sem autorização.'))
    if i % 3 == 1:
        bot.append(('cookie', 'Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.'))
        bot.append(('ui', 'Aceitar e fechar'))
    return top, mid, bot


def hu(i, a, r):
    top, mid, bot = [], [], []
    if i not in (7,):
        top.append(('navigation', 'Ugrás a tartalomra'))
    top.append(('navigation', f"Címlap › {a['crumb']}"))
    if i % 3 != 2:
        top.append(('audio', f'Hallgassa meg a cikket ({r.randint(3, 12)} perc)'))
    if i not in (4, 12, 16):
        mid.append(('appeal', 'A Szabad Hang független marad – de csak az olvasóink támogatásával.'))
        mid.append(('ui', 'Támogatom'))
    if i % 2 == 0:
        mid.append(('related', 'Ezt is ajánljuk: ' + a['rel']))
    else:
        bot.append(('related', 'Ezt is ajánljuk: ' + a['rel']))
    if i in (2, 5, 9, 13, 17):
        bot.append(('appeal', 'Év végi kampány: aki decemberben tag lesz, ajándékba kapja 2026-os évkönyvünket.'))
    bot.append(('appeal', 'Legyen Ön is a Szabad Hang tagja!'))
    n = 1200 + i * 97 + r.randint(0, 60)
    if i % 4 == 3:
        bot.append(('appeal', f'Ebben a hónapban már {n:,} olvasó csatlakozott. Célunk: 3 000 új tag az év végéig.'.replace(',', ' ')))
    else:
        bot.append(('appeal', f'Ebben a hónapban már {n:,} olvasó támogatta a munkánkat. Célunk: 3 000 új tag az év végéig.'.replace(',', ' ')))
    bot.append(('ui', 'Támogatom'))
    bot.append(('ui', 'Talán később'))
    if i not in (6, 15):
        bot.append(('newsletter', 'Iratkozzon fel csütörtöki hírlevelünkre, és elsőként olvashatja a heti lapszámot!'))
    if i % 5 == 0:
        bot.append(('legal', '© 2026 Szabad Hang Lapkiadó Kft. Minden jog fenntartva.'))
        bot.append(('social', 'Kövessen minket a Facebookon, az Instagramon és a YouTube-on!'))
    else:
        bot.append(('social', 'Kövessen minket a Facebookon, az Instagramon és a YouTube-on!'))
        bot.append(('legal', '© 2026 Szabad Hang Lapkiadó Kft. Minden jog fenntartva.'))
    return top, mid, bot


def ko(i, a, r):
    top, mid, bot = [], [], []
    top.append(('navigation', '본문 바로가기'))
    top.append(('navigation', f"홈 > {a['crumb']}"))
    if i % 4 != 0:
        top.append(('audio', '기사 듣기'))
    if i % 3 == 1:
        top.append(('ui', '글자 크기 조절'))
    mid.append(('ad', '광고'))
    mid.append(('related', '관련기사: ' + a['rel']))
    if i in (3, 6, 10, 13, 18):
        bot.append(('app', '미래경제 앱 설치하고 실시간 증시 알림 받기'))
    if i not in (5, 11):
        if i % 2:
            bot.append(('newsletter', '미래경제 뉴스레터 구독하기 – 매일 아침 7시 시장 브리핑을 보내드립니다'))
        else:
            bot.append(('newsletter', '아침 7시, 꼭 알아야 할 경제뉴스를 메일로 받아보세요'))
    bot.append(('share', '공유하기 카카오톡 페이스북 링크복사'))
    bot.append(('comments', f'댓글 {r.randint(0, 95)}'))
    if i % 6 != 4:
        bot.append(('social', '미래경제 유튜브 채널 구독하기'))
    if i <= 9:
        bot.append(('legal', 'ⓒ 미래경제신문, 무단전재 및 재배포 금지'))
    else:
        bot.append(('legal', '저작권자 © 미래경제신문 무단전재 및 재배포금지'))
    return top, mid, bot


def sw(i, a, r):
    top, mid, bot = [], [], []
    if i % 5 != 4:
        top.append(('navigation', 'Ruka hadi maudhui'))
    top.append(('navigation', f"Nyumbani › {a['crumb']}"))
    if i % 2:
        top.append(('ad', 'Tangazo'))
    mid.append(('related', 'Soma pia: ' + a['rel']))
    if i not in (3, 10, 17):
        mid.append(('newsletter', 'Jiandikishe upokee habari kuu za siku kila asubuhi kwenye barua pepe yako.'))
    if i in (1, 4, 8, 11, 15):
        bot.append(('appeal', 'Saidia uandishi huru wa habari. Changia kupitia M-Pesa, Paybill 555123, Akaunti: HABARI.'))
        bot.append(('ui', 'Funga'))
    if i % 3 == 0:
        bot.append(('share', 'Shiriki habari hii: WhatsApp · Facebook · X'))
        bot.append(('social', 'Tufuate kwenye Facebook, X, Instagram na TikTok'))
    else:
        bot.append(('social', 'Tufuate kwenye Facebook, X, Instagram na TikTok'))
        bot.append(('share', 'Shiriki habari hii: WhatsApp · Facebook · X'))
    bot.append(('comments', f'Maoni ({r.randint(0, 60)})'))
    if i != 13:
        bot.append(('app', 'Pakua programu ya Habari Mpya kutoka Google Play na App Store'))
    bot.append(('legal', '© 2026 Habari Mpya Media Ltd. Haki zote zimehifadhiwa.'))
    return top, mid, bot


def hr(i, a, r):
    top, mid, bot = [], [], []
    if i % 4 == 1:
        top.append(('cookie', 'Ova stranica koristi kolačiće kako bi vam pružila bolje korisničko iskustvo.'))
        top.append(('ui', 'Prihvaćam'))
    top.append(('navigation', f"Naslovnica › {a['crumb']}"))
    if i % 3:
        top.append(('audio', 'Poslušajte članak'))
    mid.append(('ad', 'Oglas'))
    mid.append(('related', 'Pročitajte još: ' + a['rel']))
    if i in (2, 7, 11, 14, 18):
        bot.append(('app', 'Preuzmite aplikaciju Jadranskog portala i primajte obavijesti o najvažnijim vijestima'))
    bot.append(('share', 'Podijeli: Facebook · WhatsApp · Viber · X'))
    if i % 2:
        bot.append(('comments', f'Komentari ({r.randint(0, 210)})'))
    else:
        bot.append(('comments', f'Pogledaj komentare ({r.randint(0, 210)})'))
    if i not in (3, 9, 16):
        bot.append(('newsletter', 'Prijavite se na naš newsletter i primajte najvažnije vijesti dana'))
    if i != 12:
        bot.append(('social', 'Pratite nas na Facebooku, Instagramu i TikToku'))
    bot.append(('ui', 'Prikaži više'))
    bot.append(('legal', f'© 2026 Jadranski portal d.o.o. Sva prava pridržana. Zabranjeno preuzimanje sadržaja bez dozvole.'))
    return top, mid, bot

SITES = {
    'sb4-fr': ('fr', 'www.lecourrierduval.fr', fr),
    'sb4-pt': ('pt', 'www.gazetaconecta.com.br', pt),
    'sb4-hu': ('hu', 'szabadhang.hu', hu),
    'sb4-ko': ('ko', 'www.miraeeconomy.co.kr', ko),
    'sb4-sw': ('sw', 'www.habarimpya.co.ke', sw),
    'sb4-hr': ('hr', 'www.jadranskiportal.hr', hr),
}
