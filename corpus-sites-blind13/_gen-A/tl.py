from engine import build
BG1 = "Sinimulan ng Samahan ng mga Tsuper at Operator ng Kamaynilaan (SATOK) ang tigil-pasada noong Pebrero 2 matapos tumanggi ang LTFRB na palawigin ang deadline ng konsolidasyon ng mga prangkisa ng jeepney."
BG1b = BG1.replace("Pebrero 2", "Pebrero 3")
BG2 = "Ayon sa grupo, aabot sa ₱2.8 milyon ang halaga ng isang modernong jeep, halagang hindi kayang bayaran ng karaniwang operator kahit may pautang mula sa gobyerno."
FACT = "Minimum na pasahe sa jeep sa Metro Manila: ₱13"
RAW = """bansa|tigil-pasada-umarangkada-libu-libong-pasahero-stranded
Tigil-pasada, umarangkada; libu-libong pasahero, stranded
Ni Marites Dizon · Pebrero 2, 2026
Libu-libong pasahero ang naglakad at nagsiksikan sa mga bus at tricycle nitong Lunes ng umaga matapos lumahok ang daan-daang jeepney driver sa tigil-pasada sa Metro Manila.
Pinakamatindi ang epekto sa ruta ng Quiapo, Cubao at Alabang, ayon sa MMDA.
"Dalawang oras na ako dito, wala pa ring masakyan," sabi ni Jocelyn Reyes, isang sales clerk na papuntang Divisoria.
@BG1
Nagpakalat ang MMDA ng 40 libreng sakay na truck at bus sa mga pangunahing kalsada.
Sinuspinde rin ng ilang lungsod ang klase sa lahat ng antas.
@FACT
---
bansa|ltfrb-hindi-aatras-sa-deadline
LTFRB: Hindi kami aatras sa deadline
Ni Marites Dizon · Pebrero 4, 2026
Nanindigan ang LTFRB na hindi na nito palalawigin ang deadline ng konsolidasyon kahit pumasok na sa ikatlong araw ang tigil-pasada.
"Ilang beses na naming pinalawig ito. Panahon na para magmodernisa," sabi ng tagapagsalita ng LTFRB na si Atty. Celine Lazaro sa isang press briefing.
Iginiit naman ng mga tsuper na hindi sila tutol sa modernisasyon kundi sa halaga nito.
@BG1b
@BG2
Nakatakdang magpulong ang Senado hinggil sa isyu sa susunod na linggo.
---
probinsya|bagyong-ada-nag-iwan-ng-pinsala-sa-catanduanes
Bagyong Ada, nag-iwan ng malawak na pinsala sa Catanduanes
Ni Jun Abrenica · Pebrero 6, 2026
Halos 8,000 bahay ang nasira o tuluyang nawasak sa Catanduanes matapos manalasa ang Bagyong Ada noong Miyerkules.
Wala pa ring kuryente sa 11 bayan ng lalawigan, ayon sa FICELCO.
"Ang bubong namin, nilipad na lang. Wala kaming nagawa," kuwento ni Aling Nena Tablizo ng Virac.
Nanawagan ang pamahalaang panlalawigan ng yero, pako at malinis na inuming tubig.
Dami ng apektado
Pamilya: 21,400
Evacuation center: 63
---
showbiz|pelikulang-indie-wagi-sa-berlin
Pelikulang Pinoy na "Pasan", wagi sa Berlin
Ni Kristine Santos · Pebrero 9, 2026
Nag-uwi ng Silver Bear ang pelikulang "Pasan" ng direktor na si Raymund Ocampo sa Berlin International Film Festival.
Ikinuwento ng pelikula ang isang ina na nagtatrabaho bilang kargador sa pantalan ng Tondo.
"Para ito sa lahat ng nanay na pasan ang mundo," sabi ni Ocampo sa kanyang talumpati.
Ipapalabas ang pelikula sa mga sinehan sa Pilipinas sa Abril.
---
bansa|mga-estudyante-naglakad-papasok-sa-tigil-pasada
Sa ikaanim na araw ng tigil-pasada, mga estudyante naglakad papasok
Ni Paolo Manalo · Pebrero 7, 2026
Bago pa sumikat ang araw, naglalakad na si Mark Anthony, 16, mula Bagong Silangan papuntang paaralan sa Commonwealth.
Apat na kilometro ang nilalakad niya araw-araw mula nang magsimula ang tigil-pasada.
"Sanay na po ako. Mas mahirap 'yung pauwi kasi gabi na," aniya.
Ang kanyang ama, si Ernesto, ay jeepney driver sa rutang iyon at isa sa mga sumasali sa protesta.
@BG1
"Pinag-aaral ko siya gamit 'yung jeep. Kapag kinuha 'yon, paano na?"
@FACT
---
ekonomiya|presyo-ng-bigas-bumaba
Presyo ng bigas, bahagyang bumaba
Ni Liza Ramirez · Pebrero 10, 2026
Bumaba ng ₱2 hanggang ₱3 kada kilo ang presyo ng regular milled rice sa mga palengke sa Metro Manila, ayon sa Department of Agriculture.
Iniuugnay ito ng DA sa pagdating ng mga inangkat na bigas mula Vietnam.
Gayunman, sinabi ng mga magsasaka sa Nueva Ecija na lalo silang nalulugi dahil bumagsak din ang presyo ng palay.
"Ang bili sa amin, ₱16 na lang kada kilo. Lugi na kami sa abono pa lang," ani Mang Ramon Dela Cruz.
Presyo sa palengke
Regular milled: ₱42–₱45
Well-milled: ₱48–₱52
---
opinyon|bakit-kailangan-nating-magbayad-para-sa-balita
Opinyon: Bakit kailangan nating magbayad para sa balita
Ni Dr. Amado Lacson · Pebrero 11, 2026
Sanay tayong libre ang balita. Nasa Facebook, nasa TikTok, nasa group chat ng pamilya.
Pero may presyo ang bawat balitang totoo: pamasahe ng reporter, sahod ng editor, abogado kapag kinasuhan.
Kaya dumarami ang mga pahayagan sa mundo na naglalagay ng paywall o humihingi ng donasyon sa mambabasa.
Hindi ito kasakiman. Ito ang paraan para manatiling malaya sa mga pulitiko at negosyanteng gustong magdikta.
Kung kaya mo, suportahan mo ang pahayagang pinagkakatiwalaan mo. Kahit sino pa iyon.
Si Dr. Amado Lacson ay propesor ng journalism sa Unibersidad ng Pilipinas.
---
bansa|senado-nagpulong-sa-modernisasyon-ng-jeep
Senado, nagpulong sa isyu ng jeepney modernization
Ni Marites Dizon · Pebrero 12, 2026
Inusisa ng mga senador ang LTFRB at Department of Transportation sa pagdinig ng Senate committee on public services nitong Huwebes.
Lumabas sa pagdinig na 38 porsiyento pa lamang ng mga ruta sa Metro Manila ang may sapat na modernong sasakyan.
"Bakit natin pinapatay ang kabuhayan ng libu-libong tsuper kung hindi pa handa ang kapalit?" tanong ni Senador Ramon Villareal.
@BG1
@BG2
Inirekomenda ng komite ang anim na buwang moratorium sa pagpapatupad.
@FACT
---
kalusugan|kaso-ng-dengue-tumataas
Kaso ng dengue, tumaas ng 40 porsiyento
Ni Liza Ramirez · Pebrero 14, 2026
Tumaas ng 40 porsiyento ang kaso ng dengue sa bansa mula Enero kumpara sa parehong panahon noong nakaraang taon, ayon sa DOH.
Pinakamataas ang bilang sa Central Luzon at CALABARZON.
Paalala ng DOH: sundin ang 4S.
Search and destroy
Self-protection
Seek early consultation
Say yes to fogging kapag may outbreak
---
probinsya|donation-drive-para-sa-catanduanes
Donation drive para sa Catanduanes, umabot ng ₱12 milyon
Ni Jun Abrenica · Pebrero 16, 2026
Umabot na sa ₱12 milyon ang nalikom ng isang donation drive na inilunsad ng mga Catandunganon sa Metro Manila at abroad para sa mga nasalanta ng Bagyong Ada.
Nagsimula ito sa isang simpleng post sa Facebook ng nurse na si Cherry Vargas na nakabase sa Dubai.
"Akala ko mga kamag-anak lang ang tutulong. Pero pati mga hindi taga-Catanduanes, nagpadala," aniya.
Yero at pako ang pangunahing binibili gamit ang nalikom na pera.
Paano makakatulong
Magpadala sa GCash o bank account ng opisyal na parokya ng Virac lamang, paalala ng mga organizer, upang makaiwas sa scam.
---
teknolohiya|bagong-batas-laban-sa-scam-texts
Bagong batas laban sa scam texts, ipinatupad na
Ni Paolo Manalo · Pebrero 18, 2026
Mas mabigat na parusa na ang haharapin ng mga nasa likod ng mga scam text at phishing link sa ilalim ng Anti-Financial Account Scamming Act.
Maaaring makulong ng hanggang 20 taon ang mga "money mule" na nagpapagamit ng kanilang bank account.
Paalala ng BSP: huwag i-click ang link na dumating sa text, kahit mukhang galing sa bangko.
Ilan sa mga karaniwang modus
"Na-lock ang iyong account"
"May naghihintay na package para sa iyo"
"Nanalo ka ng ₱50,000"
---
bansa|tigil-pasada-tinapos-matapos-ang-moratorium
Tigil-pasada, tinapos matapos ianunsyo ang moratorium
Ni Marites Dizon · Pebrero 20, 2026
Tinapos na ng SATOK ang tigil-pasada matapos ianunsyo ng Malacañang ang anim na buwang moratorium sa pagpapatupad ng konsolidasyon.
Balik-pasada na ang karamihan ng mga jeep nitong Biyernes ng umaga.
"Panalo ito ng maliliit na tsuper, pero hindi pa tapos ang laban," sabi ng pangulo ng grupo na si Romy Sarmiento.
@BG1b
Tatlong pagdinig pa ang nakatakda sa Kongreso bago matapos ang moratorium.
@FACT
---
sports|gilas-pilipinas-tinalo-ang-japan
Gilas Pilipinas, tinalo ang Japan sa FIBA qualifiers
Ni Rey Bautista · Pebrero 23, 2026
Nagpakitang-gilas ang Gilas Pilipinas matapos talunin ang Japan, 84-79, sa FIBA Asia Cup qualifiers sa Mall of Asia Arena.
Nagtala si Justin Brownlee ng 28 puntos habang nagdagdag si Kai Sotto ng 15 puntos at 11 rebounds.
"Laban!"
Ito ang sigaw ng mahigit 15,000 na manonood sa huling dalawang minuto ng laro.
Susunod na makakaharap ng Gilas ang Guam sa Linggo.
---
edukasyon|mga-guro-humihingi-ng-dagdag-na-sahod
Mga guro, humihingi ng dagdag na sahod bago ang pasukan
Ni Liza Ramirez · Pebrero 25, 2026
Nagtipon ang mga guro sa harap ng DepEd central office sa Pasig upang hilingin ang pagtaas ng kanilang entry-level na sahod sa ₱50,000.
Ayon sa Teachers' Dignity Coalition, marami sa kanila ang gumagastos ng sariling pera para sa mga gamit sa silid-aralan.
"Chalk, bond paper, pati electric fan. Kami ang bumibili," sabi ni Teacher Analyn Cruz ng Malabon.
Tugon ng DepEd, pinag-aaralan na ang panukala kasama ang DBM.
---
opinyon|ang-cookies-at-ang-ating-privacy
Opinyon: Ang cookies at ang ating privacy
Ni Atty. Bea Salonga · Pebrero 26, 2026
Tuwing bubuksan mo ang isang website, may lalabas na maliit na kahon: "Tumatanggap ba kayo ng cookies?" Halos lahat tayo, pinipindot agad ang "Accept".
Pero alam mo ba kung ano ang pinapayagan mo?
Sa ilalim ng Data Privacy Act of 2012, may karapatan kang malaman kung anong datos ang kinukuha sa iyo at kung para saan.
Ang cookies ay maaaring gamitin para sundan ang bawat pinupuntahan mo online at ibenta ang impormasyong iyon sa mga advertiser.
Hindi masama ang teknolohiya. Ang masama ay kapag hindi tayo tinatanong nang tapat.
Si Atty. Bea Salonga ay isang abogado sa data privacy.
---
pamumuhay|recipe-ginataang-bilo-bilo
Recipe: Ginataang bilo-bilo para sa tag-ulan
Ni Chef Nonoy Garcia · Pebrero 28, 2026
Walang mas sasarap pa sa mainit na ginataang bilo-bilo habang umuulan sa labas.
Mga sangkap
2 tasang malagkit na harina
1 tasang tubig
2 lata ng gata ng niyog
1 tasang saging na saba, hiniwa
1 tasang kamote, hiniwa
Paraan
Paghaluin ang harina at tubig, bilugin, at ihulog sa kumukulong gata kasama ng saba at kamote hanggang lumutang ang mga bilo-bilo.
---
bansa|ofw-remittances-pinakamataas
Remittance ng mga OFW, pinakamataas sa kasaysayan
Ni Liza Ramirez · Marso 2, 2026
Umabot sa $38.3 bilyon ang personal remittances ng mga Pilipino sa ibang bansa noong 2025, pinakamataas sa kasaysayan, ayon sa Bangko Sentral ng Pilipinas.
Nanguna ang Estados Unidos, Singapore at Saudi Arabia bilang pinagmumulan ng padala.
Ayon sa mga ekonomista, malaking tulong ito sa konsumo ng mga pamilya sa gitna ng mataas na presyo ng bilihin.
"Kada buwan, ₱25,000 ang pinapadala ko. Doon galing ang tuition ng dalawang anak ko," kuwento ni Rowena Pascual, caregiver sa Singapore.
---
probinsya|mangingisda-sa-west-philippine-sea
Mga mangingisda sa Zambales: "Sa sariling dagat, takot kami"
Ni Jun Abrenica · Marso 4, 2026
Tatlong araw lang sa isang linggo kung pumalaot ngayon si Mang Berto Aquino, mangingisda sa Masinloc, Zambales.
Dati, umaabot sila hanggang Bajo de Masinloc. Ngayon, itinataboy sila ng mga barko ng China Coast Guard.
"Sa sariling dagat, takot kami," aniya.
Bumaba ng halos kalahati ang kanilang huli mula 2023, ayon sa lokal na samahan ng mga mangingisda.
Nagbigay ang BFAR ng fuel subsidy na ₱3,000 kada bangka.
"""
RELATED = [
 "MMDA, naglabas ng listahan ng libreng sakay", "Ano ang PUV modernization program?",
 "PAGASA: Isa pang bagyo, posibleng pumasok sa PAR", "Mga pelikulang Pinoy na kinilala sa abroad",
 "DepEd, naglabas ng gabay sa suspensyon ng klase", "NFA rice, ibabalik sa mga palengke?",
 "Paano malalaman kung totoo ang balita", "Sino-sino ang mga senador sa komite?",
 "Mga sintomas ng dengue na dapat bantayan", "Babala: pekeng donation page, kumakalat",
 "Paano i-report ang scam text", "Mga jeep, balik-kalsada na",
 "Brownlee, pinarangalan bilang MVP", "Sahod ng guro sa Asya, ikinumpara",
 "NPC, naglabas ng paalala sa mga website", "Lima pang meryenda para sa tag-ulan",
 "Piso, lumakas kontra dolyar", "Philippine Navy, nagpadala ng barko sa Zambales",
]
SWAP = {4, 11, 16}
def top(c):
    i, r, a = c['i'], c['rnd'], c['art']
    out = [('navigation', 'Home » Balita » %s' % a['sec'].capitalize())]
    if i not in (3, 14):
        out.append(('ad', 'Advertisement'))
    if i % 5 == 2:
        out.append(('cookie', 'Gumagamit ang site na ito ng cookies. Sa patuloy na paggamit, sumasang-ayon ka sa aming Privacy Policy. OK'))
    out.append(('audio', 'Pakinggan ang balitang ito' if i % 2 else 'Pakinggan ang artikulo'))
    return out
