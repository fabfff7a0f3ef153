"""sb15-tl: Bandilyo, a made-up independent Filipino-language news site."""
from common import (mark, expand, words, readmore_targets, related_pages,
                    parse_articles, is_series)

CODE = "tl"
LANG = "tl"
HOST = "www.bandilyo.ph"

# Running series "Huling Biyahe?" on the jeepney phaseout (PUV modernization).
SERIES = {
    "a": "Sa ilalim ng Public Utility Vehicle Modernization Program (PUVMP) na inilunsad noong 2017, kinakailangang sumali ang mga operator ng tradisyunal na jeep sa mga kooperatiba o korporasyon, at kalaunan ay palitan ang kanilang mga sasakyan ng mga modernong yunit na pasado sa pamantayan ng gobyerno.",
    "b": "Nagkakahalaga ng ₱2.4 milyon hanggang ₱2.8 milyon ang isang modern jeepney — halagang sinasabi ng maraming tsuper at maliliit na operator na hindi nila kayang bayaran kahit may subsidiya at pautang mula sa gobyerno.",
    "c": "Ayon sa mga grupo ng transportasyon, libu-libong tsuper ang nanganganib mawalan ng kabuhayan kapag tuluyang ipinagbawal ang pamamasada ng mga jeep na hindi nakapag-consolidate.",
    "c2": "Ayon sa mga grupo ng transportasyon, libu-libong tsuper ang maaaring mawalan ng kabuhayan kapag tuluyang ipinagbawal ang pamamasada ng mga jeep na hindi nakapag-consolidate.",
    "f": "Hotline ng LTFRB para sa mga tanong at reklamo tungkol sa prangkisa: 1342.",
}

