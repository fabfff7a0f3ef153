"""Procjep (procjep.hr) - made-up Croatian independent non-profit portal, reader funded.
Running series: »Četiri zime poslije« (Banovina earthquake reconstruction), 5 parts."""
import random
from common import Article as A, m, thousands, expand, weave, rotate_related

CODE, LANG, HOST = "hr", "hr", "www.procjep.hr"

SECL = {"drustvo": "Društvo", "politika": "Politika", "okolis": "Okoliš", "rad": "Rad",
        "kultura": "Kultura", "regija": "Regija"}

S1 = ("Potres magnitude 6,2 pogodio je Petrinju, Sisak, Glinu i okolna sela 29. prosinca 2020. "
      "u 12 sati i 19 minuta. Poginulo je sedam osoba, a deseci tisuća kuća i zgrada oštećeni su "
      "ili potpuno uništeni.")
S2 = ("Država je obnovu preuzela izmjenama Zakona o obnovi zgrada oštećenih potresom, no do kraja "
      "2024. stotine obitelji na Banovini i dalje su živjele u kontejnerima, mobilnim kućicama ili "
      "kod rodbine.")
S2b = S2.replace("u kontejnerima, mobilnim kućicama ili kod rodbine.",
                 "u kontejnerima ili mobilnim kućicama.")
S3 = ("Serijal »Četiri zime poslije« prati obnovu Banovine od Petrinje do Dvora. Sve dosadašnje "
      "nastavke pronađite na procjep.hr/banovina.")


def series_block(art):
    if art.slug.startswith("majstori"):
        return [S1, S2b, S3]
    return [S1, S2, S3]