def mid(c):
    i, r = c['i'], c['rnd']
    out = []
    out.append((0.35, 'ad', 'Advertisement'))
    out.append((0.6, 'related', 'BASAHIN: ' + RELATED[i]))
    if i not in (6, 12):
        out.append((0.85, 'newsletter', 'Gusto mo ng balita sa inbox mo tuwing umaga? Mag-subscribe sa Tinig Bayan Newsletter.'))
    return out
def bottom(c):
    i, r = c['i'], c['rnd']
    out = []
    sh = [('share', 'Ibahagi ang balitang ito:'), ('share', 'Facebook · Messenger · X · Viber')]
    so = [('social', 'I-follow ang Tinig Bayan sa Facebook, YouTube at TikTok para sa pinakabagong balita.')]
    if i == 9: sh = []
    out += (so + sh) if i in SWAP else (sh + so)
    if c['campaign']:
        out.append(('appeal', 'Tulong Catanduanes: Ang Tinig Bayan Foundation ay tumatanggap ng donasyon para sa mga nasalanta ng Bagyong Ada. Mag-donate dito.'))
    if i not in (1, 15):
        out.append(('appeal', 'Suportahan ang malayang pamamahayag' if i % 3 != 1 else 'Tumulong na panatilihing libre ang Tinig Bayan'))
        out.append(('appeal', '%s na mambabasa na ang naging Kaagapay ngayong taon. Maging Kaagapay sa halagang ₱%d kada buwan.' % (format(r.randint(1800, 4200), ','), r.choice([99, 149]))))
        out.append(('ui', 'Sa susunod na lang'))
    if i not in (7,):
        out.append(('comments', 'Mga komento (%d)' % r.randint(0, 120)))
    if i % 4 != 3:
        out.append(('app', 'I-download ang Tinig Bayan app sa Google Play at App Store'))
    out.append(('legal', '© %d Tinig Bayan Media Inc. Lahat ng karapatan ay nakalaan.' % 2026))
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
build('sb13-tl', 'tl', 'tinigbayan.ph', arts, {'top': top, 'mid': mid, 'bottom': bottom}, 1303)
