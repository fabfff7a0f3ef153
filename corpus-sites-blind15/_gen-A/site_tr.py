"""sb15-tr: Eşik Haber, a made-up reader-funded independent news site."""
from common import (mark, expand, words, readmore_targets, related_pages,
                    parse_articles, is_series)

CODE = "tr"
LANG = "tr"
HOST = "www.esikhaber.org"

# Running series "Enkazdan Sonra" (Hatay after the 6 February earthquakes).
SERIES = {
    "a": "6 Şubat 2023'te Kahramanmaraş merkezli iki büyük deprem 11 ili etkiledi. Resmi verilere göre Türkiye'de 53 binden fazla kişi hayatını kaybetti; en ağır yıkımın yaşandığı kentlerin başında Hatay geliyordu.",
    "b": "Depremin üzerinden bir buçuk yılı aşkın süre geçmesine rağmen Hatay'da on binlerce kişi hâlâ konteyner kentlerde yaşıyor. Kalıcı konutların teslimi sürerken kiracılar ve tapusu olmayanlar, hak sahipliği sürecinin dışında kalmaktan endişe ediyor.",
    "b2": "Depremin üzerinden bir buçuk yılı aşkın süre geçmesine rağmen Hatay'da on binlerce kişi hâlâ konteyner kentlerde yaşıyor. Kalıcı konutların teslimi sürüyor, ancak kiracılar ve tapusu olmayanlar hak sahipliği sürecinin dışında kalmaktan endişe ediyor.",
    "f": "Bu haber, Eşik'in “Enkazdan Sonra” dosyasının bir parçasıdır. Dosyanın tüm haberleri: esikhaber.org/dosya/enkazdan-sonra",
}

