LUNI = ['ianuarie','februarie','martie','aprilie','mai','iunie','iulie','august','septembrie','octombrie','noiembrie','decembrie']
def num(n): return '{:,}'.format(n).replace(',', '.')
SITE = dict(
  id='sb5-ro', lang='ro', host='www.dosarulpublic.ro',
  sections={'investigatii': 'Investigații', 'mediu': 'Mediu', 'justitie': 'Justiție', 'politica': 'Politică'},
  datefmt=lambda d: '%d %s %d' % (d.day, LUNI[d.month-1], d.year), num=num,
  readmore='Citește și: {h}', rellist_head='Alte investigații', rellist_at=0, rellist_p=0.55, readmore_p=0.7,
  template=[
    dict(pos='top', cat='navigation', text='Acasă › {section}', p=0.9),
    dict(pos='after_byline', cat='share', text='Distribuie pe Facebook · Distribuie pe WhatsApp · Copiază link', p=0.75),
    dict(pos='mid', cat='newsletter', text=['Primește investigațiile noastre pe e-mail, în fiecare vineri. Abonează-te la newsletter.', 'Abonează-te la newsletter-ul Dosarul Public și primești fiecare investigație direct pe e-mail.'], p=0.65),
    dict(pos='end', cat='legal', text='Acest articol poate fi republicat gratuit, integral, cu menționarea sursei și link către dosarulpublic.ro.', p=0.7),
    dict(pos='bottom', cat='appeal', text='Susține jurnalismul independent', p=0.9,
         follow=[('appeal', 'Dosarul Public nu primește bani de la partide, de la stat sau de la firmele despre care scriem. Existăm datorită celor {n} de cititori care donează lunar. Alătură-te lor.'), ('ui', 'Donează acum')]),
    dict(pos='bottom', cat='appeal', text='Redirecționează 3,5% din impozitul pe venit către Asociația Dosarul Public. Completează Formularul 230 până pe 25 mai.', pages={4, 7, 10, 13, 16}),
    dict(pos='bottom', cat='ui', text=['Închide', 'Poate mai târziu'], p=0.6),
    dict(pos='footer', cat='social', text='Urmărește-ne pe Facebook, Instagram, TikTok și YouTube', p=0.8),
    dict(pos='footer', cat='legal', text='© {year} Asociația Dosarul Public. Toate drepturile rezervate.', p=1.0),
  ])

BG1 = "Dosarul Public a documentat, din martie 2025, tăieri ilegale de pădure pe cel puțin 1.200 de hectare în Munții Făgăraș, pe terenuri administrate de Ocolul Silvic Arefu și de proprietari privați."
def BG2(s): return f"În tot acest interval, Garda Forestieră Râmnicu Vâlcea a aplicat amenzi în valoare totală de doar {s} de lei, iar niciun dosar penal nu a ajuns în instanță."

