SEED = 2031
LANG = 'pt'
HOST = 'www.diariodovale.com.br'
CAMPAIGN = {3, 6, 10, 13, 17}

def REL_PREFIX(ctx):
    return 'Leia também: '

def AD_TEXT(ctx):
    return 'Publicidade'

def top(ctx):
    i, r = ctx['i'], ctx['rnd']
    out = [('navigation', 'Início › ' + ctx['art']['crumb'])]
    if i not in (5, 14):
        out.insert(0, ('navigation', 'Pular para o conteúdo'))
    if i % 4 == 1:
        out.append(('audio', 'Ouvir esta notícia'))
    return out

def mid(ctx):
    i = ctx['i']
    if i in (4, 11):
        return []
    if i % 3 == 0:
        return [('social', 'Participe do grupo do Diário do Vale no WhatsApp e receba as principais notícias da região')]
    return [('social', 'Receba as notícias do Diário do Vale no seu celular. Entre no nosso grupo do WhatsApp!')]

def bottom(ctx):
    i, r = ctx['i'], ctx['rnd']
    out = []
    share = [('share', 'Compartilhe esta notícia:'), ('ui', 'Copiar link')]
    com = [('comments', '%d comentários' % r.randint(0, 87)) if i % 5 else ('comments', 'Seja o primeiro a comentar'),
           ('comments', 'Deixe seu comentário abaixo. Os comentários são de responsabilidade de seus autores.')]
    news = [('newsletter', 'Newsletter Diário do Vale'),
            ('newsletter', 'Cadastre seu e-mail e receba de manhã as notícias de Volta Redonda, Barra Mansa e região.'),
            ('ui', 'Quero receber')]
    pay = [('paywall', 'Você leu %d de 5 matérias gratuitas deste mês.' % r.randint(2, 5)),
           ('paywall', 'Assine o Diário do Vale Digital por R$ 1,90 no primeiro mês e tenha acesso ilimitado.'),
           ('ui', 'Assine agora')]
    groups = [share, com]
    if i not in (7, 15):
        groups.append(news)
    if i in CAMPAIGN:
        groups.insert(0, pay)
    if i % 6 == 2:
        groups[0], groups[1] = groups[1], groups[0]
    for g in groups:
        out.extend(g)
    if i not in (9,):
        out.append(('cookie', 'Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade, em conformidade com a LGPD.'))
        out.append(('ui', 'Aceitar' if i % 2 else 'Entendi'))
    out.append(('legal', '© %d Diário do Vale. Todos os direitos reservados. É proibida a reprodução do conteúdo sem autorização.' % (2026 if i != 12 else 2025)))
    return out