ARTICLES_RAW = r"""
ekonomiya | presyo-ng-bigas-sa-metro-manila-bumaba | bigas, presyo ng bilihin, palengke, Department of Agriculture
Presyo ng bigas sa ilang palengke sa Metro Manila, bumaba ng ₱3 kada kilo
Ni Carmela Santos
Bahagyang nakahinga ang mga mamimili matapos bumaba ng ₱2 hanggang ₱3 kada kilo ang presyo ng lokal na bigas sa ilang pamilihan sa Metro Manila ngayong linggo.
Sa isang malaking palengke sa Quezon City, nabibili na sa ₱48 ang kada kilo ng regular milled rice na dating ₱51. Ang well-milled rice naman ay nasa ₱52 hanggang ₱54.
Ayon sa mga tindero, dumami ang suplay dahil sa anihan sa Gitnang Luzon at sa pagdating ng inangkat na bigas. “Medyo lumuwag na. Noong isang buwan, halos wala kaming kita kasi mahal ang kuha namin sa bodega,” sabi ni Aling Nena Villanueva, na 20 taon nang nagtitinda ng bigas.
Pero para sa mga mamimili, malayo pa rin ito sa ipinangakong ₱20 kada kilo. “Kulang pa rin. Limang kilo isang linggo ang nauubos namin, anim kami sa bahay,” ani Rodel Manalo, isang tricycle driver.
Inaasahan ng Department of Agriculture na mananatiling matatag ang presyo hanggang Disyembre, basta't walang malakas na bagyong tatama sa mga pangunahing taniman ng palay.
====
palakasan | batang-boksingero-mula-gensan-nag-uwi-ng-ginto | boksing, General Santos City, Asian Youth Championships, Team Pilipinas
Batang boksingero mula GenSan, nag-uwi ng ginto sa Asian Youth Championships
Ni Paolo Reyes
Isang 17-anyos na boksingero mula General Santos City ang nagbigay ng ginto sa Pilipinas matapos talunin ang pambato ng Kazakhstan sa finals ng flyweight division ng Asian Youth Boxing Championships sa Bangkok, Thailand.
Nanalo si Jerome “Bunso” Alcantara via unanimous decision matapos ang tatlong round ng bakbakan. Sa ikatlong round, dalawang beses niyang napaatras ang kalaban sa sunud-sunod na kombinasyon sa katawan.
Anak ng isang mangingisda, nagsimulang mag-ensayo si Alcantara sa edad na 11 sa isang maliit na gym sa Barangay Labangal. Madalas daw siyang tumakbo sa tabing-dagat bago pumasok sa eskwela.
“Para po ito sa pamilya ko at sa lahat ng batang boksingero sa GenSan. Kaya natin,” emosyonal na pahayag ni Alcantara matapos ang laban.
Bukod sa ginto ni Alcantara, nakakuha rin ang koponan ng Pilipinas ng dalawang pilak at tatlong tanso sa torneo. Inaasahang darating ang delegasyon sa NAIA sa Huwebes ng gabi.
Itinaas ni Jerome Alcantara ang watawat ng Pilipinas matapos ang kanyang panalo. Larawan mula sa kanyang coach
====
transportasyon | huling-pasada-mga-tsuper-sa-cubao-nangangamba | jeepney phaseout, PUV modernization, Cubao, Huling Biyahe
Huling pasada? Mga tsuper sa Cubao, nangangamba sa pagtatapos ng prangkisa
Ni Jomar Dizon
Alas-kuwatro pa lang ng madaling-araw ay nakapila na ang jeep ni Mang Ernesto Pacheco sa terminal sa Cubao. Tatlumpu't dalawang taon na siyang namamasada sa rutang Cubao–Fairview, at ngayon lang daw siya kinabahan nang ganito.
Hindi nakasali sa kooperatiba ang operator ng jeep na minamaneho niya. Kaya pagsapit ng katapusan ng buwan, maaaring hindi na ito payagang bumiyahe.
“Saan ako pupulutin? Animnapu't isang taon na ako, sino pa ang tatanggap sa akin?” tanong niya habang inaayos ang mga barya sa lalagyan sa dashboard.
@SERIES a b c f
Ayon sa isang dispatcher sa terminal, halos kalahati ng mga jeep sa ruta ang hindi pa consolidated. Kapag nawala ang mga ito, inaasahang hahaba ang pila ng mga pasahero tuwing rush hour.
Sa ngayon, nakikiusap si Mang Ernesto na huwag munang ipatupad ang phaseout. “Hindi kami kontra sa pagbabago. Ang hinihingi lang namin, isama kami,” aniya.
====
probinsya | libu-libong-pamilya-sa-catanduanes-lumikas | bagyo, Catanduanes, evacuation, PAGASA
Mahigit 12,000 pamilya sa Catanduanes, lumikas dahil sa bagyong Mirasol
Ni Liza Abad
Mahigit 12,000 pamilya sa Catanduanes ang inilikas sa mga evacuation center bago pa man tumama sa lalawigan ang bagyong Mirasol nitong Sabado ng gabi.
Itinaas ng PAGASA ang Signal No. 4 sa buong isla habang papalapit ang bagyo na may lakas ng hanging aabot sa 185 kilometro kada oras. Pinatigil din ang biyahe ng mga barko at bangka mula Virac at San Andres patungong Tabaco.
Sa isang barangay sa Virac, nagsiksikan ang halos 300 residente sa isang pampublikong paaralan. “Dinala na lang namin ang mga bata at kaunting damit. Iniwan namin ang bahay, bahala na ang Diyos,” kuwento ni Marites Tablizo, 38.
Ayon sa provincial disaster risk reduction and management office, may sapat na family food packs para sa unang tatlong araw. Pero nanawagan sila ng dagdag na inuming tubig at tarpaulin.
Pinaghahanda rin ang mga residente sa mabababang lugar sa Albay at Camarines Sur dahil sa posibleng pagbaha at pagguho ng lupa.
====
global-pinoy | ofw-na-nakulong-sa-kuwait-nakauwi-na | OFW, Kuwait, DMW, kasambahay
OFW na nakulong sa Kuwait dahil sa maling akusasyon, nakauwi na
Ni Carmela Santos
Naluha sa tuwa ang pamilya ni Lorna Bautista, 42, nang salubungin siya sa NAIA Terminal 1 nitong Martes ng hapon matapos ang walong buwang pagkakakulong sa Kuwait.
Inakusahan si Bautista ng kanyang dating amo ng pagnanakaw ng alahas. Pero napatunayan ng korte na walang sapat na ebidensya laban sa kanya — natagpuan pala ang mga alahas sa loob mismo ng bahay.
“Gabi-gabi akong nagdadasal. Ang iniisip ko lang, baka hindi ko na makita ang mga anak ko,” sabi ni Bautista, na taga-Cabanatuan, Nueva Ecija.
Tinulungan siya ng embahada ng Pilipinas sa abogado at sa pagpapauwi. Nakatanggap din siya ng tulong pinansyal at pangkabuhayan mula sa Department of Migrant Workers.
Sabi ni Bautista, hindi na siya babalik sa pagiging kasambahay sa ibang bansa. Balak niyang magtayo ng maliit na karinderya sa kanilang bayan.
====
transportasyon | kooperatiba-sa-bulacan-baon-sa-utang | jeepney phaseout, kooperatiba, Bulacan, Huling Biyahe
Kooperatiba sa Bulacan, baon sa utang matapos bumili ng modern jeepney
Ni Jomar Dizon
Noong 2021, kabilang ang isang transport cooperative sa Malolos, Bulacan sa mga unang sumunod sa programa ng gobyerno. Bumili sila ng 25 modern jeepney sa pamamagitan ng pautang sa bangko.
Pagkalipas ng tatlong taon, hirap na silang magbayad. Ayon sa chairman ng kooperatiba na si Arnel Cruz, halos ₱1.2 milyon kada buwan ang hinuhulugan nila, habang bumaba ang kita dahil sa mahal na diesel at piyesa.
@SERIES a b f
“Akala namin, sapat ang kikitain para sa hulog. Pero kapag may sira ang isang unit, dalawang linggo itong nakatengga dahil galing pa sa ibang bansa ang piyesa,” paliwanag ni Cruz.
Humihiling ang kooperatiba sa gobyerno ng mas mahabang palugit sa pagbabayad at mas malaking subsidiya para sa bawat yunit.
====
metro | malabon-at-navotas-lubog-pa-rin-sa-baha | baha, Malabon, Navotas, leptospirosis
Ilang bahagi ng Malabon at Navotas, lubog pa rin sa baha
Ni Rachelle Mendoza
Lubog pa rin sa tubig-baha ang ilang barangay sa Malabon at Navotas kahit dalawang araw nang tumigil ang malakas na ulan, dahil sumabay ang high tide.
Sa ilang kalye sa Malabon, hanggang baywang ang baha. Gumagamit ng bangka at salbabida ang mga residente para makalabas at makabili ng pagkain.
“Sanay na kami sa baha, pero ngayon, ayaw humupa. Tatlong araw na kaming hindi makapasok sa trabaho,” reklamo ni Jun Salazar, isang construction worker.
Ayon sa lokal na pamahalaan, tuloy-tuloy ang operasyon ng mga pumping station, pero hindi ito sapat kapag mataas ang tubig sa dagat. Naglagay din sila ng mga sandbag sa mabababang lugar.
Pinapaalalahanan ng mga health worker ang mga residente na magpatingin agad kapag nakaramdam ng lagnat at pananakit ng kalamnan matapos lumusong sa baha, dahil sa panganib ng leptospirosis.
====
kalusugan | kaso-ng-dengue-sa-quezon-city-tumaas | dengue, Quezon City, kalusugan, health center
Kaso ng dengue sa Quezon City, tumaas ng 40 porsyento
Ni Liza Abad
Tumaas ng halos 40 porsyento ang bilang ng kaso ng dengue sa Quezon City mula Enero hanggang unang linggo ng Nobyembre kumpara sa parehong panahon noong nakaraang taon, ayon sa epidemiology unit ng lungsod.
Karamihan sa mga tinamaan ay mga batang edad 5 hanggang 14. Pinakamaraming kaso ang naitala sa mga barangay sa District 2 at District 4.
Muling pinaalalahanan ng lungsod ang publiko na linisin ang mga lugar na pinamumugaran ng lamok gaya ng mga lumang gulong, paso at baradong kanal, lalo na ngayong tag-ulan.
“Kapag tatlong araw nang may lagnat ang anak ninyo, huwag nang hintaying lumala. Dalhin agad sa health center,” payo ni Dr. Ramon Ilagan, isang pediatrician sa isang pampublikong ospital.
Libre ang dengue test sa lahat ng health center ng lungsod.
====
libangan | indie-film-tungkol-sa-laguna-de-bay-wagi-sa-korea | pelikula, indie film, Laguna de Bay, Binangonan
Indie film tungkol sa mga mangingisda ng Laguna de Bay, wagi sa South Korea
Ni Bea Manalastas
Nanalo ng pangunahing parangal sa isang international film festival sa South Korea ang pelikulang “Lawa,” ang unang full-length na pelikula ng direktor na si Karl Villamor.
Sinusundan ng pelikula ang isang pamilya ng mangingisda sa Binangonan, Rizal habang unti-unting nawawala ang kanilang kabuhayan dahil sa polusyon at sa mga fish pen ng malalaking negosyante.
Halos lahat ng gumanap ay hindi propesyonal na aktor kundi mga tunay na mangingisda at kanilang mga anak. Kinunan ito sa loob ng 18 araw gamit ang maliit na budget mula sa isang grant.
“Gusto kong makita ng mga tao na may buhay sa lawa na hindi natatanaw mula sa Maynila,” sabi ni Villamor sa kanyang acceptance speech.
Ipapalabas ang “Lawa” sa mga piling sinehan sa bansa sa susunod na taon. Wala pang petsa kung kailan ito mapapanood sa streaming.
====
transportasyon | pila-sa-terminal-humaba-kakulangan-ng-jeep | jeepney phaseout, commuters, Pasig, Huling Biyahe
Pila sa terminal, humaba: Mga pasahero, ramdam na ang kakulangan ng jeep
Ni Rachelle Mendoza
Isang oras at kalahati. Ganito katagal naghintay si Joanna Reyes, isang call center agent, para makasakay pauwi mula Ortigas papuntang Pasig nitong Lunes ng gabi.
@SERIES a c f
Simula nang tumigil sa pagbiyahe ang ilang unconsolidated na jeep sa ruta, napansin ng mga pasahero na humaba ang pila sa mga terminal, lalo na tuwing rush hour.
Napipilitang sumakay ang ilan sa mas mahal na UV Express, tricycle o motorcycle taxi. “Halos doble na ang gastos ko sa pamasahe. Saan ko kukunin iyon?” tanong ni Reyes.
Sinabi ng LTFRB na magbubukas sila ng mga bagong ruta para sa mga modern jeepney at magdadagdag ng bus sa ilang lugar para punan ang kakulangan.
====
ekonomiya | rollback-sa-presyo-ng-diesel-at-gasolina | presyo ng langis, rollback, diesel, DOE
Rollback sa presyo ng diesel at gasolina, ipatutupad sa Martes
Ni Carmela Santos
May magandang balita para sa mga motorista: magpapatupad ng rollback ang mga kompanya ng langis simula Martes ng umaga.
Bababa ng ₱1.10 kada litro ang presyo ng diesel, ₱0.85 ang gasolina, at ₱0.90 ang kerosene, ayon sa abiso ng ilang oil company.
Ayon sa Department of Energy, dulot ito ng paggalaw ng presyo ng krudo sa pandaigdigang merkado sa nakalipas na linggo.
Pero para sa mga tsuper, maliit pa rin ang ginhawa. “Piso lang, pero salamat na rin. Tatlong beses na tayong nagtaas bago ito,” sabi ni Ramil Garcia, tsuper ng jeep sa Maynila.
Inaasahang magpapatuloy ang paggalaw ng presyo sa mga susunod na linggo depende sa sitwasyon sa Gitnang Silangan.
====
probinsya | mangingisda-sa-zambales-itinaboy | mangingisda, Zambales, West Philippine Sea, Bajo de Masinloc
Mangingisda sa Zambales: “Itinaboy kami sa sarili naming dagat”
Ni Paolo Reyes
Hindi na makapangisda nang maayos ang ilang mangingisda mula Masinloc, Zambales matapos umano silang itaboy ng barko ng China Coast Guard malapit sa Bajo de Masinloc nitong nakaraang linggo.
Ayon kay Romeo Dela Peña, 54, kapitan ng isang bangkang pangisda, sinundan sila ng barko ng China at paulit-ulit na binusinahan hanggang mapilitan silang umalis. “Dati, isang linggo lang kami sa laot, puno na ang bangka. Ngayon, umuuwi kaming lugi,” aniya.
Kinumpirma ng Philippine Coast Guard na nakatanggap sila ng ulat tungkol sa insidente at nagpadala sila ng barko sa lugar para magbantay.
Humihiling ang mga mangingisda ng fuel subsidy at proteksyon habang nasa laot. Ayon naman sa lokal na pamahalaan, magbibigay sila ng tulong pinansyal sa mga apektadong pamilya.
Ang bangka ni Romeo Dela Peña sa dalampasigan ng Masinloc. Kuha ni Paolo Reyes
====
transportasyon | tigil-pasada-ikinasa-ng-transport-groups | tigil-pasada, transport strike, LTFRB, Huling Biyahe
Tigil-pasada, ikinasa ng mga transport group sa susunod na linggo
Ni Jomar Dizon
Magsasagawa ng tatlong araw na tigil-pasada ang ilang grupo ng mga tsuper at operator simula Lunes bilang protesta laban sa nalalapit na deadline ng franchise consolidation.
Ayon sa mga organizer, inaasahang lalahok ang libu-libong jeep sa Metro Manila, Cavite, Laguna at Rizal. Magkakaroon din ng caravan papunta sa tanggapan ng LTFRB sa East Avenue, Quezon City.
Nagdeklara na ang ilang lokal na pamahalaan ng suspensyon ng face-to-face classes at naghanda ng libreng sakay gamit ang mga sasakyan ng munisipyo at ng pulisya.
Sinabi naman ng LTFRB na bukas pa rin sila sa dayalogo, pero wala silang balak na muling palawigin ang deadline.
@SERIES a b c2 f
====
edukasyon | kulang-sa-silid-aralan-tatlong-shift-sa-rizal | DepEd, classroom shortage, San Mateo, edukasyon
Kulang sa silid-aralan: Mga estudyante sa Rizal, tatlong shift na ang pasok
Ni Bea Manalastas
Sa isang pampublikong high school sa San Mateo, Rizal, hinahati na sa tatlong shift ang pasok ng mga estudyante dahil sa kakulangan ng silid-aralan.
Nagsisimula ang unang shift ng alas-sais ng umaga, habang natatapos ang huling shift ng alas-siyete ng gabi. Umaabot sa 55 hanggang 60 estudyante ang nasa bawat classroom.
“Hindi na namin maibigay ang atensyong kailangan ng bawat bata. Minsan, nakatayo ang ilan sa likod kasi kulang ang upuan,” kuwento ng isang guro na tumangging magpakilala.
Kinikilala ng Department of Education ang kakulangan ng libu-libong classroom sa buong bansa, at sinabing prayoridad ang pagpapatayo ng mga bagong gusali sa susunod na budget.
Samantala, nag-aalala ang mga magulang sa kaligtasan ng mga anak nilang umuuwi nang gabi. Nagsasalitan ang ilan sa kanila sa pagsundo sa paaralan.
====
metro | aberya-sa-mrt-3-pasahero-pinababa-sa-riles | MRT-3, commuters, aberya, EDSA
Aberya sa MRT-3: Daan-daang pasahero, pinababa at pinalakad sa riles
Ni Rachelle Mendoza
Naglakad sa riles ang daan-daang pasahero ng MRT-3 nitong Huwebes ng umaga matapos tumirik ang isang tren sa pagitan ng Guadalupe at Buendia stations.
Ayon sa pamunuan ng MRT-3, nagkaproblema ang sistema ng kuryente ng tren bandang alas-siyete ng umaga, kasagsagan ng rush hour. Ipinatupad ang provisional service mula North Avenue hanggang Shaw Boulevard habang inaayos ang aberya.
“Sobrang init sa loob, halos 20 minuto kaming nakakulong bago kami pinababa,” kuwento ni Michelle Tan, isang nurse na papasok sana sa trabaho sa Makati.
Bumalik sa normal ang operasyon bandang alas-nuwebe. Humingi ng paumanhin ang pamunuan at sinabing iimbestigahan ang sanhi ng aberya.
====
palakasan | lady-stingrays-ng-batangas-kampeon | volleyball, Batangas, women's volleyball, kampeonato
Lady Stingrays ng Batangas, kampeon matapos ang five-set thriller
Ni Paolo Reyes
Nakuha ng Batangas Lady Stingrays ang kampeonato ng Luzon Women's Volleyball Invitational matapos talunin ang Pampanga Queens sa isang five-set thriller, 25-22, 21-25, 23-25, 25-19, 15-12, sa Batangas City.
Nanguna para sa Stingrays si Andrea Macaraig na may 27 puntos, kabilang ang match point na isang malakas na spike mula sa kaliwang bahagi ng court.
Bumawi ang Queens sa ikalawa at ikatlong set sa pangunguna ng kanilang middle blocker na si Jessa Lim, pero hindi nila napigilan ang ratsada ng Stingrays sa huling dalawang set.
“Para po ito sa buong Batangas. Hindi kami sumuko kahit lamang sila,” sabi ni Macaraig, na tinanghal ding Most Valuable Player ng torneo.
Mahigit 6,000 manonood ang pumuno sa coliseum, karamihan ay nakasuot ng dilaw na jersey ng home team.
====
transportasyon | senado-resolusyon-suspendihin-jeepney-phaseout | jeepney phaseout, Senado, DOTr, Huling Biyahe
Mga senador, naghain ng resolusyon para suspendihin ang jeepney phaseout
Ni Jomar Dizon
Naghain ng resolusyon ang ilang senador na humihiling sa Department of Transportation na pansamantalang suspendihin ang pagpapatupad ng PUV modernization habang nirerepaso ang programa.
Sa isang pagdinig sa Senado, inamin ng mga opisyal ng LTFRB na mahigit 30 porsyento pa ng mga ruta ang kulang sa consolidated na sasakyan.
@SERIES a b c f
“Hindi natin puwedeng ipagpalit ang kabuhayan ng mga tsuper sa isang programang hindi pa handa,” sabi ng isa sa mga senador sa kanyang privilege speech.
Iginiit naman ng DOTr na kailangan ang modernisasyon para sa kaligtasan ng mga pasahero at para mabawasan ang polusyon, pero bukas daw sila sa pag-aayos ng mga patakaran.
====
balita | babala-laban-sa-text-scam-na-nagpapanggap-na-delivery | text scam, e-wallet, BSP, CICC
Babala ng mga bangko: Mag-ingat sa text scam na nagpapanggap na delivery
Ni Bea Manalastas
Muling nagbabala ang ilang bangko at ang Bangko Sentral ng Pilipinas laban sa mga text message na nagpapanggap na galing sa courier at humihingi ng maliit na bayad para sa “naantalang parsela.”
May kasamang link ang mga mensahe na humahantong sa pekeng website. Kapag inilagay ng biktima ang detalye ng kanyang card o e-wallet, agad na nauubos ang laman ng account.
Isa sa mga nabiktima si Glenda Ocampo, 35, na nawalan ng ₱18,000 sa kanyang e-wallet. “Akala ko talaga may parsela ako kasi may inorder ako online noong linggong iyon,” aniya.
Paalala ng mga awtoridad: hindi kailanman hihingi ng OTP, PIN o password ang mga lehitimong bangko at courier sa pamamagitan ng text o tawag.
Maaaring i-report ang mga kahina-hinalang text sa hotline ng CICC na 1326.
"""

