BUWAN = ['Enero','Pebrero','Marso','Abril','Mayo','Hunyo','Hulyo','Agosto','Setyembre','Oktubre','Nobyembre','Disyembre']
def num(n): return '{:,}'.format(n)
SITE = dict(
  id='sb5-tl', lang='tl', host='www.balitangbayan.ph',
  sections={'balita': 'Balita', 'probinsya': 'Probinsya', 'negosyo': 'Negosyo', 'opinyon': 'Opinyon'},
  datefmt=lambda d: '%s %d, %d' % (BUWAN[d.month-1], d.day, d.year), num=num,
  readmore='BASAHIN: {h}', rellist_head='Iba pang balita', rellist_at=0, rellist_p=0.65, readmore_p=0.8,
  template=[
    dict(pos='top', cat='navigation', text='Home › {section}', p=0.9),
    dict(pos='top', cat='ui', text='Skip to content', p=0.5),
    dict(pos='after_byline', cat='share', text=['I-share sa Facebook · X · Messenger', 'I-share ang balitang ito'], p=0.75),
    dict(pos='mid', cat='ad', text='ADVERTISEMENT', p=0.85),
    dict(pos='mid', cat='newsletter', text='Mag-subscribe sa aming newsletter para sa pinakabagong balita tuwing umaga.', p=0.4, follow=[('ui', 'Mag-subscribe')]),
    dict(pos='end', cat='comments', text=['Mag-iwan ng komento', 'Ano ang masasabi mo? Mag-iwan ng komento sa ibaba.'], p=0.6),
    dict(pos='bottom', cat='appeal', text='Bayanihan para sa Bicol: nakalikom na tayo ng ₱{n},000 para sa mga pamilyang nasalanta ng baha. Tumulong sa pamamagitan ng GCash o Maya.', pages={3, 7, 10, 11, 14}),
    dict(pos='bottom', cat='social', text='Sundan kami sa Facebook, X, YouTube at TikTok', p=0.85),
    dict(pos='footer', cat='legal', text='© {year} Balitang Bayan Media Inc. Lahat ng karapatan ay nakalaan.', p=1.0),
    dict(pos='footer', cat='cookie', text='Gumagamit ang site na ito ng cookies para mapabuti ang iyong karanasan. Sa patuloy na paggamit, sumasang-ayon ka sa aming Privacy Policy.', p=0.35, follow=[('ui', 'Tanggapin')]),
  ])

BG1 = "Nagsimula ang tigil-pasada noong Marso 2 matapos tanggihan ng mga grupo ng tsuper at operator ang deadline ng LTFRB para sa konsolidasyon ng mga prangkisa ng tradisyonal na dyip."
def BG2(n): return f"Ayon sa LTFRB, humigit-kumulang {n} dyip pa rin ang hindi nakakapag-consolidate sa buong bansa."

