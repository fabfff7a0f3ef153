from engine import build
BG1 = "Fereastra a arătat încă din martie 2025 că Apa Someș Nord a raportat autorităților valori ale nitraților de până la trei ori peste limita legală în rețeaua din comunele Dăbâca, Panticeu și Aluniș, fără să-i anunțe pe locuitori."
BG1b = BG1.replace("martie 2025", "aprilie 2025")
BG2 = "Compania nu a răspuns la întrebările trimise de Fereastra. Direcția de Sănătate Publică Cluj a declarat că „monitorizează situația”."
FACT = "Limita legală pentru nitrați în apa potabilă: 50 mg/l."
RAW = """social|spitalul-din-gherla-fara-anestezist-in-weekend
Spitalul din Gherla rămâne fără anestezist în weekend
De Ioana Mureșan · 12 ianuarie 2026
Spitalul Municipal Gherla nu mai are anestezist de gardă sâmbăta și duminica de la începutul lunii, iar pacienții care au nevoie de o operație de urgență sunt trimiși la Cluj, la 45 de kilometri distanță.
Singurul medic ATI angajat cu normă întreagă s-a pensionat în decembrie, iar concursul pentru post a rămas fără candidați.
„Am trimis o femeie cu apendicită perforată cu ambulanța pe DN1C, pe polei. Nu e normal așa ceva”, ne-a spus un asistent care a cerut să nu-i publicăm numele.
Managerul spitalului, Dan Roman, confirmă situația și spune că a cerut sprijin Ministerului Sănătății.
Ministerul nu a răspuns până la publicarea acestui articol.
---
ancheta|apa-cu-nitrati-dabaca-locuitorii-nu-stiau
Apa cu nitrați din Dăbâca: locuitorii n-au fost anunțați niciodată
De Radu Pop · 19 ianuarie 2026
Maria Crișan, 68 de ani, fierbe apa de la robinet de fiecare dată când face ceai pentru nepoți. Nu știa însă că fierberea nu elimină nitrații.
„Dacă știam, cumpăram apă la bidon. Cine să ne spună?”, întreabă femeia.
Documentele obținute de Fereastra prin legea 544 arată că problema era cunoscută de cel puțin doi ani.
@BG1
Nitrații pot fi periculoși mai ales pentru sugari, la care pot provoca așa-numitul „sindrom al bebelușului albastru”.
@BG2
@FACT
---
politica|primaria-cluj-bugetul-participativ-2026
Bugetul participativ din Cluj-Napoca, redus la jumătate
De Andrei Vlad · 22 ianuarie 2026
Primăria Cluj-Napoca va aloca doar 5 milioane de lei pentru bugetul participativ în 2026, față de 10 milioane anul trecut.
Administrația invocă măsurile de austeritate și scăderea veniturilor din cote defalcate.
Proiectele votate de clujeni în 2025, printre care trei locuri de joacă și o pistă de biciclete pe Calea Florești, vor fi finanțate „pe măsura posibilităților”.
Consilierii din opoziție au cerut o dezbatere publică.
Ce s-a votat
Trei locuri de joacă incluzive
Pista de biciclete Florești–Mănăștur
Cișmele publice în parcul Rozelor
---
ancheta|analize-independente-apa-panticeu
Am dus apa din Panticeu la laborator. Rezultatele
De Radu Pop · 2 februarie 2026
Am luat probe de la patru robinete din satele Panticeu și Sărata și le-am trimis la un laborator acreditat din Cluj-Napoca.
În trei dintre ele, concentrația de nitrați a depășit 50 de miligrame pe litru, pragul maxim admis în România.
Cea mai mare valoare, 112 mg/l, a fost găsită la școala din sat.
„Copiii beau apă de acolo în fiecare zi”, spune directoarea școlii, Elena Sabău.
@BG1
Rezultatele complete sunt disponibile la finalul articolului.
@BG2
@FACT
---
economie|preturile-la-alimente-in-pietele-din-cluj
Cât costă coșul de cumpărături în piețele din Cluj
De Bianca Toma · 5 februarie 2026
Am mers sâmbăta dimineața în Piața Mărăști și am notat prețurile la 12 produse de bază.
Ouăle de țară se vând cu 1,5 lei bucata, cu 30% mai scump decât acum un an.
Brânza de burduf a ajuns la 60 de lei kilogramul.
„Oamenii cumpără mai puțin. Iau două roșii în loc de un kilogram”, spune o vânzătoare din Feleacu.
Singurele produse mai ieftine decât anul trecut sunt cartofii și ceapa.
---
opinie|de-ce-nu-punem-paywall
Opinie: De ce Fereastra nu pune paywall
De Carmen Dragomir · 9 februarie 2026
Ni se spune des că ar trebui să cerem bani pentru fiecare articol. Că așa fac marile publicații din lume și așa ar trebui să facem și noi.
Am discutat asta în redacție de multe ori.
Am ales altceva: articolele noastre rămân gratuite pentru toată lumea, iar cei care pot plătesc pentru cei care nu pot.
Informația despre apa pe care o bei nu ar trebui să fie un lux.
Modelul ăsta e fragil. Depindem de câteva mii de oameni care aleg, lună de lună, să ne susțină.
Dar e singurul model în care credem.
Carmen Dragomir este redactor-șef al Fereastra.
---
ancheta|dsp-cluj-stia-de-nitrati
Documente: DSP Cluj știa de nitrați din 2024
De Radu Pop și Ioana Mureșan · 16 februarie 2026
Direcția de Sănătate Publică Cluj a primit rapoarte despre depășirea nitraților în apa din nordul județului încă din toamna lui 2024, arată corespondența obținută de Fereastra.
Într-un e-mail din octombrie 2024, un inspector scria că situația „impune informarea populației”.
Informarea nu a avut loc.
@BG1b
Prefectul județului a anunțat că va convoca o ședință de urgență.
@BG2
---
cultura|teatrul-maghiar-premiera-cehov
Teatrul Maghiar din Cluj pregătește un Cehov în trei limbi
De Anca Fărcaș · 18 februarie 2026
Teatrul Maghiar de Stat din Cluj montează „Livada de vișini” într-o versiune jucată în maghiară, română și ucraineană.
Regizoarea Kinga Bartha spune că a vrut ca spectacolul să vorbească despre familii care își pierd casa.
„Livada e despre plecare. Toți cei din sală au plecat de undeva.”
Premiera are loc pe 14 martie. Spectacolul va fi supratitrat.
---
social|profesori-navetisti-salaj
Profesorii care fac naveta 200 de kilometri pe zi
De Ioana Mureșan · 23 februarie 2026
Ana Pop se trezește la 5 dimineața ca să prindă microbuzul de 5:40 din Zalău spre Hida.
Predă matematică la trei școli din trei sate diferite, ca să-și completeze norma.
Decontarea navetei vine cu întârziere de câteva luni.
„Pun din salariul meu benzina. Apoi aștept”, spune ea.
Cifre
În județul Sălaj, peste 600 de profesori fac naveta zilnic.
---
tehnologie|amenda-gdpr-cookie-uri-magazin-online
Un magazin online din Cluj, amendat pentru cookie-uri puse fără acord
De Bianca Toma · 26 februarie 2026
Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal a amendat cu 20.000 de lei un magazin online clujean de electrocasnice.
Site-ul plasa cookie-uri de marketing înainte ca vizitatorii să apese pe butonul „Accept”.
Potrivit ANSPDCP, bannerul de cookie-uri avea un singur buton vizibil, iar opțiunea de refuz era ascunsă în setări.
„Refuzul trebuie să fie la fel de ușor ca acceptul”, explică avocata Irina Coman, specializată în protecția datelor.
Magazinul a contestat amenda în instanță.
---
ancheta|apa-somes-nord-investitie-statie-tratare
Stația de tratare promisă în 2022 nu a fost construită
De Radu Pop · 4 martie 2026
Apa Someș Nord a primit în 2022 fonduri europene pentru o stație de tratare care ar fi trebuit să rezolve problema nitraților din nordul județului.
Pe terenul din Aluniș unde trebuia să fie stația crește acum iarbă.
Licitația a fost anulată de două ori, iar termenul de finalizare a fost mutat în 2027.
@BG1
„Ni s-a promis apă curată de trei ori, la trei alegeri”, spune primarul din Aluniș, Vasile Bud.
@FACT
---
sport|u-cluj-victorie-derby
U Cluj câștigă derby-ul cu CFR după un gol în prelungiri
De Mihai Lazăr · 8 martie 2026
Universitatea Cluj a învins CFR Cluj cu 2-1 pe Cluj Arena, în fața a 17.000 de spectatori.
Golul victoriei a venit în minutul 93, după o lovitură de cap a fundașului Andrei Chipciu.
Antrenorul CFR a acuzat arbitrajul pentru faza din care s-a înscris.
„Derby-ul e al nostru”
Mesajul afișat de peluza studenților la final a fost preluat și de jucători pe rețelele sociale.
---
mediu|padurea-hoia-defrisare
Locuitorii din Mănăștur se opun unui proiect imobiliar la marginea pădurii Hoia
De Anca Fărcaș · 11 martie 2026
Peste 4.000 de clujeni au semnat o petiție împotriva unui proiect care ar aduce 14 blocuri la marginea pădurii Hoia-Baciu.
Dezvoltatorul susține că terenul nu face parte din pădure și că are toate avizele.
Activiștii spun că zona este habitat pentru lilieci protejați.
Consiliul Local va dezbate PUZ-ul pe 25 martie.
---
social|strangere-de-fonduri-adapost-animale
Un adăpost de animale din Turda a strâns 80.000 de lei în două săptămâni
De Ioana Mureșan · 15 martie 2026
Asociația „Coada Veselă” din Turda a lansat o campanie de donații după ce o furtună a distrus acoperișul adăpostului în care stau 140 de câini.
În două săptămâni, peste 1.900 de oameni au donat, cei mai mulți sume între 20 și 50 de lei.
„N-am crezut că o să ajungem la jumătate”, spune voluntara Roxana Ilieș.
Banii vor acoperi acoperișul nou și boxe încălzite pentru iarnă.
Cum poți ajuta
Asociația primește și pături vechi, hrană uscată și voluntari pentru plimbări în weekend.
---
economie|fabrica-de-la-jucu-concedieri
Fabrica de componente auto de la Jucu anunță 300 de concedieri
De Bianca Toma · 18 martie 2026
Producătorul german de cablaje auto a anunțat concedieri colective pentru aproximativ 300 de angajați de la fabrica din Jucu.
Compania invocă scăderea comenzilor din partea constructorilor europeni.
Sindicatul spune că a aflat de concedieri din presă.
Agenția Județeană pentru Ocuparea Forței de Muncă organizează o bursă a locurilor de muncă pe 2 aprilie.
---
ancheta|parlamentari-cer-audieri-apa-nitrati
Parlamentarii de Cluj cer audieri în cazul apei cu nitrați
De Radu Pop · 23 martie 2026
Patru deputați din Cluj au cerut audierea conducerii Apa Someș Nord în Comisia pentru mediu a Camerei Deputaților.
Solicitarea vine după seria de articole publicate de Fereastra.
Între timp, compania a început să distribuie apă îmbuteliată gratuit la școlile din zonă.
@BG1b
@BG2
„E un pas, dar apa la bidon nu e o soluție”, spune Maria Crișan din Dăbâca.
@FACT
---
educatie|elevii-din-sate-si-bacalaureatul
Explicație: de ce elevii de la sat iau note mai mici la bacalaureat
De Anca Fărcaș · 26 martie 2026
Diferența dintre mediul urban și rural la bacalaureat a depășit 20 de puncte procentuale în ultimii cinci ani.
Profesorii de la sat sunt mai des suplinitori, iar școlile au mai puține laboratoare și meditații disponibile.
Trei cauze
Naveta elevilor
Fluctuația profesorilor
Lipsa meditațiilor
Ministerul Educației promite un program de burse pentru liceenii din mediul rural.
---
cultura|festival-film-transilvania-program
TIFF 2026: ce filme românești intră în competiție
De Mihai Lazăr · 30 martie 2026
Festivalul Internațional de Film Transilvania a anunțat cele șase filme românești care vor concura pentru Trofeul Transilvania.
Patru dintre ele sunt debuturi, iar două au fost filmate integral în Maramureș.
Festivalul are loc între 12 și 21 iunie în Cluj-Napoca.
Biletele se pun în vânzare la 1 mai.
"""
RELATED = [
 "Medicii care pleacă din spitalele mici", "Cum verifici calitatea apei de la robinet",
 "Consilierii locali și promisiunile uitate", "Ce spune legea despre apa potabilă",
 "Inflația, explicată pe înțelesul tuturor", "Cine ne finanțează: raportul pe 2025",
 "Ce este legea 544 și cum o folosești", "Cinci spectacole de văzut în martie",
 "Școlile din Sălaj care se închid", "Ce drepturi ai când un site îți cere acordul",
 "Fondurile europene pierdute de Cluj", "CFR, fără victorie de cinci etape",
 "Pădurea Hoia, între legendă și buldozere", "Povestea voluntarilor din Turda",
 "Industria auto din Transilvania, sub presiune", "Ce urmează în ancheta apei cu nitrați",
 "Bursele pentru elevii de la sat, amânate", "Cinematograful din Dej se redeschide",
]
SWAP = {3, 8, 15}
def top(c):
    i, r, a = c['i'], c['rnd'], c['art']
    out = []
    out.append(('navigation', 'Acasă / %s' % a['sec'].replace('ancheta', 'anchete').capitalize()))
    if i not in (5, 13):
        out.append(('ui', 'Închide'))
    if i in (1, 10, 16):
        out.append(('audio', 'Ascultă articolul (%d:%02d)' % (r.randint(3, 9), r.randint(0, 59))))
    return out