ARTICLES = f"""
=== investigatii | fagaras-drumuri-forestiere-ilegale | 2026-01-20 | 3
Drumurile care nu există pe hartă: cum au ajuns camioanele de lemne în inima Făgărașului
Imaginile din satelit arată 14 kilometri de drumuri forestiere construite fără autorizație în ultimii doi ani
de Andreea Pop | 20 ianuarie 2026
Pe hărțile oficiale ale Ocolului Silvic Arefu, valea Buda nu are niciun drum carosabil deasupra cotei de 1.100 de metri. În realitate, camioanele urcă până aproape de 1.500.
Am comparat imagini din satelit din 2023 și 2025 și am identificat 14 kilometri de drumuri noi, tăiate cu buldozerul direct prin pădure.
{BG1}
„Fără drum nu poți scoate lemnul. Cine a făcut drumul știa exact ce urmează”, spune un fost pădurar din zonă, care a cerut să nu-i publicăm numele.
Ocolul Silvic Arefu nu a răspuns la întrebările trimise pe 8 ianuarie.
Metodologie
Analiza imaginilor a fost făcută împreună cu doi specialiști în teledetecție de la Universitatea Transilvania din Brașov.
=== investigatii | fagaras-firme-exploatare-lemn | 2026-02-03 | 3
Cine cumpără lemnul din Făgăraș: trei firme, același administrator
Documentele de la Registrul Comerțului arată legături între firmele care au câștigat licitațiile
de Mihai Dobre | 3 februarie 2026
Trei firme de exploatare forestieră din județul Argeș au cumpărat, în 2024 și 2025, peste 60% din masa lemnoasă scoasă la licitație de Ocolul Silvic Arefu.
Deși au acționari diferiți, toate trei au avut în aceeași perioadă același administrator: Florin C., un om de afaceri din Curtea de Argeș.
{BG1}
Contactat telefonic, Florin C. a declarat că „totul e legal” și că „licitațiile sunt publice, oricine putea să participe”.
{BG2('214.000')}
Partea a doua a investigației apare săptămâna viitoare.
=== mediu | fagaras-ministerul-mediului-control | 2026-02-12 | 3
Ministerul Mediului trimite controlul în Făgăraș după investigația Dosarul Public
O echipă a Gărzii Forestiere Naționale va verifica toate autorizațiile de exploatare din ultimii trei ani
de Andreea Pop | 12 februarie 2026
Ministerul Mediului a anunțat marți declanșarea unui control amplu la Ocolul Silvic Arefu, după publicarea seriei noastre de articole.
Într-un comunicat, ministerul precizează că echipa de control va fi formată din inspectori din alte județe, „pentru a evita orice conflict de interese”.
{BG1}
{BG2('214.000')}
Organizațiile de mediu salută decizia, dar cer ca rezultatele controlului să fie publicate integral.
Ce urmează
Controlul trebuie finalizat în 60 de zile.
=== justitie | fagaras-dosar-penal-diicot | 2026-03-02 | 3
DIICOT deschide dosar penal pentru tăierile din Făgăraș
Procurorii investighează constituirea unui grup infracțional organizat
de Radu Ciobanu | 2 martie 2026
Procurorii DIICOT Pitești au început urmărirea penală in rem pentru tăiere ilegală de arbori și constituirea unui grup infracțional organizat.
Potrivit unor surse judiciare, dosarul a fost deschis pe baza unei sesizări a Gărzii Forestiere Naționale, după controlul dispus de minister.
{BG1}
{BG2('231.000')}
Avocatul uneia dintre firmele vizate a declarat pentru Dosarul Public că clientul său „va colabora cu anchetatorii”.
=== mediu | fagaras-parc-national-dezbatere | 2026-03-17 | 3
Parc național în Făgăraș? Localnicii sunt împărțiți
Proiectul ar proteja 200.000 de hectare, dar proprietarii de pădure se tem că vor pierde venituri
de Ioana Vlad | 17 martie 2026
În sala căminului cultural din Arefu au venit peste o sută de oameni să asculte prezentarea proiectului de parc național.
„Noi din pădure trăim. Dacă nu mai putem tăia, din ce trăim?”, a întrebat un bărbat din ultimul rând.
Reprezentanții fundației care susține proiectul au promis compensații și locuri de muncă în turism.
{BG1}
Dezbaterea publică continuă până la sfârșitul lunii aprilie.
=== investigatii | spital-judetean-achizitii-manusi | 2026-01-27 | 3
Mănuși de trei ori mai scumpe: achizițiile unui spital județean în plină criză
Spitalul a plătit 1,4 milioane de lei pe produse pe care alte unități le-au cumpărat la o treime din preț
de Mihai Dobre | 27 ianuarie 2026
Am analizat peste 300 de contracte de achiziție directă semnate de Spitalul Județean de Urgență Pitești în 2025.
Același furnizor a câștigat 41 dintre ele, fără nicio altă ofertă.
Prețul unei cutii de mănuși de nitril a fost de 89 de lei, față de o medie de 31 de lei la celelalte spitale din regiune.
Managerul spitalului susține că „prețurile reflectă calitatea superioară a produselor”.
Datele
Toate contractele analizate sunt publice, pe platforma SEAP.
=== politica | consilieri-locali-incompatibilitati | 2026-02-06 | 3
ANI: 23 de consilieri locali din Argeș, în stare de incompatibilitate
Majoritatea au firme care au primit contracte de la primăriile unde sunt aleși
de Radu Ciobanu | 6 februarie 2026
Agenția Națională de Integritate a constatat starea de incompatibilitate în cazul a 23 de consilieri locali din județul Argeș.
Cei mai mulți dintre ei sunt administratori ai unor firme de construcții care au primit lucrări de la consiliile din care fac parte.
Rapoartele pot fi contestate în instanță în termen de 15 zile.
Dacă rămân definitive, consilierii își pierd mandatul și nu mai pot ocupa o funcție publică timp de trei ani.
=== justitie | judecatoare-sanctionata-csm | 2026-02-09 | 3
CSM a exclus din magistratură o judecătoare de la Tribunalul Argeș
Decizia vine după doi ani de anchete disciplinare
de Radu Ciobanu | 9 februarie 2026
Secția pentru judecători a CSM a decis excluderea din magistratură a judecătoarei Elena M. de la Tribunalul Argeș.
Inspecția Judiciară a reținut că aceasta a întârziat nejustificat redactarea a peste 200 de hotărâri.
Decizia nu este definitivă și poate fi atacată la Înalta Curte de Casație și Justiție.
=== mediu | poluare-raul-arges-deversari | 2026-02-16 | 3
Râul Argeș, înspumat de trei ori într-o lună
Localnicii din aval de Pitești filmează deversări noaptea. Garda de Mediu spune că nu a găsit nimic
de Ioana Vlad | 16 februarie 2026
Filmările au fost făcute în nopțile de 3, 11 și 24 ianuarie, între orele 2 și 4. Apa râului apare acoperită de o spumă albă, groasă.
Am trimis probele de apă prelevate de un localnic la un laborator acreditat din București.
Rezultatele arată concentrații de detergenți de 18 ori peste limita admisă.
Garda de Mediu Argeș a declarat că a efectuat două controale inopinate și „nu a constatat deversări”.
Întrebări fără răspuns
Nu am primit răspuns la întrebarea de ce controalele au fost făcute ziua, deși deversările au loc noaptea.
=== politica | cookie-uri-anspdcp-amenzi-site-uri | 2026-02-20 | 3
Bannere de cookie-uri înșelătoare: ANSPDCP a amendat 11 site-uri de știri
Autoritatea a constatat că butonul „Refuz” era ascuns sau lipsea cu totul
de Andreea Pop | 20 februarie 2026
Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal a aplicat amenzi între 10.000 și 50.000 de lei unor site-uri de știri.
Principala problemă: utilizatorii puteau accepta toate cookie-urile cu un singur clic, dar pentru a le refuza trebuiau să treacă prin mai multe ecrane.
Legea europeană cere ca refuzul să fie la fel de simplu ca acceptarea.
Juriștii specializați spun că amenzile sunt „mici, dar un semnal important”.
Ce poți face
Verifică setările browserului și șterge periodic cookie-urile de la site-urile pe care nu le mai folosești.
=== investigatii | burse-sportivi-fantoma | 2026-02-24 | 3
Sportivii-fantomă ai unui club finanțat din bani publici
Un club sportiv municipal a raportat 140 de sportivi legitimați. Am găsit doar 37
de Mihai Dobre | 24 februarie 2026
Clubul Sportiv Municipal a primit în 2025 o finanțare de 2,3 milioane de lei de la consiliul local, calculată în funcție de numărul de sportivi.
Am verificat listele depuse la primărie și am sunat la fiecare antrenor.
Zeci de nume apar la mai multe secții deodată. Alții spun că au renunțat la sport de ani de zile.
„Eu am jucat handbal până în clasa a opta. Acum am 24 de ani”, ne-a spus unul dintre „sportivii” de pe listă.
Președintele clubului a refuzat să comenteze.
=== politica | primar-vila-declaratie-avere | 2026-03-05 | 3
Vila pe care primarul a uitat să o treacă în declarația de avere
Construcția de 320 de metri pătrați figurează pe numele soacrei
de Radu Ciobanu | 5 martie 2026
Primarul unei comune din nordul județului a declarat, în ultimii cinci ani, un apartament la bloc și un autoturism vechi de 12 ani.
La marginea comunei, pe un teren intabulat pe numele soacrei sale, se află o vilă cu piscină, ridicată în 2023.
Vecinii spun că primarul locuiește acolo de doi ani.
Primarul susține că vila „aparține familiei soției” și că el „doar o vizitează”.
=== justitie | proces-avocati-pro-bono | 2026-03-09 | 3
Avocații care apără gratuit jurnaliștii dați în judecată
O rețea de zece avocați a preluat 30 de procese în doi ani
de Ioana Vlad | 9 martie 2026
De la un primar care cere daune de un milion de euro până la un om de afaceri care acuză „defăimare”: jurnaliștii locali sunt tot mai des chemați în instanță.
O rețea de avocați din București și Cluj le oferă apărare gratuită.
„Scopul acestor procese nu e să câștige, ci să sperie”, spune avocata Diana Iliescu.
Până acum, rețeaua a câștigat 22 dintre procese; celelalte sunt pe rol.
=== investigatii | donatii-asociatii-caritabile-verificare | 2026-03-12 | 3
Cum verifici o asociație înainte să donezi
Ghid practic după ce o campanie umanitară falsă a strâns 400.000 de lei
de Andreea Pop | 12 martie 2026
În ianuarie, o pagină de Facebook a strâns bani pentru „operația unui copil bolnav” care nu exista.
Înainte să donezi, verifică dacă organizația apare în Registrul național al ONG-urilor.
Cere rapoartele financiare. O organizație serioasă le publică anual.
Fii atent la mesajele care creează urgență: „doar azi”, „ultimele ore”.
Pe scurt
Registru, rapoarte, răbdare.
=== mediu | urs-localitate-interventie | 2026-03-20 | 3
Ursoaica de la marginea orașului: cine decide ce se întâmplă cu ea
Autoritățile se contrazic, iar localnicii au început să patruleze singuri
de Ioana Vlad | 20 martie 2026
De trei săptămâni, o ursoaică cu doi pui coboară noaptea la tomberoanele din cartierul Trivale.
Jandarmeria spune că nu are competență, primăria spune că e treaba Agenției de Protecția Mediului.
Agenția a emis o autorizație de relocare, dar echipa de intervenție nu a venit încă.
„Nu mai lăsăm copiii afară după ora opt”, spune o mamă din cartier.
=== politica | opinie-bani-publici-presa | 2026-03-23 | 3
Opinie: Banii publici pentru presă cumpără tăcere
de Mihai Dobre | 23 martie 2026
În 2025, partidele parlamentare au cheltuit peste 100 de milioane de lei din subvenții pe „servicii de presă și propagandă”.
O bună parte a ajuns la televiziuni și site-uri locale, fără ca cititorii să știe.
Nu e ilegal. Dar atunci când o publicație e plătită de partid, cine mai scrie despre primarul acelui partid?
Soluția e simplă: transparență totală, contract cu contract.
"""
EXTRA = """Contractele de deszăpezire: aceeași firmă, de zece ani, în trei județe
Cum a ajuns un teren al statului în proprietatea unui fost deputat
Spitalele fără avize ISU: lista completă
Banii europeni pentru piste de biciclete care nu duc nicăieri
Autostrada care a costat de două ori cât a fost estimată
Fondurile pentru școli, blocate de o semnătură
Avertizorii de integritate: de ce nu vorbește nimeni
Cine controlează apa potabilă din județul Argeș""".split('\n')
