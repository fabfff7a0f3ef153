"""Sauti ya Pwani -- chombo huru (cha kubuni) cha habari za Pwani ya Kenya, Mombasa."""
import datetime
from common import expand, insert_after

SITE, LANG, HOST = "ke", "sw", "sautiyapwani.co.ke"

SERIES = {
    "BG1": ("Mlipuko wa sasa wa kipindupindu uliripotiwa kwa mara ya kwanza mwezi Januari katika kijiji "
            "cha Mnarani, kaunti ndogo ya Kilifi Kaskazini, na tangu hapo umeenea katika wadi saba za kaunti hiyo."),
    "BG2": ("Maafisa wa afya wanasema chanzo kikuu ni maji yasiyo safi, hasa kutoka kwa visima vya wazi, "
            "pamoja na uhaba wa vyoo katika mitaa yenye msongamano wa watu."),
    "FACT": ("Dalili za kipindupindu zikionekana, piga simu nambari ya bure ya kaunti 0800 721 616 au fika "
             "katika kituo cha afya kilicho karibu nawe."),
}
SIKU = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]
MIEZI = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
         "Septemba", "Oktoba", "Novemba", "Desemba"]


def leo(i, art):
    """Header date = day the page was viewed (a few days after publication)."""
    d0 = datetime.date(2024, art["m"], art["d"]) + datetime.timedelta(days=i % 4)
    return f"{SIKU[d0.weekday()]}, {MIEZI[d0.month - 1]} {d0.day}, {d0.year}"


def tarehe(d, m):
    wd = datetime.date(2024, m, d).weekday()
    return f"{SIKU[wd]}, {MIEZI[m - 1]} {d}, 2024"


def A(section, label, slug, headline, author, place, date, body, tags, minutes, series=False):
    return dict(section=section, label=label, slug=slug, headline=headline,
                byline=f"Na {author.upper()}, {place.upper()}", date=tarehe(*date), d=date[0], m=date[1],
                body=body, tags=tags, min=minutes, series=series)