ARTICLES_RAW = r"""
emek | esenyurtta-moto-kuryeler-is-birakti | moto kurye, platform işçiliği, Esenyurt, grev
Esenyurt'ta moto kuryeler iş bıraktı: “Paket başı ücret 38 liraya düştü”
Elif Demirtaş / İstanbul
Paketgo platformunda çalışan yaklaşık 300 moto kurye, paket başına ödenen ücretin düşürülmesini protesto etmek için dün sabahtan itibaren Esenyurt ve Beylikdüzü'ndeki depolarda iş bıraktı.
Kuryelerin anlattığına göre şirket, ekim ayında paket başı ücreti 52 liradan 38 liraya indirdi. Yakıt, bakım ve telefon masraflarının kendi ceplerinden çıktığını söyleyen Murat K., “Günde on iki saat yoldayız, ay sonunda asgari ücreti ancak çıkarıyoruz” dedi.
Kuryelerin büyük bölümü şirketle iş sözleşmesiyle değil, şahıs şirketi açarak “iş ortağı” statüsünde çalışıyor. Bu nedenle kıdem tazminatından, fazla mesai ücretinden ve sendikal güvenceden yararlanamıyorlar.
“Kaza yapınca da kendi başınasın”
Eylemciler arasında bulunan 24 yaşındaki Berkay Y., geçen ay geçirdiği trafik kazasında motosikletinin hasar gördüğünü, tamir masrafının tamamını kendisinin ödediğini anlattı: “Şirket ‘iş ortağımızsın’ diyor ama kaza yapınca bir anda yabancı oluyorsun.”
Eşik'in sorularını yanıtlayan Paketgo basın birimi, ücret düzenlemesinin “piyasa koşulları doğrultusunda” yapıldığını, kuryelerle diyalog kanallarının açık olduğunu bildirdi.
Kuryeler, talepleri karşılanana kadar eylemi sürdüreceklerini ve cuma günü şirketin Maslak'taki genel müdürlüğü önünde basın açıklaması yapacaklarını duyurdu.
====
ekonomi | izmir-pazar-tezgahlari-domatesi-taneyle-aliyorlar | hayat pahalılığı, enflasyon, İzmir, pazar
İzmir'de pazar tezgâhları arasında: “Domatesi kiloyla değil, taneyle alıyorlar”
Can Ulusoy / İzmir
Buca'daki salı pazarında öğle saatleri. Tezgâhların çoğu dolu ama poşetler yarı boş. Yirmi iki yıldır sebze satan Hüseyin Aktaş, müşterilerinin alışkanlıklarının son iki yılda tamamen değiştiğini söylüyor: “Eskiden üç kilo domates alan şimdi dört tane alıyor. Fiyatı sorup utanarak geçenler var.”
Yıllık enflasyon resmi verilere göre yüzde 48 civarında seyrederken gıda fiyatlarındaki artış mutfakta çok daha yüksek hissediliyor.
Emekli öğretmen Nuran Hanım alışverişini pazar dağılırken yapıyor. “Akşama doğru esnaf fiyat kırıyor, ben de o saati bekliyorum. Meyveyi artık sadece torunlar gelince alıyorum” diyor.
Pazarcılar da zor durumda. Tezgâh kirası, nakliye ve hal fiyatlarındaki artış nedeniyle kâr marjlarının eridiğini anlatan esnaf, satılamayan ürünlerin önemli bir kısmının çöpe gittiğini söylüyor.
Pazarın çıkışında, yere düşmüş ezik domatesleri toplayan bir kadın var. Fotoğrafını çekmemizi istemiyor. “Salça yapacağım” diyor sadece, ve yürüyüp gidiyor.
Buca pazarında bir sebze tezgâhı. Fotoğraf: Can Ulusoy
====
deprem | antakyada-konteyner-kentte-kis-hazirligi | Hatay, deprem, konteyner kent, Enkazdan Sonra
Antakya'da konteyner kentte kış hazırlığı: “Yağmur yağınca tavandan su damlıyor”
Zeynep Aydın / Hatay
Antakya'nın Odabaşı bölgesindeki konteyner kentte kasımın ilk yağmurları, sakinlere geçen kışı hatırlatmış. Konteynerlerin çatısındaki ek yerlerinden sızan su, birçok ailenin eşyalarını naylonla örtmesine yol açmış.
Dört çocuk annesi Hatice Erdem, yaklaşık 21 metrekarelik konteynerde altı kişi yaşadıklarını anlatıyor: “Geceleri nemden duvarlar terliyor, çocuklar sürekli hasta. Isıtıcıyı açınca sigorta atıyor.”
@SERIES a b f
Konteyner kentin yönetiminden yapılan açıklamada, çatı onarımları için ekip görevlendirildiği ve kış öncesinde tüm konteynerlerin kontrol edileceği belirtildi.
Sakinler ise aynı sözlerin geçen yıl da verildiğini hatırlatıyor. Kentte gönüllü olarak çalışan bir dayanışma ağı, ihtiyaç sahibi ailelere battaniye ve elektrikli ısıtıcı dağıtmak için bağış topluyor.
====
ekoloji | mugla-karacaoren-tas-ocagi-nobet | Muğla, Milas, taş ocağı, zeytinlik, ÇED
Muğla'da zeytinliğe taş ocağı izni: Karacaören köylüleri nöbette
Selin Koç / Muğla
Muğla'nın Milas ilçesine bağlı Karacaören köyünde, zeytinliklerin hemen yanında açılması planlanan kalker ocağına karşı köylüler on dördüncü gündür nöbet tutuyor.
Şirketin aldığı “ÇED gerekli değildir” kararının ardından iş makineleri geçen ay bölgeye gelmeye başladı. Köylüler, ocak sahasının en yakın zeytin ağacına yalnızca 200 metre uzaklıkta olduğunu söylüyor.
Köy muhtarı Ali Rıza Şen, “Bunlar dedelerimizden kalan ağaçlar. Patlatmaların tozu çiçeğe düşerse o yıl ürün alamayız” diyor. Köyde yaklaşık 140 hane geçimini zeytin ve zeytinyağından sağlıyor.
Köylüler adına davayı takip eden avukat Ebru Tan, ÇED kararının iptali için Muğla İdare Mahkemesi'nde dava açtıklarını ve yürütmenin durdurulmasını talep ettiklerini açıkladı.
Jandarmayla gergin anlar
Cumartesi günü iş makinelerinin sahaya girmek istemesi üzerine köylülerle jandarma arasında arbede yaşandı. İki kadın kısa süreliğine gözaltına alındı, akşam saatlerinde serbest bırakıldı.
Şirket yetkilileri ise faaliyetin tüm yasal izinlere sahip olduğunu ve bölgeye istihdam sağlayacağını savunuyor.
====
hukuk | gazeteci-deniz-arslan-dezenformasyon-davasi-ertelendi | basın özgürlüğü, dezenformasyon yasası, 217/A, Deniz Arslan
Gazeteci Deniz Arslan'ın “dezenformasyon” davası yine ertelendi
Eşik Haber Merkezi
Sosyal medya paylaşımı nedeniyle “halkı yanıltıcı bilgiyi alenen yayma” suçlamasıyla yargılanan gazeteci Deniz Arslan'ın davasının üçüncü duruşması İstanbul Anadolu Adliyesi'nde görüldü.
Arslan, bir belediyenin ihale süreçlerine ilişkin haberini X hesabında paylaştığı için yargılanıyor. Savcılık, paylaşımın “kamu barışını bozmaya elverişli” olduğunu iddia ediyor.
Duruşmada savunma yapan Arslan, “Haberimdeki her bilgi resmi belgelere dayanıyor. Burada yargılanan ben değilim, halkın haber alma hakkıdır” dedi.
Mahkeme, ilgili belediyeden ihale dosyasının istenmesine karar vererek duruşmayı 12 Mart'a erteledi. Duruşmayı gazetecilik örgütlerinin temsilcileri ve çok sayıda meslektaşı izledi.
Ekim 2022'de yürürlüğe giren ve kamuoyunda “sansür yasası” olarak bilinen düzenlemeyle Türk Ceza Kanunu'na eklenen 217/A maddesi kapsamında bugüne kadar onlarca gazeteci hakkında soruşturma açıldı.
====
deprem | antakyada-konteyner-carsi-kira-var-musteri-yok | Hatay, esnaf, Uzun Çarşı, Enkazdan Sonra
Antakya'da konteyner çarşı: “Kira var, müşteri yok”
Zeynep Aydın / Hatay
Depremde yıkılan tarihi Uzun Çarşı'nın esnafından bir bölümü, bir yılı aşkın süredir şehrin dışındaki konteyner çarşıda tezgâh açıyor. Ancak kentin nüfusu azalınca müşteri de azalmış.
Kırk yıllık künefeci Mehmet Usta dükkânının önünde bekliyor: “Eskiden bayram öncesi kapıda sıra olurdu. Şimdi günde on tepsi satsam şükrediyorum.”
Esnafın en büyük şikâyeti kira. Belediyenin ilk altı ay ücretsiz verdiği konteyner dükkânlar için artık aylık kira ve elektrik faturası ödeniyor.
@SERIES a b2 f
Esnaf odalarının verilerine göre depremden önce kentte faal olan işletmelerin önemli bir kısmı henüz yeniden açılamadı.
Mehmet Usta yine de umutlu: “Çarşı yeniden yapılınca ilk dükkânı ben açacağım. Künefenin tadı Antakya'da başka.”
====
kent | kadikoy-sahil-dolgu-alanina-otel-plani-imza-kampanyasi | Kadıköy, imar planı, yeşil alan, Fenerbahçe
Kadıköy sahilinde dolgu alana otel planı: Mahalleli imza topluyor
Ozan Yıldız / İstanbul
Kadıköy'deki Kalamış–Fenerbahçe sahil şeridinde bulunan dolgu alanın bir bölümünü turizm tesisi alanına dönüştüren plan değişikliği, askı süresinin dolmasına günler kala tepki çekiyor.
Plan notlarına göre yaklaşık 18 bin metrekarelik yeşil alanın bir kısmında “konaklama ve ticaret” fonksiyonuna izin veriliyor. Bölge, hafta sonları on binlerce kişinin yürüyüş, piknik ve spor için kullandığı bir buluşma noktası.
Fenerbahçe Mahallesi sakinlerinin başlattığı imza kampanyası üç günde 12 bini aştı. Şehir plancısı Gül Ertem, “Dolgu alanlar kamu yararı gözetilerek yapılmış alanlardır. Yeşil alanı yapılaşmaya açmak planlama ilkelerine aykırı” dedi.
Planı hazırlayan idare ise değişikliğin “alanın daha etkin kullanılması” amacını taşıdığını, yeşil alanın büyük bölümünün korunacağını açıkladı.
Mahalle dernekleri, askı süresi içinde itiraz dilekçesi vermek isteyenler için hafta sonu sahilde stant açacaklarını duyurdu.
====
kultur-sanat | ankaranin-son-bagimsiz-sinemalarindan-lale-kapaniyor | sinema, Ankara, Kızılay, bağımsız sinema
Ankara'nın son bağımsız sinemalarından Lale Sineması kapanıyor
Deniz Yalçın / Ankara
Kızılay'da 1964'ten bu yana hizmet veren Lale Sineması yıl sonunda perdelerini kapatacak. Binanın sahibi, kira sözleşmesini yenilemeyeceğini işletmeye bildirdi.
Salonun işletmecisi Sevgi Karaca, son iki yılda kiranın dört katına çıktığını, bilet satışlarının ise pandemi öncesi seviyeye hiç dönmediğini anlatıyor: “Biz bir sinemadan çok bir buluşma yeriydik. Öğrenciler, emekliler, festival müdavimleri… Hepsi buraya gelirdi.”
Lale, ana akım dağıtımda yer bulamayan yerli bağımsız filmleri ve festival filmlerini göstermesiyle biliniyordu. Salon, kentte düzenlenen birçok film festivaline de ev sahipliği yapmıştı.
Kapanış haberinin duyulmasının ardından sinemaseverler sosyal medyada #LaleKapanmasın etiketiyle kampanya başlattı. Bazı yönetmenler son haftalarda filmlerini ücretsiz göstermeyi teklif etti.
Karaca, son gösterimin 31 Aralık'ta yapılacağını söylüyor. Programa hangi filmin gireceğini ise seyirciler oylamayla belirleyecek.
====
emek | gaziantepte-tekstil-iscileri-uc-aydir-maas-alamiyor | Gaziantep, tekstil, ücret gaspı, işçi eylemi
Gaziantep'te tekstil işçileri fabrika önünde: “Üç aydır maaş alamıyoruz”
Rojda Bulut / Gaziantep
Gaziantep'te bir organize sanayi bölgesindeki iplik fabrikasında çalışan yaklaşık 450 işçi, üç aydır ödenmeyen ücretleri için fabrika önünde oturma eylemi başlattı.
İşçiler, işverenin siparişlerin düştüğünü gerekçe göstererek maaşları parça parça ödediğini, ekim ayından bu yana ise hiç ödeme yapmadığını söylüyor. Çoğu asgari ücretle çalışan işçilerin bir bölümü kirasını ve çocuklarının okul masraflarını karşılayamadığını anlatıyor.
On bir yıldır fabrikada çalışan Fatma Ç., “Bakkal artık veresiye yazmıyor. Çocuğun servis parasını komşudan borç aldım” dedi.
İşçilerin başvurusu üzerine bölgeye gelen iş müfettişleri incelemeye başladı. Bir bağımsız sendikanın avukatları da işçilere haklı nedenle fesih ve alacak davaları için hukuki destek vereceklerini açıkladı.
Fabrika yönetimi, Eşik'in görüş talebine yanıt vermedi.
====
deprem | hatayda-konteyner-okullarda-ikinci-kis | Hatay, eğitim, konteyner okul, Enkazdan Sonra
Hatay'da konteyner okullarda ikinci kış: Öğrenciler montla ders dinliyor
Zeynep Aydın / Hatay
Defne ilçesindeki konteyner okulda saat sekizi biraz geçiyor. Dördüncü sınıf öğrencileri derse montlarıyla oturmuş, öğretmenleri tahtaya yazarken elindeki çayla ısınmaya çalışıyor.
@SERIES a b f
Okulda 11 konteyner sınıf var ve her birinde 30'a yakın öğrenci ders görüyor. Öğretmenler, sınıfların sabah saatlerinde çok soğuk, öğleden sonra ise güneşle birlikte bunaltıcı olduğunu söylüyor.
Sınıf öğretmeni Özlem Kaya, depremden sonra öğrencilerinde dikkat dağınıklığının ve kaygının belirgin biçimde arttığını anlatıyor: “Yoldan bir kamyon geçip konteyner sarsılınca çocukların yüzüne bakıyorum, hepsi aynı geceyi hatırlıyor.”
İl Milli Eğitim Müdürlüğü, kalıcı okul binalarının yapımının sürdüğünü ve öğrencilerin önümüzdeki eğitim yılında yeni binalara taşınmasının planlandığını açıkladı.
====
medya | yerel-basinda-kagit-krizi-gazeteler-matbaaya-veda-ediyor | yerel basın, kâğıt fiyatları, resmi ilan, medya
Yerel basında kâğıt krizi: Bir yılda 40'tan fazla gazete matbaaya veda etti
Ozan Yıldız
Kâğıt ve baskı maliyetlerindeki artış, Anadolu'daki yerel gazeteleri birer birer basılı yayından çekiyor. Yerel gazeteci derneklerinin derlediği verilere göre son bir yılda 40'tan fazla yerel gazete basılı yayına son verip yalnızca internette yayımlanmaya başladı.
Kastamonu'da 52 yıldır yayımlanan bir gazetenin sahibi Kemal Özdemir, “Babamdan devraldığım gazeteyi matbaadan çekmek zorunda kaldım. Tek bir baskının maliyeti, aylık abone gelirimizi geçti” dedi.
Yerel gazetelerin önemli gelir kaynaklarından resmi ilanlar da tartışma konusu. Gazeteciler, ilan dağıtımında yayın çizgisinin belirleyici olduğunu ve eleştirel gazetelere verilen ilan kesme cezalarının arttığını öne sürüyor.
Yerel medya alanında çalışan gazeteci Aylin Doğan, basılı gazetenin kaybolmasının yalnızca ekonomik bir kayıp olmadığını vurguluyor: “Kahvede, berberde elden ele dolaşan gazete yok oldu. İnternete geçenlerin çoğu da sosyal medya algoritmalarına yenik düşüyor.”
====
ekonomi | emekliler-ankarada-kirayi-odeyince-ay-bitiyor | emekliler, miting, Ankara, emekli aylığı
Emekliler Ankara'da: “Kirayı ödeyince ayın yarısı bitiyor”
Deniz Yalçın / Ankara
Emekli dernekleri ve sendikaların çağrısıyla bir araya gelen binlerce emekli Ankara'da Tandoğan Meydanı'nda miting düzenledi. Emekliler, en düşük emekli aylığının asgari ücret seviyesine çıkarılmasını talep etti.
Sivas'tan otobüsle gelen 67 yaşındaki emekli işçi Hasan Öztürk, “Kırk yıl çalıştım. Şimdi torunuma harçlık veremiyorum, ilacımı yarıya bölerek içiyorum” dedi.
Mitingde konuşan sendika temsilcileri, emeklilerin bir bölümünün geçinebilmek için yeniden çalışmak zorunda kaldığına dikkat çekti. Alanda “Emekliye insanca yaşam” ve “İkramiye değil, insanca aylık” yazılı dövizler taşındı.
Miting olaysız sona erdi. Emekli örgütleri, ocak ayındaki zam oranı açıklanana kadar il il eylemlere devam edeceklerini duyurdu.
Tandoğan Meydanı'nda toplanan emekliler. Fotoğraf: Deniz Yalçın
====
deprem | depremde-kiraci-olanlar-ne-evimiz-var-ne-hak-sahipligi | Hatay, kiracılar, hak sahipliği, Enkazdan Sonra
Depremde kiracı olanlar: “Ne evimiz var ne de hak sahipliği”
Zeynep Aydın / Hatay
Antakya'nın Cebrail Mahallesi'nde kiracı olarak oturan Reşit Avcı'nın ailesi depremde evini kaybetti, ama hak sahipliği listesinde adı yok. Çünkü oturdukları dairenin tapusu ev sahibine ait.
Deprem sonrası yürürlüğe giren düzenlemelere göre kalıcı konutlarda öncelik hak sahiplerine, yani yıkılan ya da ağır hasarlı binalarda tapusu bulunanlara tanınıyor. Kiracılar için ayrılan konut sayısı ise sınırlı.
“Yirmi yıl aynı mahallede yaşadık. Konteynerden çıkarsak nereye gideceğimizi bilmiyoruz. Antakya'da kiralar 15 bin lirayı geçti” diyor Avcı.
Hatay'daki hak örgütleri, kiracılara yönelik kura ve başvuru süreçlerinin daha şeffaf yürütülmesini ve sosyal konut kotasının artırılmasını talep ediyor.
@SERIES a b f
====
ekoloji | izmir-korfezinde-yine-balik-olumleri | İzmir Körfezi, balık ölümleri, deniz kirliliği, oksijensizlik
İzmir Körfezi'nde yine balık ölümleri: Uzmanlar oksijensizliğe dikkat çekiyor
Can Ulusoy / İzmir
İzmir Körfezi'nin iç kesimlerinde, özellikle Bayraklı ve Karşıyaka sahillerinde son iki günde binlerce ölü balık kıyıya vurdu. Belediye ekipleri sahilden tonlarca ölü balık topladı.
Deniz bilimciler ölümlerin sıcak hava, durgun su ve körfeze yıllardır taşınan atıkların yol açtığı oksijensizlikten kaynaklandığını belirtiyor. Deniz biyoloğu Doç. Dr. Kerem Tunç, “Bu bir sonuç, sebep değil. Körfeze dökülen derelerdeki kirlilik önlenmedikçe her yaz aynı görüntülerle karşılaşacağız” dedi.
Sahilde yürüyüş yapan İzmirliler ise kötü kokudan şikâyetçi. Karşıyaka'da balık tutan emekli Yusuf Bey, “Otuz yıldır buraya olta atıyorum, böylesini görmedim” diyor.
Çevre örgütleri, arıtma tesislerinin kapasitesinin artırılması ve körfezin bütüncül bir koruma planına kavuşturulması çağrısında bulundu.
====
kent | bursada-kentsel-donusum-kiracilar-mahalleden-gidiyor | Bursa, kentsel dönüşüm, kiracılar, barınma hakkı
Bursa'da kentsel dönüşüm: Kiracılar mahalleden göç ediyor
Rojda Bulut / Bursa
Bursa'nın Yıldırım ilçesindeki bir mahallede kentsel dönüşüm kapsamında 60'tan fazla bina yıkıldı. Yeni konutların inşaatı sürerken eski kiracıların büyük bölümü artan kiralar nedeniyle şehrin çeperlerine taşınmak zorunda kaldı.
Otuz yıldır aynı sokakta terzi dükkânı işleten Necla Şahin, “Müşterilerimin yarısı gitti. Yeni binalar bitince belki gelirler ama o dairelerin kirasını kim ödeyecek?” diye soruyor.
Şehir plancıları, dönüşüm projelerinin yalnızca binaları değil mahallenin sosyal dokusunu da değiştirdiğini vurguluyor. Araştırmalar, dönüşüm alanlarında yıkım öncesindeki sakinlerin önemli bir kısmının proje bittikten sonra mahalleye dönemediğini gösteriyor.
Mahallede kurulan dayanışma derneği, kiracılara taşınma yardımı ve kira desteği verilmesi için belediyeye başvurdu. Başvuru henüz yanıtlanmadı.
====
kultur-sanat | bagimsiz-yayincilar-kitap-fuarinda-kagit-fiyati | yayıncılık, kitap fuarı, kâğıt fiyatları, bağımsız yayınevleri
Bağımsız yayıncılar kitap fuarında: “Baskı adedini kâğıt fiyatı belirliyor”
Deniz Yalçın
İstanbul'daki kitap fuarında bu yıl küçük yayınevlerinin stantları her zamankinden kalabalık, ama yayıncıların yüzü gülmüyor.
Yedi yıldır şiir ve öykü kitapları basan bir yayınevinin editörü Melis Ergin, ilk baskıları 1.000'den 500'e düşürdüklerini anlatıyor: “Kâğıt fiyatı her ay değişiyor. Bir kitabın maliyetini hesaplarken döviz grafiğine bakıyoruz.”
Yayıncılar, kitap fiyatlarının okurun alım gücünün çok üstüne çıktığını kabul ediyor. Fuarda en çok ilgi gören yerlerin indirimli ikinci el kitap satan tezgâhlar olması dikkat çekiyor.
Genç okurlar ise çözümü kütüphanelerde ve takas gruplarında buluyor. Üniversite öğrencisi Ceren, “Bir romanı arkadaşlarla ortak alıp sırayla okuyoruz” diyor.
Fuar pazar akşamına kadar ziyaretçilere açık olacak.
====
deprem | iskenderunda-psikososyal-destek-merkezi-kapaniyor | Hatay, İskenderun, ruh sağlığı, Enkazdan Sonra
Hatay'da psikososyal destek merkezi kapanıyor: “Çocuklar yeni yeni konuşmaya başlamıştı”
Zeynep Aydın / Hatay
Depremin ardından uluslararası bir yardım kuruluşunun desteğiyle İskenderun'da açılan psikososyal destek merkezi, fonun sona ermesi nedeniyle ay sonunda kapanıyor.
Merkezde bugüne kadar 1.800'den fazla çocuk ve yetişkine bireysel ve grup desteği verildi. Merkezde çalışan psikolog Aslı Demir, “Yasını tutamamış çocuklar yeni yeni resim yapmaya, konuşmaya başlamıştı. Şimdi bu süreç yarıda kalacak” dedi.
@SERIES a b f
Uzmanlar, büyük afetlerin ruhsal etkilerinin yıllarca sürebildiğini ve destek hizmetlerinin acil dönemle sınırlı kalmaması gerektiğini vurguluyor.
Merkezdeki danışanların bir kısmının devlete bağlı toplum ruh sağlığı merkezlerine yönlendirileceği bildirildi. Ancak aileler bu merkezlerde randevu için haftalarca beklediklerini söylüyor.
====
hukuk | kadin-cinayeti-davasinda-haksiz-tahrik-indirimi-yok | kadın cinayetleri, haksız tahrik, Eskişehir, yargı
Kadın cinayeti davasında karar: Mahkeme “haksız tahrik” indirimi uygulamadı
Eşik Haber Merkezi
Eskişehir'de geçen yıl boşanma aşamasındaki eşi Gülay K.'yı bıçaklayarak öldüren Serkan K., ağırlaştırılmış müebbet hapis cezasına çarptırıldı.
Sanık, savunmasında eşinin kendisini “tahrik ettiğini” ileri sürerek ceza indirimi talep etmişti. Mahkeme heyeti, dosyada bu iddiayı destekleyen hiçbir delil bulunmadığını belirterek haksız tahrik ve takdiri indirim uygulamadı.
Davayı takip eden kadın örgütleri kararın ardından adliye önünde açıklama yaptı. Avukat Derya Aksoy, “Bu karar, failleri kravatla ve göstermelik pişmanlıkla ödüllendiren uygulamalara karşı önemli bir örnek” dedi.
Gülay K.'nın ablası ise gözyaşları içinde, “Kardeşimi geri getirmez ama en azından adalet yerini buldu” diye konuştu.
Sanık avukatı karara istinaf yoluyla itiraz edeceklerini açıkladı.
"""