# ---------------------------------------------------------------- template
NAV = mark("navigation", "Balita  Metro  Probinsya  Ekonomiya  Palakasan  Libangan  Kalusugan  Global Pinoy  Opinyon")
NAV_TOP = mark("navigation", "Mag-login | Maging Kasapi | Bandilyo English")
SECTION_NAME = {
    "balita": "Balita", "metro": "Metro", "probinsya": "Probinsya",
    "ekonomiya": "Ekonomiya", "palakasan": "Palakasan", "libangan": "Libangan",
    "kalusugan": "Kalusugan", "global-pinoy": "Global Pinoy",
    "edukasyon": "Edukasyon", "transportasyon": "Balita › Transportasyon",
}
COOKIE = [
    mark("cookie", "Gumagamit ang Bandilyo ng cookies para mapabuti ang iyong karanasan sa pagbasa at masukat kung paano ginagamit ang site. Sa patuloy na pag-browse, sumasang-ayon ka sa aming Patakaran sa Privacy."),
    mark("cookie", "Sige, tanggapin"),
    mark("cookie", "Alamin pa"),
]
SHARE = [
    mark("share", "I-share sa Facebook"),
    mark("share", "I-share sa X"),
    mark("share", "Ipadala sa Messenger"),
    mark("share", "Kopyahin ang link"),
]
AD = mark("ad", "ADVERTISEMENT")
AD_CONT = mark("ad", "Ituloy ang pagbasa sa ibaba ↓")
NL_A = [
    mark("newsletter", "Gusto mo bang mauna sa balita? Mag-subscribe sa Bandilyo sa Umaga, ang aming libreng newsletter tuwing alas-sais ng umaga."),
    mark("newsletter", "Ilagay ang iyong email"),
    mark("newsletter", "Mag-subscribe"),
]
NL_B = [
    mark("newsletter", "Abala ka ba buong linggo? Ipapadala namin sa iyong inbox tuwing Linggo ng gabi ang pinakamahahalagang balita ng linggo."),
    mark("newsletter", "Ilagay ang iyong email"),
    mark("newsletter", "Sumali na"),
]
APPEAL_HEAD = mark("appeal", "Walang pinoprotektahang politiko o negosyante ang Bandilyo. Ang aming pamamahayag ay pinopondohan ng mga mambabasang tulad mo.")
APPEAL_BUTTONS = [mark("appeal", "₱100"), mark("appeal", "₱250"), mark("appeal", "₱500"),
                  mark("appeal", "Ibang halaga")]