ARTICLES = [
    A("afya", "Afya", "kipindupindu-chazuka-tena-kilifi-wagonjwa-48",
      "Kipindupindu chazuka tena Kilifi, wagonjwa 48 walazwa ndani ya wiki moja",
      "Amina Said", "Kilifi", (5, 3),
      ["Wagonjwa 48 wamelazwa katika Hospitali ya Rufaa ya Kaunti ya Kilifi ndani ya wiki moja iliyopita baada ya kuharisha na kutapika, huku maafisa wa afya wakithibitisha kwamba kipindupindu kimerejea kwa kasi.",
       "Afisa Mkuu wa Afya ya Umma wa kaunti, Dkt. Hassan Mwamure, alisema sampuli 19 kati ya 26 zilizopimwa maabara zilikuwa na vimelea vya kipindupindu.",
       "@BG1", "@BG2",
       "\"Tunawaomba wananchi wachemshe maji ya kunywa na kunawa mikono kwa sabuni kila mara. Huu si wakati wa kupuuza,\" alisema Dkt. Mwamure.",
       "@FACT"],
      ["Kipindupindu", "Kilifi", "Afya ya umma"], 3, True),
    A("michezo", "Michezo", "bandari-fc-yaichapa-kariobangi-sharks-mbaraki",
      "Bandari FC yaichapa Kariobangi Sharks 2-0 uwanjani Mbaraki",
      "Juma Omar", "Mombasa", (10, 3),
      ["Bandari FC ilipanda hadi nafasi ya tatu kwenye jedwali la Ligi Kuu baada ya kuichapa Kariobangi Sharks mabao 2-0 katika uwanja wa Mbaraki Jumamosi jioni.",
       "Mshambuliaji Abdallah Hassan alifunga bao la kwanza dakika ya 23 kwa kichwa, akiunganisha krosi kutoka wingi ya kulia. Bao la pili lilifungwa na kiungo Yusuf Mwakio dakika ya 78 kwa mkwaju wa penalti.",
       "Kocha wa Bandari alisema vijana wake walicheza kwa nidhamu. \"Tulijua Sharks ni wazuri wakiwa na mpira, kwa hivyo tuliwanyima nafasi katikati,\" alisema.",
       "Mashabiki zaidi ya 3,000 walijitokeza uwanjani, idadi kubwa zaidi msimu huu.",
       "Bandari itasafiri Kakamega wiki ijayo kucheza na Kakamega Homeboyz."],
      ["Bandari FC", "Ligi Kuu", "Soka"], 2),
    A("biashara", "Biashara", "bei-ya-samaki-yapanda-lamu-upepo-mkali",
      "Bei ya samaki yapanda Lamu huku upepo mkali ukiwazuia wavuvi baharini",
      "Fatma Athman", "Lamu", (13, 3),
      ["Bei ya samaki katika soko la Lamu imepanda kwa karibu asilimia 40 katika wiki mbili zilizopita, baada ya upepo mkali wa kusi kuwazuia wavuvi wengi kwenda baharini.",
       "Kilo moja ya changu sasa inauzwa kati ya Sh450 na Sh500, kutoka Sh320 mwezi uliopita.",
       "\"Ngalawa zetu ni ndogo. Bahari ikichafuka hatuwezi kwenda mbali, na karibu na pwani samaki hawapo,\" alisema Bw. Mohamed Bwana, mwenyekiti wa kikundi cha wavuvi wa Shela.",
       "Wavuvi hao wameiomba serikali ya kaunti iwasaidie kupata boti kubwa zenye injini, ili waweze kuvua hata wakati wa msimu wa upepo.",
       "Wanunuzi nao wanalalamika. Mama mmoja aliyekuwa akinunua samaki sokoni alisema sasa anapika maharagwe mara nyingi kuliko zamani."],
      ["Uvuvi", "Lamu", "Bei za vyakula"], 3),
    A("elimu", "Elimu", "wanafunzi-1200-kwale-ufadhili-sekondari",
      "Wanafunzi 1,200 wa Kwale wapata ufadhili wa masomo ya sekondari",
      "Juma Omar", "Kwale", (15, 3),
      ["Wanafunzi 1,200 kutoka familia maskini katika kaunti ya Kwale watanufaika na ufadhili wa masomo ya sekondari wenye thamani ya Sh36 milioni uliotangazwa na serikali ya kaunti Alhamisi.",
       "Ufadhili huo utalipa karo yote ya wanafunzi wa kidato cha kwanza hadi cha nne walioko katika shule za bweni za kaunti na za kitaifa.",
       "Afisa wa elimu wa kaunti alisema wanafunzi walichaguliwa na kamati za wadi kwa kuzingatia matokeo ya mtihani na hali ya kifedha ya familia zao.",
       "Mzazi mmoja kutoka Lunga Lunga, ambaye binti yake alipata alama 398 katika mtihani wa KCPE, alisema alikuwa amekata tamaa. \"Nilikuwa nimeanza kumtafutia kazi ya nyumbani,\" alisema kwa machozi.",
       "Orodha kamili ya walionufaika itabandikwa katika ofisi za wadi kuanzia wiki ijayo."],
      ["Elimu", "Kwale", "Basari"], 3),
    A("afya", "Afya", "wakazi-mnarani-walalamikia-ukosefu-wa-maji-safi",
      "Wakazi wa Mnarani walalamikia ukosefu wa maji safi huku kipindupindu kikienea",
      "Amina Said", "Kilifi", (18, 3),
      ["Katika kijiji cha Mnarani, foleni ya madumu ya manjano imekuwa jambo la kawaida. Bomba pekee la kampuni ya maji ya kaunti hutoa maji mara mbili tu kwa wiki.",
       "Siku nyingine, wakazi hulazimika kuteka maji kutoka kisima cha wazi kilicho karibu na mto, maji ambayo maafisa wa afya wanasema yamechafuliwa.",
       "\"Tunajua maji ya kisima si salama, lakini mtoto akilia kwa kiu utafanya nini?\" aliuliza Bi. Rehema Kahindi, mama wa watoto wanne.",
       "@BG1", "@BG2",
       "Kampuni ya maji ya kaunti imeahidi kupeleka malori ya maji kijijini humo mara tatu kwa wiki hadi mlipuko utakapodhibitiwa.",
       "@FACT"],
      ["Kipindupindu", "Mnarani", "Maji safi"], 4, True),
    A("habari", "Habari", "feri-mpya-yaanza-kazi-kivuko-cha-likoni",
      "Feri mpya yaanza kazi katika kivuko cha Likoni",
      "Halima Mwinyi", "Mombasa", (21, 3),
      ["Feri mpya yenye uwezo wa kubeba abiria 1,400 na magari 36 kwa wakati mmoja ilianza kazi rasmi katika kivuko cha Likoni Jumatano asubuhi.",
       "Shirika la Huduma za Feri lilisema feri hiyo itapunguza msongamano, hasa asubuhi na jioni wakati maelfu ya wafanyakazi huvuka kutoka Likoni kwenda kisiwani.",
       "Abiria waliozungumza na Sauti ya Pwani walisema wamefurahi, ingawa baadhi yao bado wanasubiri kwa muda mrefu. \"Leo nimesubiri dakika kumi tu. Jana ilikuwa nusu saa,\" alisema Bw. Omari Said, fundi wa magari.",
       "Kivuko cha Likoni hutumiwa na zaidi ya watu 300,000 na magari 6,000 kila siku."],
      ["Likoni", "Feri", "Usafiri"], 2),
    A("mazingira", "Mazingira", "wakazi-wa-gazi-wapanda-miche-ya-mikoko",
      "Wakazi wa Gazi wapanda miche 10,000 ya mikoko kuokoa ufuo",
      "Fatma Athman", "Kwale", (23, 3),
      ["Zaidi ya wakazi 200 wa kijiji cha Gazi, kaunti ya Kwale, walijitokeza Jumamosi kupanda miche 10,000 ya mikoko katika eneo la ufuo lililoharibiwa na ukataji miti.",
       "Kikundi cha wanawake wa kijiji hicho kimekuwa kikipanda mikoko kwa miaka kumi, na kupata mapato kwa kuuza hewa ya ukaa (carbon credits) kwa makampuni ya kigeni.",
       "Wanawake wa kikundi cha Gazi wakipanda miche ya mikoko Jumamosi asubuhi. PICHA | FATMA ATHMAN",
       "\"Mikoko ni kinga yetu. Inazuia mawimbi, inatupa samaki, na sasa inatupa pesa za kusomesha watoto,\" alisema mwenyekiti wa kikundi hicho, Bi. Mwanasha Juma.",
       "Wataalamu wa mazingira wanasema Kenya imepoteza sehemu kubwa ya misitu yake ya mikoko katika miongo mitatu iliyopita."],
      ["Mikoko", "Gazi", "Mazingira", "Kwale"], 3),
    A("afya", "Afya", "kaunti-yafunga-vibanda-vya-chakula-soko-kilifi",
      "Kaunti yafunga vibanda vya chakula karibu na soko la Kilifi kudhibiti kipindupindu",
      "Amina Said", "Kilifi", (26, 3),
      ["Serikali ya kaunti ya Kilifi imefunga vibanda 37 vya kuuza chakula vilivyoko karibu na soko kuu la mji wa Kilifi, ikisema havikuwa na maji safi wala vyoo.",
       "@BG1",
       "Maafisa wa afya ya umma walisema wafanyabiashara watakaotimiza masharti ya usafi, ikiwemo kuwa na tangi la maji na sabuni, wataruhusiwa kufungua tena baada ya ukaguzi.",
       "Wafanyabiashara walilalamika kwamba hawakupewa notisi. \"Nilikuwa nimenunua samaki wa Sh6,000 asubuhi hiyo. Wote wameharibika,\" alisema mama mmoja anayeuza chakula.",
       "@BG2", "@FACT"],
      ["Kipindupindu", "Soko la Kilifi", "Wafanyabiashara"], 3, True),
    A("kaunti", "Kaunti", "bunge-la-kaunti-mombasa-lapitisha-bajeti-ya-ziada",
      "Bunge la kaunti ya Mombasa lapitisha bajeti ya ziada ya Sh1.2 bilioni",
      "Halima Mwinyi", "Mombasa", (3, 4),
      ["Wawakilishi wa wadi katika bunge la kaunti ya Mombasa walipitisha bajeti ya ziada ya Sh1.2 bilioni Jumanne jioni, baada ya mjadala mkali kuhusu fedha za kuzoa taka na kukarabati masoko.",
       "Sehemu kubwa ya fedha hizo, Sh480 milioni, zitatumika kulipa madeni ya wanakandarasi, huku Sh210 milioni zikielekezwa kwa ukarabati wa soko la Marikiti.",
       "Mwakilishi wa wadi ya Tudor aliipinga bajeti hiyo, akisema wadi yake haikutengewa hata shilingi moja ya miradi ya maendeleo.",
       "Bajeti hiyo sasa inasubiri kutiwa saini na gavana."],
      ["Bunge la Kaunti", "Mombasa", "Bajeti"], 2),
    A("utalii", "Utalii", "idadi-ya-watalii-wa-kigeni-diani-yaongezeka",
      "Idadi ya watalii wa kigeni Diani yaongezeka kwa asilimia 18",
      "Juma Omar", "Diani", (5, 4),
      ["Hoteli za Diani zimeripoti ongezeko la asilimia 18 la wageni kutoka nje ya nchi katika miezi mitatu ya kwanza ya mwaka huu, ikilinganishwa na kipindi hicho mwaka jana.",
       "Chama cha wamiliki wa hoteli wa Pwani kilisema wageni wengi wanatoka Ujerumani, Italia na Poland, na kwamba safari za moja kwa moja za ndege kutoka Ulaya hadi Mombasa zimesaidia.",
       "Hata hivyo, wafanyabiashara wadogo wa ufuoni wanasema bado hawajaona faida. \"Wageni wanakaa ndani ya hoteli. Wakitoka, wanaambiwa wasinunue kutoka kwetu,\" alisema muuzaji wa vinyago.",
       "Idara ya utalii ya kaunti imeahidi kujenga vibanda rasmi vya wafanyabiashara hao karibu na ufuo wa umma."],
      ["Utalii", "Diani", "Hoteli"], 3),
    A("habari", "Habari", "familia-300-zahama-mafuriko-tana-river",
      "Familia 300 zahama makazi yao baada ya mafuriko Tana River",
      "Halima Mwinyi", "Garsen", (9, 4),
      ["Zaidi ya familia 300 katika eneo la Garsen, kaunti ya Tana River, zimelazimika kuhama makazi yao baada ya Mto Tana kuvunja kingo zake kufuatia mvua kubwa iliyonyesha katika maeneo ya juu ya nchi.",
       "Familia hizo zimepewa hifadhi katika shule mbili na kanisa moja, ambako Shirika la Msalaba Mwekundu linatoa chakula, blanketi na vyandarua.",
       "\"Maji yaliingia usiku. Tuliokoa watoto tu, mali yote imebaki,\" alisema Bw. Galgalo Hiribae, mkulima wa mpunga.",
       "Idara ya hali ya hewa imeonya kuwa mvua zaidi inatarajiwa wiki hii, na kuwataka wakazi wa maeneo ya chini kuhamia sehemu za juu.",
       "Barabara ya Garsen–Witu imefungwa kwa muda baada ya sehemu yake kusombwa na maji."],
      ["Mafuriko", "Tana River", "Garsen", "Mvua"], 3),
    A("afya", "Afya", "wahudumu-wa-afya-ya-jamii-kampeni-nyumba-kwa-nyumba",
      "Wahudumu wa afya ya jamii waanza kampeni ya nyumba kwa nyumba dhidi ya kipindupindu",
      "Amina Said", "Kilifi", (11, 4),
      ["Wahudumu 420 wa afya ya jamii wameanza kuzunguka nyumba kwa nyumba katika wadi saba za Kilifi, wakigawa vidonge vya kusafisha maji na kufundisha familia jinsi ya kujikinga na kipindupindu.",
       "Kila mhudumu amepewa nyumba 100 za kutembelea ndani ya wiki mbili. Wanaacha pia sabuni na kijitabu cha maelezo kwa Kiswahili na Kigiriama.",
       "@BG1", "@BG2",
       "\"Watu wengi hawajui kwamba hata baada ya kupona, unaweza kuwaambukiza wengine usiponawa mikono,\" alisema Bi. Kadzo Mwangome, mmoja wa wahudumu hao.",
       "@FACT"],
      ["Kipindupindu", "Wahudumu wa afya ya jamii", "Kilifi"], 3, True),
    A("michezo", "Michezo", "mbio-za-ngalawa-lamu-washiriki-zanzibar-pemba",
      "Mbio za ngalawa za Lamu zavutia washiriki kutoka Zanzibar na Pemba",
      "Fatma Athman", "Lamu", (13, 4),
      ["Ngalawa 46 zilishiriki katika mbio za kila mwaka za Lamu Jumamosi, zikiwemo tano kutoka Zanzibar na mbili kutoka Pemba, kwa mara ya kwanza katika historia ya mashindano hayo.",
       "Mshindi, Bw. Athman Lali wa Matondoni, alimaliza mbio za kilomita 12 kwa saa moja na dakika 14, na kujinyakulia zawadi ya Sh200,000.",
       "\"Upepo ulikuwa mzuri leo. Tangu asubuhi nilijua ni siku yetu,\" alisema baada ya kupokea kikombe.",
       "Waandalizi wanasema wanatarajia washiriki zaidi kutoka nchi jirani mwaka ujao, na wameiomba serikali ya kaunti kuyafanya mashindano hayo kuwa sehemu rasmi ya kalenda ya utalii."],
      ["Ngalawa", "Lamu", "Utamaduni"], 2),
    A("elimu", "Elimu", "walimu-wa-chekechea-kilifi-watishia-kugoma",
      "Walimu wa chekechea Kilifi watishia kugoma kuhusu mishahara",
      "Juma Omar", "Kilifi", (15, 4),
      ["Walimu zaidi ya 1,500 wa shule za chekechea (ECDE) katika kaunti ya Kilifi wametishia kugoma kuanzia wiki ijayo iwapo serikali ya kaunti haitawaajiri kwa masharti ya kudumu.",
       "Kwa sasa, walimu hao wameajiriwa kwa kandarasi na hulipwa Sh12,000 kwa mwezi, kiasi wanachosema hakitoshi hata kulipa kodi ya nyumba.",
       "\"Tumefanya kazi hii kwa miaka minane bila bima ya afya wala pensheni. Tumechoka kuahidiwa,\" alisema katibu wa chama chao.",
       "Waziri wa elimu wa kaunti alisema serikali inapitia ripoti kuhusu mishahara ya walimu hao, na kuwaomba wasigome."],
      ["ECDE", "Walimu", "Mgomo", "Kilifi"], 2),
    A("kaunti", "Kaunti", "ukarabati-barabara-mariakani-bamba-kuanza",
      "Ukarabati wa barabara ya Mariakani–Bamba kuanza mwezi ujao",
      "Halima Mwinyi", "Kilifi", (17, 4),
      ["Barabara ya Mariakani–Bamba yenye urefu wa kilomita 42 itaanza kukarabatiwa mwezi ujao, Mamlaka ya Barabara za Vijijini (KeRRA) imesema.",
       "Wakazi wa Bamba wamekuwa wakilalamika kwa miaka mingi kwamba barabara hiyo haipitiki wakati wa mvua, na kwamba magari ya wagonjwa hukwama njiani.",
       "Mradi huo wa Sh1.9 bilioni utahusisha kuweka lami na kujenga madaraja mawili mapya juu ya mito ya msimu.",
       "Mwanakandarasi amepewa miezi 18 kukamilisha kazi hiyo."],
      ["Barabara", "KeRRA", "Bamba", "Mariakani"], 2),
    A("burudani", "Burudani", "tamasha-la-utamaduni-la-lamu-novemba",
      "Tamasha la Utamaduni la Lamu kurejea Novemba kwa siku nne",
      "Fatma Athman", "Lamu", (19, 4),
      ["Tamasha la Utamaduni la Lamu litafanyika kuanzia Novemba 21 hadi 24 mwaka huu, kamati ya maandalizi imetangaza.",
       "Mwaka huu, tamasha hilo litaangazia mashairi na taarab, pamoja na mashindano ya jadi ya punda, ngalawa na mchezo wa bao.",
       "Mwenyekiti wa kamati hiyo alisema wanatarajia wageni zaidi ya 5,000, wakiwemo watalii kutoka nje ya nchi.",
       "\"Tamasha hili ni kioo cha utamaduni wa Waswahili. Tunataka vijana walione kama lao, si la watalii tu,\" alisema.",
       "Wasanii wanaotaka kushiriki wanaombwa kujisajili katika ofisi ya utamaduni ya kaunti kabla ya Septemba 30."],
      ["Tamasha la Lamu", "Utamaduni", "Taarab"], 3),
    A("afya", "Afya", "shule-tatu-zafungwa-kilifi-kaskazini-kipindupindu",
      "Shule tatu za msingi zafungwa kwa muda Kilifi Kaskazini kufuatia mlipuko wa kipindupindu",
      "Amina Said", "Kilifi", (23, 4),
      ["Shule tatu za msingi katika kaunti ndogo ya Kilifi Kaskazini zimefungwa kwa wiki mbili baada ya wanafunzi 14 kuugua kipindupindu, maafisa wa elimu na afya walisema Jumatatu.",
       "Shule hizo hazina maji ya bomba, na wanafunzi hutegemea maji wanayobeba kwa madumu kutoka nyumbani.",
       "Mlipuko wa sasa wa kipindupindu uliripotiwa kwa mara ya kwanza mwezi Januari katika kijiji cha Mnarani, kaunti ndogo ya Kilifi Kaskazini, na tangu hapo umeenea katika wadi tisa za kaunti hiyo.",
       "@BG2",
       "Mkurugenzi wa elimu wa kaunti ndogo alisema shule hizo zitafunguliwa tena baada ya kujengewa matangi ya maji na vituo vya kunawia mikono.",
       "Kwa mujibu wa takwimu za kaunti, watu 612 wamelazwa hospitalini na tisa wamefariki tangu mlipuko huu ulipoanza.",
       "@FACT"],
      ["Kipindupindu", "Shule", "Kilifi Kaskazini"], 4, True),
    A("biashara", "Biashara", "wafanyabiashara-marikiti-walalamikia-ushuru",
      "Wafanyabiashara wa Marikiti walalamikia ongezeko la ushuru wa kila siku",
      "Juma Omar", "Mombasa", (25, 4),
      ["Wafanyabiashara wa soko la Marikiti mjini Mombasa wameandamana kupinga ongezeko la ushuru wa kila siku kutoka Sh50 hadi Sh100, uliotangazwa na serikali ya kaunti wiki iliyopita.",
       "Wauzaji wa mboga na matunda walisema biashara imeshuka, na kwamba ongezeko hilo litawalazimu kupandisha bei kwa wateja.",
       "\"Soko lenyewe linavuja, hakuna vyoo safi, taka hazizolewi. Tunalipa kwa huduma gani?\" aliuliza Bi. Zainabu Mwinyi, muuzaji wa nyanya.",
       "Afisa wa fedha wa kaunti alisema ushuru huo utasaidia kukarabati soko, na kwamba wafanyabiashara watashirikishwa katika mipango hiyo."],
      ["Marikiti", "Ushuru", "Mombasa", "Biashara"], 2),
]