# ---------------------------------------------------------------- template
NAV = mark("navigation", "Gündem  Ekonomi  Emek  Ekoloji  Kent  Kültür-Sanat  Hukuk  Medya  Dosyalar")
HEADER_SUPPORT = mark("appeal", "Destekçi ol")
SECTION_NAME = {
    "gundem": "Gündem", "ekonomi": "Ekonomi", "emek": "Emek", "ekoloji": "Ekoloji",
    "kent": "Kent", "kultur-sanat": "Kültür-Sanat", "hukuk": "Hukuk",
    "medya": "Medya", "deprem": "Dosyalar › Enkazdan Sonra",
}
COOKIE = [
    mark("cookie", "Sitemizde deneyiminizi iyileştirmek ve ziyaret istatistiklerini ölçmek için çerezler kullanıyoruz. Ayrıntılar için Çerez Politikamıza göz atabilirsiniz."),
    mark("cookie", "Kabul ediyorum"),
    mark("cookie", "Reddet"),
    mark("cookie", "Çerez ayarları"),
]
SHARE = mark("share", "Paylaş: X · Facebook · WhatsApp · Telegram · E-posta")
SHARE_COPY = mark("share", "Bağlantıyı kopyala")
FONT = mark("ui", "Yazı boyutu: A− A+")
RELATED_LABEL = mark("related", "İLGİLİ HABER")
NL_A = [
    mark("newsletter", "Günün özeti her sabah 07.00'de e-posta kutunuzda. Eşik Sabah bültenine ücretsiz abone olun."),
    mark("newsletter", "E-posta adresiniz"),
    mark("newsletter", "Abone ol"),
]
NL_B = [
    mark("newsletter", "Gündemin gürültüsünden uzak, haftada bir: Cuma akşamları Eşik Haftalık bülteninde haftanın öne çıkan dosyalarını derliyoruz."),
    mark("newsletter", "E-posta adresiniz"),
    mark("newsletter", "Kaydol"),
]
NL_KVKK = mark("newsletter", "Abone olarak KVKK Aydınlatma Metni'ni okuduğunuzu kabul etmiş olursunuz.")
AD = mark("ad", "Reklam")
APPEAL_A = mark("appeal", "Eşik'te okuduğunuz haberlerin arkasında ne reklam verenler ne de patronlar var: Yalnızca okurlarımız var.")
APPEAL_B = mark("appeal", "Bağımsız gazetecilik bedava değil. Sahada kalabilmemiz için sizin desteğinize ihtiyacımız var.")
APPEAL_TOGGLE = [mark("appeal", "Tek seferlik"), mark("appeal", "Aylık")]
APPEAL_BUTTONS = [mark("appeal", "75 TL"), mark("appeal", "150 TL"), mark("appeal", "300 TL"),
                  mark("appeal", "Başka bir tutar")]