APPEAL_CTA_A = mark("appeal", "Maging Kasapi ng Bandilyo")
APPEAL_CTA_B = mark("appeal", "Sumuporta ngayon")
APPEAL_PAY = mark("appeal", "Tumatanggap kami ng GCash, Maya at credit card.")
CAMPAIGN = [
    mark("appeal", "Bayanihan para sa Bicol: Mapupunta sa relief operations para sa mga nasalanta ng bagyo ang lahat ng donasyon ngayong linggo."),
    mark("appeal", "Mag-donate para sa relief"),
]
TAGS_PREFIX = "Mga tag: "
SOCIAL = mark("social", "I-follow ang Bandilyo sa Facebook, TikTok at YouTube para sa pinakabagong balita.")
APP = mark("app", "Mas mabilis magbasa sa Bandilyo app. I-download nang libre sa Google Play at App Store.")
PODCAST = mark("audio", "Pakinggan ang “Usapang Bandilyo,” ang aming podcast tuwing Martes, sa Spotify at YouTube.")
COMMENTS_RULES = mark("comments", "Maging magalang sa pagkomento. Buburahin ang mga komentong may mura, paninira o pekeng impormasyon.")
RELATED_HEAD = mark("related", "Iba pang balita")
RELATED_POOL = [
    "Pagtaas ng singil sa kuryente ngayong Disyembre, inanunsyo ng Meralco",
    "Bagong batch ng mga nars, nanumpa sa PICC",
    "Tatlong lalawigan sa Mindanao, isinailalim sa state of calamity",
    "Presyo ng noche buena items, minomonitor ng DTI",
    "Mga OFW sa Hong Kong, nagprotesta laban sa dagdag na singil sa ahensya",
]
FOOTER = mark("navigation", "Tungkol sa Amin · Makipag-ugnayan · Patakaran sa Privacy · Mga Tuntunin · Patakarang Pang-editoryal")
LEGAL = mark("legal", "© 2024 Bandilyo Media Inc. Bawal ang muling paglalathala ng anumang bahagi ng site na ito nang walang nakasulat na pahintulot.")