# ---------------------------------------------------------------- template
MENU = "Mwanzo · Habari · Kaunti · Siasa · Biashara · Afya · Elimu · Michezo · Burudani · Makala"
COUNTIES = "Mombasa · Kilifi · Kwale · Lamu · Tana River · Taita Taveta"
COOKIE = [
    [("cookie", "Tunatumia vidakuzi (cookies) kuboresha huduma zetu na kuelewa jinsi tovuti inavyotumika. Ukiendelea kuvinjari, unakubali sera yetu ya faragha."),
     ("cookie", "Nimekubali · Soma zaidi")],
    [("cookie", "Tovuti hii hutumia vidakuzi. Je, unakubali?"),
     ("cookie", "Ndiyo · Hapana · Mipangilio")],
]
SHARE = "Shiriki habari hii: WhatsApp · Facebook · X · Telegram · Nakili kiungo"
NEWSLETTER = [
    [("newsletter", "Jarida la Asubuhi"),
     ("newsletter", "Habari kuu za Pwani kwenye barua pepe yako kila siku, saa kumi na mbili asubuhi."),
     ("newsletter", "Barua pepe yako"),
     ("newsletter", "Jisajili bure")],
    [("newsletter", "Usipitwe na habari!"),
     ("newsletter", "Pokea muhtasari wa habari za wiki nzima kila Ijumaa jioni."),
     ("newsletter", "Andika barua pepe"),
     ("newsletter", "Jiunge")],
]
WHATSAPP = "Jiunge na chaneli yetu ya WhatsApp upate habari za Pwani papo hapo."
CAMPAIGN = (2, 3, 4, 5, 6)  # pages 3-7