def mid(c):
    i, r = c['i'], c['rnd']
    out = []
    if i not in (2, 11):
        txt = 'Fereastra e gratuită pentru toți pentru că %s de cititori plătesc pentru ea. Devino și tu membru.' % format(r.randint(3200, 3900), ',').replace(',', '.')
        out.append((0.5, 'appeal', txt))
    out.append((0.75, 'related', 'Citește și: ' + RELATED[i]))
    return out
def bottom(c):
    i, r = c['i'], c['rnd']
    out = []
    sh = [('share', 'Distribuie: Facebook · WhatsApp · Copiază linkul')]
    nl = [('newsletter', 'Abonează-te la newsletterul de vineri: cele mai importante anchete ale săptămânii, direct în inbox.'), ('ui', 'Mă abonez')]
    if i == 7: nl = []
    out += (nl + sh) if i in SWAP else (sh + nl)
    if c['campaign']:
        out.append(('appeal', 'Redirecționează 3,5% din impozitul pe venit către Fereastra. Completează Formularul 230 până pe 25 mai.'))
    if i != 12:
        out.append(('appeal', 'Jurnalismul independent nu e gratuit' if i % 3 else 'Nu avem patroni. Avem cititori.'))
        d = r.randint(18, 29)
        out.append(('appeal', 'Luna aceasta, %d de oameni au donat. Ne mai lipsesc %s lei până la obiectivul de 60.000 de lei.' % (r.randint(180, 640), format(r.randint(9000, 41000), ',').replace(',', '.'))))
        out.append(('appeal', 'Donează lunar'))
        out.append(('ui', 'Poate mai târziu'))
    if i not in (4, 9):
        out.append(('social', 'Urmărește Fereastra pe Facebook, Instagram și TikTok'))
    out.append(('legal', 'Conținutul Fereastra poate fi republicat gratuit, cu citarea sursei și link către articolul original.'))
    out.append(('legal', '© Asociația Fereastra Media %s' % ('2019–2026' if i != 0 else '2019–2025')))
    return out

def parse(raw):
    arts = []
    for chunk in raw.strip().split('\n---\n'):
        ls = [l for l in chunk.strip().split('\n') if l.strip()]
        sec, slug = ls[0].split('|')
        arts.append({'sec': sec, 'slug': slug, 'lines': [{'@BG1': BG1, '@BG1b': BG1b, '@BG2': BG2, '@FACT': FACT}.get(l, l) for l in ls[1:]]})
    return arts
arts = parse(RAW)
assert len(arts) == 18, len(arts)
build('sb13-ro', 'ro', 'fereastra-media.ro', arts, {'top': top, 'mid': mid, 'bottom': bottom}, 1302)