ARTICLES = f"""
=== balita | tigil-pasada-unang-araw | 2026-03-02 | 3
Libu-libong pasahero, stranded sa unang araw ng tigil-pasada
Nag-deploy ang MMDA at PNP ng libreng sakay sa mga pangunahing lansangan
Ni Maria Santos | Marso 2, 2026
Mahahabang pila ang sumalubong sa mga commuter sa Cubao, Monumento at Alabang nitong Lunes ng umaga.
{BG1}
"Dalawang oras na akong naghihintay, male-late na ako sa trabaho," reklamo ni Aling Nena, isang tindera sa Divisoria.
Nagpadala ang MMDA ng 120 sasakyan para sa libreng sakay, ngunit hindi ito sapat sa dami ng pasahero.
{BG2('36,000')}
Ayon sa mga grupo ng transportasyon, tatagal ang protesta hanggang Biyernes.
=== balita | tigil-pasada-ikalawang-araw-klase | 2026-03-03 | 3
Klase sa ilang lungsod sa Metro Manila, sinuspinde dahil sa tigil-pasada
Online classes muna sa mga pampublikong paaralan
Ni Jerome Dela Cruz | Marso 3, 2026
Sinuspinde ng mga lokal na pamahalaan ng Quezon City, Caloocan at Manila ang face-to-face classes sa lahat ng antas.
{BG1}
Ipinaliwanag ng DepEd na ang mga paaralan ay lilipat sa alternative delivery mode habang tuloy ang protesta.
Mga lungsod na nagsuspinde ng klase
Quezon City
Caloocan
Manila
Valenzuela
=== balita | tigil-pasada-dayalogo-ltfrb | 2026-03-05 | 3
LTFRB at mga transport group, nagkasundo sa dayalogo
Itinigil muna ang tigil-pasada habang pinag-uusapan ang deadline
Ni Maria Santos | Marso 5, 2026
Matapos ang apat na araw ng protesta, pumayag ang mga grupo ng tsuper na makipag-usap sa LTFRB sa isang pulong sa Quezon City.
{BG1}
"Hindi kami tutol sa modernisasyon. Ang tinututulan namin ay ang presyo ng modern jeep na aabot sa ₱2.8 milyon," sabi ni Ka Mody, lider ng isang transport group.
{BG2('35,400')}
Ang susunod na pulong ay itinakda sa Marso 12.
=== negosyo | tigil-pasada-epekto-negosyo | 2026-03-08 | 3
Maliliit na negosyo, lugi dahil sa tigil-pasada
Bumaba ang benta ng mga karinderya at sari-sari store malapit sa mga terminal
Ni Paolo Villanueva | Marso 8, 2026
Halos kalahati ang nawala sa kita ni Mang Rudy, na may karinderya sa tabi ng isang terminal ng dyip sa Marikina.
"Walang tsuper, walang kumakain. Sila ang suki ko," kuwento niya.
{BG1}
Tinatayang ₱1.2 bilyon ang nawalang kita ng ekonomiya sa bawat araw ng protesta, ayon sa isang think tank.
{BG2('35,400')}
=== opinyon | tigil-pasada-opinyon-dyip | 2026-03-11 | 3
Opinyon: Ang dyip ay hindi lang sasakyan
Ni Liza Mercado | Marso 11, 2026
Lumaki ako sa likod ng dyip, nakikinig sa "Bayad po" at "Para po" ng mga kapwa pasahero.
Walang tutol sa malinis na hangin at ligtas na sasakyan. Pero ang modernisasyon na walang sapat na tulong sa maliliit na operator ay hindi reporma — ito ay pagpapalayas.
{BG1}
Kung gusto ng gobyerno ng modernong transportasyon, dapat itong pondohan nang buo, hindi ipasa ang gastos sa tsuper.
"Para po"
Sana ay marinig pa natin ito sa susunod na henerasyon.
=== probinsya | baha-bicol-evacuation | 2026-01-22 | 3
Mahigit 20,000 residente sa Bicol, inilikas dahil sa baha
Walang tigil na ulan dulot ng shear line
Ni Jerome Dela Cruz | Enero 22, 2026
Lumubog sa baha ang mga bayan ng Libmanan, Bula at Minalabac sa Camarines Sur.
Ayon sa OCD Bicol, 68 evacuation center ang binuksan sa rehiyon.
Nagpadala ang DSWD ng mahigit 15,000 family food pack.
Nanawagan ang mga lokal na opisyal ng dagdag na tulong sa malinis na tubig.
=== negosyo | presyo-bigas-bumaba | 2026-01-28 | 3
Presyo ng bigas, bumaba ng ₱3 kada kilo
Epekto ng pagdating ng bagong ani at imported na bigas
Ni Paolo Villanueva | Enero 28, 2026
Mabibili na sa ₱42 hanggang ₱45 ang kada kilo ng regular milled rice sa mga pamilihan sa Metro Manila.
Ayon sa Department of Agriculture, inaasahang mananatiling mababa ang presyo hanggang Abril.
Gayunman, nagrereklamo ang mga magsasaka dahil bumaba rin ang presyo ng palay.
"Halos hindi na kami kumikita," sabi ng isang magsasaka mula sa Nueva Ecija.
=== balita | senado-anti-fake-news-bill | 2026-02-04 | 3
Panukalang batas laban sa fake news, inaprubahan sa ikalawang pagbasa
Mga grupo ng mamamahayag, nagpahayag ng pangamba
Ni Maria Santos | Pebrero 4, 2026
Inaprubahan ng Senado sa ikalawang pagbasa ang panukalang magpaparusa sa sadyang pagpapakalat ng maling impormasyon online.
Ayon sa National Union of Journalists of the Philippines, maaaring gamitin ang batas laban sa mga kritiko.
Sinabi naman ng may-akda ng panukala na may sapat itong proteksiyon para sa malayang pamamahayag.
=== probinsya | cebu-sinulog-turista | 2026-01-19 | 3
Sinulog 2026, dinagsa ng halos 2 milyong deboto at turista
Naging mapayapa ang selebrasyon, ayon sa pulisya
Ni Liza Mercado | Enero 19, 2026
Napuno ng sayaw, musika at makukulay na kasuotan ang mga kalye ng Cebu City nitong Linggo.
"Pit Señor!"
Ito ang sigaw ng mga deboto habang dumaraan ang imahen ng Santo Niño.
Walang naitalang malaking insidente, ayon sa Cebu City Police Office.
=== probinsya | bayanihan-bicol-donasyon | 2026-02-08 | 3
Bayanihan: mga OFW sa Hong Kong, nagpadala ng tulong sa Bicol
Nakalikom ng ₱3.5 milyon sa loob ng dalawang linggo
Ni Jerome Dela Cruz | Pebrero 8, 2026
Mga kasambahay at caregiver sa Hong Kong ang nanguna sa isang fund drive para sa mga nasalanta ng baha sa Camarines Sur.
"Kahit malayo kami, pamilya pa rin namin sila," sabi ni Josephine, isang OFW mula sa Naga.
Gagamitin ang pondo sa pagpapaayos ng mga bahay at pagbili ng binhi para sa mga magsasaka.
Paano tumulong
Makipag-ugnayan sa parokya o sa lokal na pamahalaan ng inyong bayan.
=== negosyo | gcash-maya-digital-payments | 2026-02-12 | 3
Paggamit ng e-wallet sa palengke, dumoble sa loob ng isang taon
Mas maraming tindero ang tumatanggap na ng QR payment
Ni Paolo Villanueva | Pebrero 12, 2026
Ayon sa Bangko Sentral ng Pilipinas, 57 porsiyento ng mga transaksiyon sa bansa ay digital na.
Sa palengke ng Marikina, halos bawat puwesto ay may nakadikit nang QR code.
"Mas madali, wala nang problema sa barya," sabi ni Aling Baby, tindera ng gulay.
Paalala ng BSP: huwag ibigay ang OTP sa kahit sino.
=== balita | lindol-davao-oriental | 2026-02-17 | 3
Magnitude 6.1 na lindol, yumanig sa Davao Oriental
Ilang gusali at simbahan, nagkabitak
Ni Maria Santos | Pebrero 17, 2026
Naramdaman ang pagyanig bandang alas-3 ng madaling-araw, ayon sa PHIVOLCS.
Nagkaroon ng bitak ang lumang simbahan sa bayan ng Manay.
Walang naiulat na nasawi, ngunit 14 ang nasugatan.
Nagbabala ang PHIVOLCS sa posibleng aftershocks.
=== opinyon | opinyon-paywall-balita | 2026-02-21 | 3
Opinyon: Dapat bang magbayad para sa balita?
Ni Liza Mercado | Pebrero 21, 2026
Dumarami ang mga pahayagan sa mundo na naglalagay ng paywall. Sa Pilipinas, bihira pa rin ito.
Sanay ang Pilipino sa libreng balita sa Facebook. Pero may halaga ang pag-uulat: sahod ng reporter, gasolina, kuryente.
Kung walang magbabayad, sino ang magbabantay sa mga nasa kapangyarihan?
Hindi ko sinasabing dapat may paywall ang lahat. Pero dapat nating pag-usapan kung paano natin susuportahan ang mabuting pamamahayag.
=== probinsya | palawan-coral-reef-proteksyon | 2026-02-26 | 3
Bagong marine sanctuary, itinatag sa hilagang Palawan
Bawal ang pangingisda sa 1,200 ektaryang bahagi ng dagat
Ni Jerome Dela Cruz | Pebrero 26, 2026
Pinirmahan ng pamahalaang bayan ng El Nido ang ordinansa na nagtatatag ng bagong marine protected area.
Ayon sa mga marine biologist, 40 porsiyento ng coral reef sa lugar ang nasira na dahil sa dynamite fishing.
Tutulungan ng lokal na pamahalaan ang mga mangingisda na lumipat sa ibang kabuhayan, gaya ng turismo.
=== negosyo | ofw-remittance-rekord | 2026-03-14 | 3
Remittance ng mga OFW, umabot sa bagong rekord
Umabot sa $38.6 bilyon noong 2025
Ni Paolo Villanueva | Marso 14, 2026
Tumaas ng 3.2 porsiyento ang padala ng mga Pilipino sa ibang bansa kumpara noong nakaraang taon.
Nanguna ang Estados Unidos, Saudi Arabia at Singapore bilang pinagmumulan ng remittance.
Ayon sa mga ekonomista, malaking tulong ito sa pagkonsumo ng mga pamilya.
Mga pangunahing pinagmulan
Estados Unidos
Saudi Arabia
Singapore
=== balita | tigil-pasada-kasunduan-deadline | 2026-03-13 | 3
Deadline ng konsolidasyon, pinalawig hanggang Disyembre
Tagumpay, ayon sa mga transport group; LTFRB: "Huling extension na ito"
Ni Maria Santos | Marso 13, 2026
Inanunsiyo ng LTFRB na pinalawig nito hanggang Disyembre 31 ang deadline para sa konsolidasyon ng mga prangkisa.
{BG1}
{BG2('34,800')}
Bilang kapalit, nangako ang mga transport group na hindi na magsasagawa ng tigil-pasada ngayong taon.
Ano ang susunod
Magbubukas ang LTFRB ng mga help desk sa bawat rehiyon para tulungan ang mga operator sa pagproseso ng papeles.
"""
EXTRA = """Presyo ng gasolina, tataas na naman sa susunod na linggo
PAGASA: Low pressure area, binabantayan sa silangan ng Mindanao
Lotto results ngayong araw
MRT-3, magkakaroon ng limitadong biyahe ngayong Holy Week
Barangay officials sa Bulacan, inaresto dahil sa ayuda scam
Gilas Pilipinas, panalo kontra Jordan
Bagong minimum wage sa NCR, epektibo na
DOH: Kaso ng dengue, tumaas sa Central Visayas""".split('\n')