def wachangiaji(i):
    return 1284 + 23 * i + (i * 3) % 7


def appeal(i):
    out = [("appeal", "TUUNGE MKONO")]
    if i % 3 == 0:
        out.append(("appeal", "Habari huru za Pwani zinahitaji msaada wako. Hatuna mmiliki wa kisiasa — tunategemea wasomaji kama wewe."))
    else:
        out.append(("appeal", "Sauti ya Pwani ni chombo huru cha habari kinachoendeshwa kwa michango ya wasomaji."))
    out.append(("appeal", f"Wasomaji {wachangiaji(i):,} wamechangia mwezi huu. Lengo letu ni 3,000."))
    if i in CAMPAIGN:
        out.append(("appeal", "Mwezi wa Wasomaji: kila mchango utakaotolewa kabla ya Machi 31 utaongezwa mara mbili na wafadhili wetu."))
    out.append(("appeal", "KSh 50 · KSh 100 · KSh 500 · Kiasi chako"))
    out.append(("appeal", "Changia kupitia M-Pesa: Paybill 407155, Akaunti SAUTI"))
    out.append(("appeal", "Changia sasa"))
    return out


def related(i, art, arts):
    if art["series"]:
        others = [a for a in arts if a["series"] and a is not art]
        k = i % len(others)
    else:
        others = [a for a in arts if a is not art]
        k = (5 * i + 2) % len(others)
    pick = (others[k:] + others[:k])[:4 if i % 2 else 3]
    return [("related", "HABARI ZINAZOHUSIANA")] + [("related", a["headline"]) for a in pick]