ARTS = [
 A("okolis", "savica-caplje-gradnja-studija-utjecaja",
   "Uz Savicu niču zgrade, a čaplje odlaze: što je propustila studija utjecaja na okoliš", [
   "Piše: Ivana Marković",
   "Jezera Savice na istoku Zagreba jedno su od rijetkih mjesta u gradu gdje se gnijezde siva i mala bijela čaplja. Ovog proljeća ornitolozi su izbrojili upola manje gnijezda nego prije tri godine.",
   "Na samom rubu zaštićenog područja gradi se stambeni kompleks s 300 stanova. Studija utjecaja na okoliš, koju je naručio investitor, zaključila je da gradnja »neće imati značajan utjecaj« na ptice.",
   "»Studija je rađena zimi, kad čaplji ovdje ni nema«, kaže ornitolog Tomislav Grgić iz udruge za zaštitu ptica. »Kao da procjenjujete gužvu na plaži u veljači.«",
   "Investitor tvrdi da je sve rađeno prema propisima i da je gradilište od gnijezda udaljeno više od 150 metara. Gradski ured nadležan za zaštitu okoliša na naše upite nije odgovorio do objave teksta.",
   "Što kaže zakon",
   "Savica je zaštićena kao značajni krajobraz, ali zaštita se ne odnosi na okolne parcele. Stručnjaci upozoravaju da upravo rubni pojas, gdje ptice traže hranu, odlučuje o tome hoće li se kolonija održati.",
   "Udruga je zatražila da se radovi barem privremeno obustave tijekom sezone gniježđenja, od ožujka do srpnja.",
   ], ["Savica", "Zagreb", "ptice", "urbanizam"]),

 A("regija", "majske-poljane-kontejner-cetvrta-zima",
   "Četiri zime poslije: u Majskim Poljanama i dalje se grije u kontejneru", [
   "Piše: Luka Babić | Majske Poljane",
   "Dragica Kovačević (74) ima peć na drva, dvije deke i radio. Sve to stane u kontejner od 15 kvadrata u kojem živi od siječnja 2021. Njezina kuća, pedesetak metara dalje, stoji s napuklim zidovima i crvenom naljepnicom na vratima.",
   "»Rekli su mi da sam na listi. Pitala sam na kojem sam mjestu. Nitko ne zna«, kaže dok ubacuje cjepanicu u peć.",
   "@S",
   "U Majskim Poljanama, selu kraj Gline, u potresu je poginulo petero ljudi. Danas ondje živi manje od stotinu stanovnika, većinom starijih.",
   "Što čeka Dragicu",
   "Prema odgovoru Središnjeg državnog ureda za obnovu, za njezinu kuću izrađen je projekt uklanjanja, a zamjenska kuća trebala bi biti izgrađena »u sljedećem ciklusu«. Datum nije naveden.",
   "»Ja ću se valjda naviknuti i na petu zimu«, kaže Dragica. »Samo da mi netko kaže do kad.«",
   "Dragica Kovačević ispred kontejnera u kojem živi četvrtu zimu. Foto: Luka Babić",
   ], ["Banovina", "potres", "Glina", "obnova"], series=True),

 A("rad", "dostavljaci-bicikli-aplikacija-sef",
   "Dostavljači na biciklima: »Aplikacija mi je šef, a nitko ne odgovara na poruke«", [
   "Piše: Petra Šimić",
   "Ahmad ima 26 godina, dolazi iz Bangladeša i u Zagrebu od prošle jeseni dostavlja hranu na biciklu. Radi deset do dvanaest sati dnevno, šest dana u tjednu. Koliko će zaraditi, ne zna dok ne vidi obračun na kraju tjedna.",
   "Na platformu nije prijavljen izravno, nego preko posrednika, takozvane flote, koja mu od svake narudžbe uzima proviziju. Ugovor je dobio na engleskom i hrvatskom, a potpisao ga je, kaže, »a da nisam razumio ni pola«.",
   "»Kad mi aplikacija blokira račun, pišem podršci. Odgovor stigne za tri dana, automatski«, priča.",
   "Zakon koji još čeka",
   "Europska unija usvojila je 2024. direktivu o radu putem platformi, prema kojoj se pretpostavlja da su dostavljači radnici, a ne samostalni poduzetnici, ako platforma nadzire njihov rad. Hrvatska je mora prenijeti u svoje zakonodavstvo do kraja 2026.",
   "Sindikati upozoravaju da posrednici već sada izmiču inspekcijama. Platforme tvrde da poštuju sve propise i da dostavljačima nude fleksibilnost koju sami žele.",
   "Ahmad kaže da fleksibilnost nije problem. »Problem je što ne znam kome se žaliti kad me udari auto.«",
   ], ["dostavljači", "platformski rad", "strani radnici"]),

 A("politika", "split-gradsko-vijece-gup-treca-odgoda",
   "Gradsko vijeće Splita treći put odgodilo raspravu o GUP-u", [
   "Piše: Marin Jurić | Split",
   "Rasprava o izmjenama Generalnog urbanističkog plana Splita ni u utorak nije počela. Predsjednik Gradskog vijeća skinuo ju je s dnevnog reda na početku sjednice, uz obrazloženje da »nisu pristigla sva mišljenja nadležnih tijela«.",
   "Riječ je o trećoj odgodi u dva mjeseca. Izmjene predviđaju, među ostalim, prenamjenu dijela bivšeg industrijskog zemljišta uz more u zonu mješovite, pretežno stambene namjene.",
   "Građanska inicijativa koja se protivi izmjenama predala je tijekom javne rasprave više od 1.800 primjedbi. Njezina predstavnica kaže da odgode služe tome da se rasprava prebaci na ljeto, kad se »nitko ne bavi politikom«.",
   "Iz gradske uprave odgovaraju da se s planom ne žuri i da će se o njemu raspravljati kad bude spreman. Oporba traži da se plan vrati na ponovnu javnu raspravu.",
   "Sljedeća sjednica Gradskog vijeća zakazana je za kraj mjeseca.",
   ], ["Split", "GUP", "Gradsko vijeće", "urbanizam"]),

 A("kultura", "karlovac-kino-volonteri-dvadeset-godina",
   "Kino u Karlovcu koje drže volonteri slavi dvadeset godina", [
   "Piše: Ana Perić | Karlovac",
   "Kad je 2005. zatvoreno posljednje gradsko kino u Karlovcu, skupina srednjoškolaca i nekoliko profesora posudila je projektor i počela prikazivati filmove u podrumu doma kulture. Dvadeset godina poslije, Kino klub Korana ima 140 sjedala, digitalni projektor i program šest dana u tjednu.",
   "Nitko u kinu ne prima plaću. Karte prodaju, kokice prže i filmove biraju volonteri, njih pedesetak. Najmlađi ide u osmi razred, najstariji je u mirovini.",
   "»Ljudi misle da to radimo zbog filmova. Radimo to da mladi u gradu imaju gdje biti navečer, a da ne moraju ništa konzumirati«, kaže voditeljica programa Sanja Tomić.",
   "Godišnje kino posjeti oko 18.000 gledatelja. Od grada dobiva besplatan prostor i malu potporu za režije, a ostatak pokriva ulaznicama i članarinama.",
   "Za rođendan su pripremili retrospektivu filmova s programa prve godine, uključujući i onaj koji se tada, zbog kvara na projektoru, nikad nije prikazao do kraja.",
   ], ["Karlovac", "kino", "volonteri", "nezavisna kultura"]),

 A("regija", "glina-skola-nastava-u-kontejnerima",
   "Četiri zime poslije: u Glini se i dalje uči u kontejnerima", [
   "Piše: Luka Babić | Glina",
   "Zvono u glinskoj osnovnoj školi zvoni iz zvučnika pričvršćenog na kontejner. Više od 400 učenika četvrtu školsku godinu pohađa nastavu u montažnim učionicama postavljenima na školskom igralištu.",
   "Zgrada škole, izgrađena sedamdesetih, teško je oštećena u potresu. Projekt nove škole izrađen je 2022., ali gradnja još nije počela jer je natječaj za izvođača dvaput poništen.",
   "»Ljeti je vruće, zimi se grijemo klimama koje izbacuju osigurače. Djeca su se navikla, i to me najviše plaši«, kaže jedna učiteljica.",
   "Ministarstvo znanosti, obrazovanja i mladih navodi da je raspisan novi natječaj i da očekuje početak radova do jeseni.",
   "@S",
   ], ["Banovina", "Glina", "škole", "obnova"], series=True),

 A("drustvo", "dubrovnik-iznajmljivaci-dugorocni-najam-brojke",
   "Iznajmljivači u Dubrovniku prelaze na dugoročni najam? Brojke govore drukčije", [
   "Piše: Marin Jurić | Dubrovnik",
   "Nakon najava o višem paušalnom porezu na turistički najam, dio iznajmljivača u Dubrovniku poručivao je da će stanove ponuditi lokalnom stanovništvu za dugoročni najam. Godinu dana poslije, takvih oglasa u staroj gradskoj jezgri gotovo i nema.",
   "Prema podacima turističke zajednice, broj kreveta u privatnom smještaju u Dubrovniku u posljednjih je pet godina porastao za desetak posto. Istodobno je grad izgubio više od tisuću stanovnika.",
   "Medicinska sestra iz dubrovačke bolnice kaže da za jednosoban stan u Gružu plaća 750 eura mjesečno, od listopada do svibnja. »Ljeti moram van. Vlasnik ga tada daje turistima za 150 eura po noći.«",
   "Iznajmljivači tvrde da im se dugoročni najam ne isplati ni uz veći porez te da im nedostaje pravne zaštite od neplatiša.",
   "Grad je pokrenuo program priuštivog najma i gradi stanove za mlade obitelji, no prva zgrada bit će useljiva tek za dvije godine.",
   ], ["Dubrovnik", "stanovanje", "turizam", "najam"]),

 A("okolis", "losinj-ribari-srdela-toplije-more",
   "Ribari s Lošinja: srdele je svake godine manje, a more je sve toplije", [
   "Piše: Ivana Marković | Mali Lošinj",
   "Nikola Radoslović lovi ribu od petnaeste godine, kao i njegov otac. Ove zime njegova je plivarica izlazila na more jedanaest noći, a punih se mreža vratila samo dvaput.",
   "»Srdela se spustila dublje i otišla dalje. Ne znam gdje je, ali nije tamo gdje je bila«, kaže.",
   "Znanstvenici upozoravaju da su stokovi male plave ribe u Jadranu pod pritiskom zbog izlova, ali i zbog porasta temperature mora, koji mijenja raspored planktona kojim se srdela hrani.",
   "Kvote i zabrane",
   "Hrvatska i Italija posljednjih godina uvode sezonske zabrane i ograničavaju broj dana izlova. Ribari ih prihvaćaju, ali traže veće naknade za dane kad ne smiju loviti.",
   "Na Lošinju je prije dvadeset godina bilo tridesetak plivarica. Danas ih je sedam. Radoslović misli da će njegov sin, koji studira u Rijeci, biti prvi u obitelji koji neće loviti.",
   ], ["Lošinj", "ribarstvo", "Jadran", "klimatske promjene"]),

 A("rad", "medicinske-sestre-slavonija-irska-nepal",
   "Medicinske sestre iz Slavonije odlaze u Irsku, bolnice zapošljavaju iz Nepala i s Filipina", [
   "Piše: Petra Šimić | Osijek",
   "Iz opće bolnice u jednom slavonskom gradu u posljednje su tri godine otišle 43 medicinske sestre, većinom u Irsku, Njemačku i Austriju. Na njihova mjesta bolnica je ove godine prvi put zaposlila sestre iz Nepala i s Filipina.",
   "»Plaća u Irskoj je tri puta veća, a smjene su po pravilima. Ovdje sam radila po četiri noćne zaredom«, kaže Martina, koja danas radi u bolnici u Corku.",
   "Strane medicinske sestre moraju položiti ispit iz hrvatskog jezika i proći postupak priznavanja kvalifikacija. Do tada rade kao pomoćno osoblje.",
   "Hrvatska komora medicinskih sestara upozorava da sustavu nedostaje više od 4.000 sestara te da uvoz radne snage neće riješiti problem ako se ne poboljšaju uvjeti za one koji ostaju.",
   "Ministarstvo zdravstva navodi da je povećanje plaća medicinskim sestrama u 2024. već usporilo odlaske te najavljuje stipendije za učenike zdravstvenih škola.",
   ], ["zdravstvo", "medicinske sestre", "iseljavanje", "Slavonija"]),

 A("regija", "petrinja-crkve-skole-brze-od-kuca",
   "Četiri zime poslije: crkve i škole obnavljaju se brže od kuća, kažu mještani", [
   "Piše: Luka Babić | Petrinja",
   "Na glavnom trgu u Petrinji skela oko crkve svetog Lovre skinuta je prošlog ljeta. U ulicama oko trga, međutim, i dalje stoje kuće bez krovova, zatvorene drvenim pločama.",
   "Mještani s kojima smo razgovarali tvrde da se javne zgrade i sakralni objekti obnavljaju brže od privatnih kuća. »Lijepo je da se crkva sjaji, ali ja u nju idem jednom tjedno, a u kontejneru živim svaki dan«, kaže umirovljenik Josip.",
   "@S",
   "Za obnovu javnih zgrada i kulturne baštine velik dio novca dolazi iz Fonda solidarnosti Europske unije, koji ima stroge rokove potrošnje. Zato se ti projekti, objašnjavaju u ministarstvu, završavaju prioritetno.",
   "Privatne kuće obnavljaju se iz državnog proračuna i kredita, a postupak od zahtjeva do useljenja u prosjeku traje više od dvije godine.",
   ], ["Banovina", "Petrinja", "obnova", "EU fondovi"], series=True),

 A("politika", "zakon-o-lokalnim-izborima-izmjene-kritike",
   "Što donose izmjene zakona o lokalnim izborima i zašto ih kritiziraju", [
   "Piše: Marin Jurić",
   "Sabor je u petak izglasao izmjene Zakona o lokalnim izborima. Za je glasalo 78 zastupnika, protiv njih 51.",
   "Najveća promjena odnosi se na nezavisne liste: broj potpisa potrebnih za kandidaturu u gradovima većima od 100.000 stanovnika udvostručuje se, a potpisi se više neće moći prikupljati elektronički.",
   "Vladajući tvrde da se time sprječavaju zloupotrebe i »fantomske liste«. Oporba i nezavisni vijećnici odgovaraju da se građanskim inicijativama namjerno otežava ulazak u gradska vijeća.",
   "Udruge koje prate izbore upozoravaju i na rokove: izmjene stupaju na snagu samo nekoliko mjeseci prije lokalnih izbora, suprotno preporukama Venecijanske komisije.",
   "Dio oporbe najavio je da će zakon osporiti pred Ustavnim sudom.",
   ], ["Sabor", "lokalni izbori", "nezavisne liste"]),

 A("drustvo", "vukovar-dnevna-bolnica-demencija",
   "Kako je Vukovar dobio prvi dnevni centar za osobe s demencijom", [
   "Piše: Ana Perić | Vukovar",
   "Svakog jutra u osam sati kombi doveze Đuru (79) do zgrade bivšeg vrtića na Olajnici. Ondje do tri popodne slaže slagalice, pjeva, pomaže u vrtu i ruča s još petnaestak ljudi koji, kao i on, boluju od demencije.",
   "Dnevni centar otvoren je prošle jeseni, nakon što su ga dvije godine tražile obitelji oboljelih okupljene u udruzi. Financira se iz europskih fondova i gradskog proračuna.",
   "»Prije sam ga morala zaključavati u kući kad idem u dućan. Sad imam šest sati u kojima mogu disati«, kaže Đurina kći Snježana.",
   "U Hrvatskoj s demencijom živi oko 100.000 ljudi, a procjenjuje se da će ih do 2050. biti dvostruko više. Dnevnih centara specijaliziranih za demenciju ima tek desetak, većinom u Zagrebu.",
   "Centar ima listu čekanja od trideset imena. Grad najavljuje da bi se kapacitet sljedeće godine mogao udvostručiti.",
   ], ["Vukovar", "demencija", "skrb za starije"]),

 A("kultura", "zagrebacki-antikvarijati-mladi-poezija",
   "Zagrebački antikvarijati: »Mladi kupuju, ali uglavnom poeziju«", [
   "Piše: Ana Perić",
   "U antikvarijatu u Masarykovoj ulici police sežu do stropa, a najtraženije su one najniže, uz pod: ondje stoje zbirke poezije po dva eura.",
   "»Studenti dođu, sjednu na pod i čitaju sat vremena. Onda kupe dvije knjige Tina i jednu Cesarića«, kaže vlasnik Zlatko Horvat, koji u antikvarijatu radi trideset godina.",
   "Antikvari primjećuju da se publika pomladila, ali da mladi kupuju drukčije: manje enciklopedija i kompleta, više tankih knjiga koje stanu u ruksak i dobro izgledaju na fotografijama.",
   "Društvene mreže tu imaju svoju ulogu. Na TikToku i Instagramu kruže videi mladih Zagrepčana koji pokazuju svoje »ulove« iz antikvarijata.",
   "Horvat ne zna hoće li to spasiti posao. Najam mu je u posljednje dvije godine porastao za trećinu. »Poezija se ne prodaje po cijeni stana u centru«, kaže.",
   ], ["knjige", "antikvarijati", "Zagreb", "poezija"]),

 A("regija", "majstori-odlaze-cijene-rastu-zamjenske-kuce",
   "Četiri zime poslije: majstori odlaze, cijene rastu — tko zapravo gradi zamjenske kuće", [
   "Pišu: Luka Babić i Petra Šimić",
   "Na gradilištu zamjenske kuće kraj Petrinje radi šest ljudi. Dvojica su iz Bosne i Hercegovine, trojica iz Nepala, jedan iz Sirije. Hrvat je samo poslovođa.",
   "Izvođači na Banovini kažu da bez stranih radnika obnova ne bi išla ni ovim tempom. Domaći majstori odlaze na bolje plaćene poslove u Zagreb ili u inozemstvo.",
   "@S",
   "Cijena gradnje zamjenske kuće, koju plaća država, od 2021. porasla je za gotovo 60 posto. Dio rasta objašnjava se skupljim materijalom, a dio, upozoravaju stručnjaci, slabom konkurencijom na natječajima.",
   "Na pojedinim natječajima javio se samo jedan ponuditelj. U državnom uredu za obnovu tvrde da su cijene u skladu s tržištem i da se svaki ugovor provjerava.",
   "Radnici na gradilištu zamjenske kuće u selu kraj Petrinje. Foto: Luka Babić",
   ], ["Banovina", "obnova", "strani radnici", "javna nabava"], series=True),

 A("okolis", "neretva-susa-mandarine-more-u-kanalima",
   "Suša na Neretvi: mandarine dozrijevaju, ali more ulazi u kanale", [
   "Piše: Ivana Marković | Opuzen",
   "U dolini Neretve berba mandarina ove je jeseni počela ranije nego inače. Plodovi su sitniji, ali slađi. Proizvođače ne brine ovogodišnji urod, nego voda kojom će zalijevati sljedeće godine.",
   "Nakon sušnog ljeta i niskog vodostaja rijeke morska voda prodrla je duboko u kanale kojima se navodnjavaju nasadi. Mjerenja su u dijelu kanala pokazala slanost štetnu za stabla.",
   "»Ako zalijemo slanom vodom, stablo ti to pokaže tek za dvije godine. Onda je kasno«, kaže proizvođač Ante Vuletić iz Opuzena.",
   "Brana protiv prodora mora na ušću postoji, ali proizvođači tvrde da ne štiti sve kanale. Hrvatske vode najavljuju nove pregrade i sustav praćenja slanosti u stvarnom vremenu.",
   "Klimatolozi upozoravaju da će ljeta s niskim vodostajem biti sve češća, a dolina Neretve, velikim dijelom na razini mora, spada među najosjetljivija područja u Hrvatskoj.",
   ], ["Neretva", "suša", "poljoprivreda", "klimatske promjene"]),

 A("rad", "djakovo-radnici-tvornice-presuda-sedam-godina",
   "Radnici tvornice obuće u Đakovu dobili presudu nakon sedam godina", [
   "Piše: Petra Šimić | Đakovo",
   "Županijski sud potvrdio je presudu kojom se bivšoj tvornici obuće nalaže da 62 radnika isplati neisplaćene plaće i doprinose iz 2017. i 2018. godine. S kamatama iznos prelazi 900.000 eura.",
   "Radnici su tužbu podnijeli nakon što su mjesecima radili bez plaće, a tvornica je potom otišla u stečaj. »Sedam godina. Neki od nas nisu dočekali presudu«, kaže bivša radnica Mirjana.",
   "Hoće li novac zaista stići, nije jasno. Stečajna masa je mala, a dio imovine već je prodan.",
   "Sindikat koji je vodio postupak upozorava da slučaj pokazuje koliko sporo rade sudovi u radnim sporovima, koji u prvom stupnju u prosjeku traju više od dvije godine.",
   "Mirjana danas radi u trgovini. Presudu je, kaže, uokvirila. »Za unuke. Da znaju da se isplati ne odustati.«",
   ], ["Đakovo", "radnička prava", "stečaj", "pravosuđe"]),

 A("regija", "petrinja-cetvrta-zima-grad-skela",
   "Četiri zime poslije: Petrinja, grad koji se navikao na skele", [
   "Piše: Luka Babić | Petrinja",
   "Kad se vozite kroz Petrinju, prvo što vidite nisu ruševine, nego skele. Na školama, na zgradama uz Kupu, na kući pokraj kuće. Grad je četvrtu zimu nakon potresa veliko gradilište.",
   "Na mjestima srušenih kuća niknule su nove, sve slične: prizemnice s četverostrešnim krovom i bijelim fasadama. Mještani ih zovu »državne«.",
   "»Dobili smo kuću, hvala Bogu. Ali ulica više ne izgleda kao moja ulica«, kaže Marija, koja je u novu kuću uselila u studenom.",
   "Gradonačelnik ističe da je broj stanovnika prestao padati i da su se u grad doselile obitelji s djecom. Podaci o prebivalištu pokazuju blagi rast u posljednjoj godini, ali i dalje manje stanovnika nego prije potresa.",
   "@S",
   "Ovim tekstom završavamo serijal. Na Banovinu se vraćamo sljedeće zime — i nadamo se da će tada kontejnera biti manje.",
   ], ["Banovina", "Petrinja", "obnova", "potres"], series=True),

 A("drustvo", "osijek-gradski-vrtovi-lista-cekanja",
   "Gradski vrtovi u Osijeku: lista čekanja duža je od popisa parcela", [
   "Piše: Ana Perić | Osijek",
   "Na rubu osječkog naselja Jug II, između zgrada i obilaznice, nalazi se 120 parcela od po 50 kvadrata. Na svakoj netko uzgaja rajčice, papriku, luk ili cvijeće. Na listi čekanja je 340 imena.",
   "Grad je gradske vrtove otvorio 2016. i parcele dodjeljuje na pet godina uz simboličnu naknadu. Prednost imaju umirovljenici, obitelji s djecom i korisnici socijalne pomoći.",
   "»Dvije godine sam čekala. Sad ovdje provodim svako popodne od travnja do listopada«, kaže umirovljenica Ljubica, pokazujući gredicu s blitvom.",
   "Vrtlari sami organiziraju dežurstva, zalijevanje i razmjenu sjemena. Jednom mjesečno pod nadstrešnicom održavaju radionice za djecu iz obližnje škole.",
   "Grad najavljuje nove vrtove u Retfali i Donjem gradu, ali lokacije još nisu određene.",
   ], ["Osijek", "gradski vrtovi", "zajednica"]),
]