MONTH_DAYS = [("Nobyembre", d) for d in (4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 18, 19, 20, 21)] + \
             [("Nobyembre", 22), ("Nobyembre", 25), ("Nobyembre", 26), ("Nobyembre", 27)]
COOKIE_NONE = {6, 12, 18}
SHARE_BOTTOM = {4, 9, 14}        # share buttons after the article instead of above it
AUDIO_PAGES = {1, 3, 5, 6, 8, 10, 11, 13, 15, 17}
AD_NONE = {7, 16}
NL_NONE = {5, 15}
APPEAL_NONE = {2, 11}
CAMPAIGN_PAGES = {4, 5, 6, 7, 8}   # one-week relief drive after the typhoon story
COMMENTS_NONE = {4, 12}
APPEAL_BEFORE_TAGS = {3, 8, 13, 16}


def render(n, arts):
    a = arts[n - 1]
    body = expand(a, SERIES)
    headline, byline, paras = body[0], body[1], body[2:]
    w = words(body)
    tgt = readmore_targets(arts)
    month, day = MONTH_DAYS[n - 1]
    L = [NAV_TOP, NAV]
    L.append(mark("navigation", "Home › " + SECTION_NAME[a["section"]]))
    L.append(headline)
    L.append(byline)
    L.append(mark("ui", "Nai-post noong %s %d, 2024, %d:%02d %s" % (
        month, day, 1 + (n * 5) % 12, (n * 13) % 60, "AM" if n % 3 else "PM")))
    L.append(mark("ui", "%d minutong basahin" % max(2, round(w / 75))))
    if n in AUDIO_PAGES:
        L.append(mark("audio", "▶ Pakinggan ang balitang ito"))
    if n not in SHARE_BOTTOM:
        L += SHARE
    ad_at = 1 if n not in AD_NONE else None
    rm_at = 3
    nl_at = len(paras) - 1
    for k, p in enumerate(paras, 1):
        L.append(p)
        if k == ad_at:
            L += [AD, AD_CONT]
        if k == rm_at:
            L.append(mark("related", "BASAHIN DIN: " + arts[tgt[n] - 1]["lines"][0]))
        if k == nl_at and n not in NL_NONE:
            L += NL_A if n % 2 == 0 else NL_B
    if n in SHARE_BOTTOM:
        L += SHARE
    appeal = []
    if n in CAMPAIGN_PAGES:
        appeal += CAMPAIGN
    if n not in APPEAL_NONE:
        members = 1284 + 53 * n + (n * 11) % 29
        appeal += [APPEAL_HEAD,
                   mark("appeal", "%s na mambabasa na ang sumuporta ngayong buwan. Tulungan kaming umabot sa 3,000!" % "{:,}".format(members)),
                   ] + APPEAL_BUTTONS + [APPEAL_CTA_A if n % 2 else APPEAL_CTA_B, APPEAL_PAY]
    tags = [mark("navigation", TAGS_PREFIX + ", ".join(a["tags"]))]
    if n in APPEAL_BEFORE_TAGS:
        L += appeal + tags
    else:
        L += tags + appeal
    L.append(SOCIAL)
    if n % 3 != 2:
        L.append(APP)
    if n not in COMMENTS_NONE:
        L.append(mark("comments", "%d komento" % ((n * 29) % 71 + 4)))
        L.append(COMMENTS_RULES)
    rel = related_pages(n, offsets=(3,), exclude=(tgt[n],))
    related = [RELATED_HEAD,
               mark("related", arts[rel[0] - 1]["lines"][0]),
               mark("related", RELATED_POOL[n % len(RELATED_POOL)]),
               mark("related", RELATED_POOL[(n + 2) % len(RELATED_POOL)])]
    L += related
    if n % 4 == 1:
        L.append(PODCAST)
    L += [FOOTER, LEGAL]
    if n not in COOKIE_NONE:
        L += COOKIE
    return L
