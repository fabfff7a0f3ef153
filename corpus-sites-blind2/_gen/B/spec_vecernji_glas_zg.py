SEED = 4107
LANG = 'hr'
HOST = 'www.vecernjiglas-zg.hr'
CAMPAIGN = {2, 5, 9, 14, 16}

def REL_PREFIX(ctx):
    return 'Pročitajte i: '

def AD_TEXT(ctx):
    return 'Oglas'

def top(ctx):
    i = ctx['i']
    out = []
    if i not in (6, 13):
        out.append(('navigation', 'Preskoči na glavni sadržaj'))
    out.append(('navigation', 'Naslovnica / ' + ctx['art']['crumb']))
    if i not in (3, 11, 17):
        out.append(('ad', 'Oglas'))
    if i % 3 == 1:
        out.append(('audio', 'Poslušajte članak'))
    return out

def mid(ctx):
    i = ctx['i']
    out = [('ad', 'Oglas')] if i not in (8,) else []
    if i in (4, 12):
        out = [('ad', 'Sadržaj se nastavlja ispod oglasa')] + out
    return out

def bottom(ctx):
    i, r = ctx['i'], ctx['rnd']
    n = r.randint(0, 214)
    com = [('comments', 'Komentari (%d)' % n), ('ui', 'Prikaži komentare')] if n else [('comments', 'Budite prvi koji će komentirati'), ('ui', 'Komentiraj')]
    share = [('share', 'Podijelite članak:')]
    app = [('app', 'Preuzmite besplatnu aplikaciju Večernjeg glasa Zagreb za Android i iOS' if i % 4 else
            'Sve vijesti iz Zagreba na vašem mobitelu: preuzmite aplikaciju Večernjeg glasa Zagreb')]
    camp = [('newsletter', 'Prijavite se na jutarnji newsletter i sudjelujte u nagradnoj igri za godišnju pretplatu'),
            ('ui', 'Prijavi se')]
    groups = [share, com, app] if i % 5 != 3 else [com, share, app]
    if i in (10, 18):
        groups.remove(app)
    if i in CAMPAIGN:
        groups.insert(1, camp)
    out = []
    for g in groups:
        out.extend(g)
    out.append(('ad', 'Oglas'))
    if i != 7:
        out.append(('legal', 'Zabranjeno je preuzimanje sadržaja bez pisanog dopuštenja redakcije.'))
    out.append(('legal', '© Večernji glas Zagreb d.o.o. %d. Sva prava pridržana.' % (2026 if i != 15 else 2025)))
    return out