APPEAL_CTA = mark("appeal", "Destek ol")
APPEAL_NOTE = mark("appeal", "Destekleriniz, Eşik'i yayımlayan Eşik Gazetecilik Derneği'nin hesabına aktarılır.")
CAMPAIGN_HEAD = mark("appeal", "Eşik 7 yaşında! Doğum günü kampanyamızda 7 günde 700 yeni destekçiye ulaşmak istiyoruz.")
CAMPAIGN_CTA = mark("appeal", "Kampanyaya katıl")
TAGS_LABEL = mark("navigation", "Etiketler")
SOCIAL_A = mark("social", "Eşik'i X, Instagram, Bluesky ve YouTube'da takip edin.")
SOCIAL_B = mark("social", "Son dakika gelişmeleri için Telegram kanalımıza katılın: t.me/esikhaber")
COMMENTS_OFF = mark("comments", "Bu habere yorum yapılamıyor. Tartışmaya sosyal medya hesaplarımızdan katılabilirsiniz.")
RELATED_HEAD = mark("related", "Bunlar da ilginizi çekebilir")
RELATED_POOL = [
    "Kod 29 ile işten çıkarılan işçiler: “İmzalamazsan tazminat yok dediler”",
    "Kuraklık Konya Ovası'nda obruk sayısını artırıyor",
    "Asgari ücret pazarlığı başlıyor: Sendikalar ne istiyor?",
    "Tutuklu gazeteciler için Silivri önünde nöbet",
    "Kira artışında yüzde 25 sınırı kalktı, şimdi ne olacak?",
    "Diyarbakır'da Kürtçe tiyatro festivali ikinci yılında",
]
PODCAST = mark("audio", "Podcast | Eşikten Bakış: Haftanın gündemini her pazartesi 20 dakikada konuşuyoruz. Spotify, Apple Podcasts ve YouTube'da.")
APP = mark("app", "Eşik'in mobil uygulamasıyla son dakika bildirimlerini kaçırmayın. Google Play ve App Store'da ücretsiz.")
FOOTER = mark("navigation", "Hakkımızda · Künye · Yayın İlkelerimiz · Gizlilik ve Çerez Politikası · İletişim")
LEGAL = mark("legal", "© 2024 Eşik Haber. Haberlerimiz kaynak gösterilerek ve bağlantı verilerek alıntılanabilir; tamamı izinsiz kopyalanamaz.")