# older stories of the site that only appear in related-story boxes
EXTRA = [
    "Kome pripada obala: pet godina od zakona koji nikad nije donesen",
    "Riječka kina u centru grada i dalje čekaju novu namjenu",
    "Knjižnice bilježe sve više članova, a sve manje knjižničara",
    "Istarski maslinari nakon tuče: što se može spasiti",
    "Zašto u Zagrebu nema mjesta u vrtićima, a u Slavoniji ih zatvaraju",
    "Sezonski radnici iz Azije: tko ih zapošljava i gdje spavaju",
    "Tko financira lokalne portale i zašto to čitatelji ne znaju",
    "Šume Gorskog kotara godinu dana nakon ledoloma",
    "Zadar i kruzeri: grad koji broji putnike, a ne stanovnike",
]

# ------------------------------------------------------------------ template
MENU = "Naslovnica · Društvo · Politika · Okoliš · Rad · Kultura · Regija · Istraživanja · Podcast"
COOKIE = [
    m("cookie", "Procjep koristi samo nužne kolačiće i anonimnu statistiku posjećenosti. Vaše podatke ne prodajemo oglašivačima."),
    m("cookie", "Ako pristanete, koristit ćemo i kolačiće trećih strana za prikaz videa i objava s društvenih mreža."),
    m("cookie", "Prihvaćam sve"),
    m("cookie", "Samo nužni"),
    m("cookie", "Postavke kolačića"),
]
SHARE = m("share", "Podijeli: Facebook · X · WhatsApp · Viber · Telegram · Kopiraj poveznicu")
NEWS_A = m("newsletter", "Petkom ujutro šaljemo pet tekstova tjedna koje ne biste smjeli propustiti. Bez reklama i bez spama.")
NEWS_B = m("newsletter", "Ne želite ovisiti o algoritmima društvenih mreža? Pretplatite se na Procjepov tjedni pregled.")
NEWS_FIELD = m("newsletter", "Vaša e-mail adresa")
NEWS_BTN = m("newsletter", "Pretplati me")
PODCAST = m("audio", "Poslušajte podcast »Na rubu«: svakog drugog četvrtka razgovaramo s ljudima o kojima se rijetko govori na televiziji.")
SOCIAL = m("social", "Pratite nas na Facebooku, Instagramu, Blueskyju i Mastodonu.")
FUND = m("legal", "Serijal »Četiri zime poslije« sufinanciran je sredstvima Fonda za poticanje pluralizma i raznovrsnosti elektroničkih medija.")
FOOT_NAV = m("navigation", "O nama · Impresum · Financiranje · Kontakt · Pravila komentiranja")
LEGAL1 = m("legal", "© 2025. Procjep. Tekstovi su objavljeni pod licencom CC BY-NC-ND 4.0: preuzmite ih uz navođenje autora i poveznicu na izvornik.")
LEGAL2 = m("legal", "Izdavač: Udruga Procjep, Zagreb · Uvjeti korištenja · Zaštita privatnosti")
CAMPAIGN_PAGES = {6, 7, 8, 9, 10}