def soma_pia(i, art, arts):
    j = (i + 7) % 18
    if arts[j] is art:
        j = (j + 1) % 18
    return ("related", f"SOMA PIA: {arts[j]['headline']}")


def build(i, art, arts):
    L = []
    if i % 4 != 1:
        L += COOKIE[0 if i < 10 else 1]
    L += [("navigation", "SAUTI YA PWANI"),
          ("ui", leo(i, art)),
          ("navigation", MENU),
          ("navigation", COUNTIES),
          ("navigation", f"Mwanzo » {art['label']}")]
    if art["series"]:
        L.append(("navigation", "KIPINDUPINDU KILIFI"))
    L.append((None, art["headline"]))
    L.append((None, art["byline"]))
    L.append((None, f"Imechapishwa: {art['date']}"))
    L.append(("ui", f"Dakika {art['min']} za kusoma"))
    if i % 5 != 2:
        L.append(("share", SHARE))
    if i % 3 == 0:
        L.append(("audio", "Sikiliza habari hii"))

    body = [(None, t) for t in expand(art["body"], SERIES)]
    sp_at = 0 if len(body) <= 4 else 1
    ad_at = sp_at + 1
    nl_at = sp_at + 3
    inserts = []
    if nl_at < len(body) - 1:
        mid = NEWSLETTER[(i // 2) % 2] if i % 4 != 2 else [("social", WHATSAPP)]
        body = insert_after(body, nl_at, mid)
        nl_done = mid[0][0] == "newsletter"
    else:
        nl_done = False
    if i % 2 == 0:
        body = insert_after(body, ad_at, [("ad", "TANGAZO")])
    body = insert_after(body, sp_at, [soma_pia(i, art, arts)])
    L += body

    blocks = {
        "appeal": appeal(i) if i != 9 else [],
        "tags": [("navigation", "Mada: " + ", ".join(art["tags"]))],
        "related": related(i, art, arts),
        "newsletter": [] if nl_done else NEWSLETTER[((i // 2) + 1) % 2],
        "app": [("app", "Pakua programu ya Sauti ya Pwani kutoka Google Play upate habari hata ukiwa na bando kidogo.")] if i % 3 != 2 else [],
        "social": [("social", "Tufuate: Facebook · X · Instagram · TikTok · YouTube")],
        "whatsapp": [("social", WHATSAPP)] if i % 4 == 0 else [],
        "ad": [("ad", "TANGAZO")] if i % 2 == 1 else [],
    }
    if i in (4, 11):
        blocks["comments"] = [("comments", "Maoni yamefungwa kwa habari hii.")]
    else:
        blocks["comments"] = [("comments", f"Maoni ({(i * 17 + 5) % 43})"),
                              ("comments", "Toa maoni yako"),
                              ("comments", "Maoni yenye matusi, uchochezi au chuki yataondolewa bila taarifa.")]
    if i % 2 == 0:
        order = ["tags", "appeal", "related", "ad", "newsletter", "social", "whatsapp", "app", "comments"]
    else:
        order = ["tags", "related", "comments", "ad", "appeal", "social", "app", "newsletter", "whatsapp"]
    for b in order:
        L += blocks[b]
    L += [("navigation", "Kuhusu sisi · Wasiliana nasi · Tangaza nasi · Nafasi za kazi · Maadili ya uandishi"),
          ("legal", "© 2024 Sauti ya Pwani Media Ltd. Haki zote zimehifadhiwa."),
          ("legal", "Hairuhusiwi kunakili au kuchapisha tena habari hizi bila idhini ya maandishi kutoka kwa wahariri."),
          ("legal", "Sera ya faragha · Masharti ya matumizi")]
    if i % 4 == 1:
        L += COOKIE[0 if i < 10 else 1]
    return L