COOKIE_TOP = {1, 7, 13}         # banner rendered above the page; elsewhere at the bottom
COOKIE_NONE = {4, 10, 17}
SHARE_NONE = {6, 14}
AUDIO_NONE = {2, 6, 10, 14, 18}
NL_NONE = {3, 12}
APPEAL_MID = {5, 11, 16}         # donation box pushed into the article body
APPEAL_NONE = {8}
CAMPAIGN = {4, 9, 10, 15, 16}
AD_PAGES = {1, 2, 5, 7, 9, 12, 14, 15, 18}
PODCAST_PAGES = {2, 5, 8, 11, 14, 17}
COMMENTS_PAGES = {1, 2, 4, 6, 7, 9, 10, 12, 13, 15, 16, 18}
MONTHS = ["Kasım"] * 13 + ["Aralık"] * 5
DAYS = [4, 5, 5, 6, 8, 11, 12, 13, 14, 15, 18, 19, 21, 2, 3, 5, 6, 9]


def fmt_int(x):
    return "{:,}".format(x).replace(",", ".")


def render(n, arts):
    a = arts[n - 1]
    body = expand(a, SERIES)
    headline, byline, paras = body[0], body[1], body[2:]
    w = words(body)
    tgt = readmore_targets(arts)
    day = "%d %s 2024" % (DAYS[n - 1], MONTHS[n - 1])
    L = []
    if n in COOKIE_TOP:
        L += COOKIE
    L += [NAV, HEADER_SUPPORT]
    L.append(mark("navigation", "Ana Sayfa › " + SECTION_NAME[a["section"]]))
    L.append(headline)
    L.append(byline)
    L.append(mark("ui", "%s, %02d:%02d · Okuma süresi: %d dk" % (day, 8 + n % 9, (n * 17) % 60, max(2, round(w / 55)))))
    if n not in AUDIO_NONE:
        secs = int(w * 0.5)
        L.append(mark("audio", "Haberi dinle · %02d:%02d" % (secs // 60, secs % 60)))
    if n not in SHARE_NONE:
        L += [SHARE, SHARE_COPY, FONT] if n % 2 else [SHARE, FONT]
    # donation box
    appeal = []
    if n not in APPEAL_NONE:
        backers = 1284 + 36 * n - (n * n * 3) % 57
        appeal = [APPEAL_A if n % 2 else APPEAL_B,
                  mark("appeal", "Bu ay %s okur destek oldu. Hedefimiz: 2.000 destekçi." % fmt_int(backers)),
                  mark("appeal", "%%%d tamamlandı" % int(backers * 100 / 2000))]
        appeal += APPEAL_TOGGLE + APPEAL_BUTTONS + [APPEAL_CTA, APPEAL_NOTE]
    if n in CAMPAIGN:
        joined = 88 + 97 * sorted(CAMPAIGN).index(n) + n % 5
        appeal = [CAMPAIGN_HEAD,
                  mark("appeal", "Kampanyaya şu ana kadar %d kişi katıldı." % joined),
                  CAMPAIGN_CTA] + appeal
    rm_at = 1
    nl_at = max(2, len(paras) - 2)
    ad_at = 3 if n in AD_PAGES else None
    ap_at = len(paras) // 2 + 1 if n in APPEAL_MID else None
    for k, p in enumerate(paras, 1):
        L.append(p)
        if k == rm_at:
            L += [RELATED_LABEL, mark("related", arts[tgt[n] - 1]["lines"][0])]
        if k == ad_at:
            L.append(AD)
        if k == ap_at:
            L += appeal
        if k == nl_at and n not in NL_NONE and k < len(paras):
            L += (NL_A if n % 3 else NL_B) + [NL_KVKK]
    if n not in APPEAL_MID:
        L += appeal
    L += [TAGS_LABEL, mark("navigation", " · ".join(a["tags"]))]
    L.append(SOCIAL_B if n % 4 == 0 else SOCIAL_A)
    if n in COMMENTS_PAGES:
        L.append(COMMENTS_OFF)
    rel = related_pages(n, offsets=(7,), exclude=(tgt[n],))
    related = [RELATED_HEAD, mark("related", RELATED_POOL[n % len(RELATED_POOL)])]
    related += [mark("related", arts[p - 1]["lines"][0]) for p in rel]
    related.append(mark("related", RELATED_POOL[(n + 3) % len(RELATED_POOL)]))
    extras = []
    if n in PODCAST_PAGES:
        extras.append(PODCAST)
    if n % 3 == 0:
        extras.append(APP)
    if n % 2:
        L += related + extras
    else:
        L += extras + related
    L += [FOOTER, LEGAL]
    if n not in COOKIE_TOP and n not in COOKIE_NONE:
        L += COOKIE
    return L