def reading_minutes(lines):
    words = sum(len(x.split()) for x in lines)
    return max(2, -(-words // 95))


def appeal_block(i, n):
    out = [m("appeal", "Drage čitateljice, dragi čitatelji,"),
           m("appeal", "Procjep je neovisan, neprofitan i besplatan za čitanje. Tako želimo i ostati.")]
    if i % 2 == 0:
        out.append(m("appeal", "Ne primamo novac od političkih stranaka, a oglase smo izbacili 2021. Naš rad plaćate vi."))
    else:
        out.append(m("appeal", "Svaki tekst koji ste danas pročitali platili su naši čitatelji, a ne oglašivači ni političari."))
    out.append(m("appeal", f"Broj podupiratelja ovog mjeseca: {thousands(n, '.')}. Cilj nam je 1.000."))
    out += [m("appeal", "3 €"), m("appeal", "7 €"), m("appeal", "15 €"), m("appeal", "Drugi iznos")]
    out += [m("appeal", "Doniraj jednokratno"), m("appeal", "Postani mjesečni podupiratelj")]
    return out


def campaign(i, R):
    got = 11840 + (i - 6) * 415 + R.randint(0, 90)
    return [m("appeal", "Procjep 10: deset godina neovisnog novinarstva. Skupljamo 20.000 € za novu istraživačku desku."),
            m("appeal", f"Do sada prikupljeno: {thousands(got, '.')} € od 20.000 €"),
            m("appeal", "Pridruži se kampanji")]


def build(i):
    a = ARTS[i]
    R = random.Random(4400 + i)
    n = 598 + i * 14 + R.randint(0, 9)
    body, prot = expand(a, series_block)
    L = []
    no_cookie = i in (4, 11, 14)
    cookie_top = not no_cookie and i % 2 == 0
    if cookie_top:
        L += COOKIE
    L.append(m("navigation", MENU))
    L.append(m("ui", "Pretraži"))
    L.append(m("appeal", "Podrži Procjep"))
    L.append(m("navigation", f"Procjep / {SECL[a.sec]}"))
    if a.series:
        L.append(m("navigation", "Serijal: Četiri zime poslije"))
    L.append(a.title)
    L.append(body[0])
    L.append(m("ui", f"Vrijeme čitanja: {reading_minutes(body)} min"))
    if i not in (3, 12):
        L.append(SHARE)
    rest, rprot = body[1:], {p - 1 for p in prot}
    k = len(rest)
    inserts = []
    other = ARTS[(i + 11) % 18]
    if i not in (5, 13):
        inserts.append((max(1, k // 2 - 1), [m("related", f"Pročitajte i: {other.title}")]))
    mid_news = i % 4 != 3
    if mid_news:
        inserts.append((k - 2, [NEWS_A if i % 2 == 0 else NEWS_B, NEWS_FIELD, NEWS_BTN]))
    L += weave(rest, rprot, inserts)
    if a.series:
        L.append(FUND)
    L.append(m("navigation", "Oznake: " + ", ".join(a.tags)))
    if i % 3 == 1:
        L.append(SHARE)

    appeal = appeal_block(i, n)
    if i in CAMPAIGN_PAGES:
        appeal = campaign(i, R) + appeal
    rel = [m("related", "Još s Procjepa")] + [m("related", t) for t in rotate_related(ARTS, EXTRA, i, exclude=(other.title,))]
    trailer_news = [] if mid_news else [NEWS_A if i % 2 else NEWS_B, NEWS_FIELD, NEWS_BTN]
    pod = [PODCAST] if i % 3 == 2 else []
    nc = R.randint(0, 57)
    comments = [] if i in (0, 9) else [
        m("comments", f"Komentari ({nc})"),
        (m("comments", "Komentare moderiramo. Uvrede, govor mržnje i oglase brišemo bez upozorenja.")
         if i % 2 == 0 else
         m("comments", "Prije komentiranja pročitajte pravila. Komentari se objavljuju nakon odobrenja moderatora.")),
    ]
    if i % 5 == 2:
        L += rel + appeal + trailer_news + pod + [SOCIAL] + comments
    else:
        L += appeal + trailer_news + [SOCIAL] + pod + rel + comments
    if not no_cookie and not cookie_top:
        L += COOKIE
    L += [FOOT_NAV, LEGAL1, LEGAL2]
    return a, L
