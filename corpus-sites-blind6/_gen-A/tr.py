import random
from lib import B, write_page

SITE, LANG, HOST = "sb6-tr", "tr", "www.gundemhatti.com.tr"

BG1 = ("Asgari Ücret Tespit Komisyonu, 2027 yılında uygulanacak asgari ücreti belirlemek için ilk toplantısını 18 Kasım'da "
       "Çalışma ve Sosyal Güvenlik Bakanlığı'nda yaptı. Komisyonda işçi, işveren ve hükümet kesimini temsilen beşer üye yer alıyor.")
def BG2(n):
    return ("Halen net 28.075 lira olan asgari ücret, yaklaşık %s milyon çalışanı doğrudan ilgilendiriyor. "
            "Yeni rakamın aralık ayının son haftasında açıklanması bekleniyor." % n)
HOW = "Asgari ücret süreci nasıl işliyor?"

ARTS = [
dict(sec="ekonomi", crumb="Ekonomi", slug="asgari-ucret-icin-ilk-toplanti-yapildi",
 h="Asgari ücret için ilk toplantı yapıldı: Türk-İş rakam açıklamadı",
 s="2027 yılı asgari ücretini belirleyecek komisyon Ankara'da bir araya geldi. Toplantı yaklaşık üç saat sürdü.",
 by="Haber Merkezi | 18.11.2026 17:42",
 cap=None, foto=None, src="AA",
 rel="Memur maaş zammı ne kadar olacak? İşte 6 aylık enflasyon farkı hesabı",
 body=[
 "Milyonlarca çalışanın merakla beklediği asgari ücret görüşmelerinde ilk adım atıldı. Komisyon, Çalışma ve Sosyal Güvenlik Bakanı başkanlığında saat 14.00'te toplandı.",
 "Toplantının ardından açıklama yapan Türk-İş Genel Sekreteri, henüz bir rakam telaffuz etmeyeceklerini söyledi: \"Masaya önce verileri koyacağız. Rakam konuşmak için erken.\"",
 "Bakanlık kaynakları ise ilk toplantıda ağırlıklı olarak TÜİK'in hane halkı verileri ile enflasyon beklentilerinin değerlendirildiğini belirtti.",
 HOW,
 BG1,
 "Komisyon kararlarını oy çokluğuyla alıyor. İşçi kesimi son yıllarda birçok kez karara şerh düşmüş, hatta toplantıları boykot etmişti.",
 BG2("7"),
 "Komisyonun ikinci toplantısının aralık ayının ilk haftasında yapılması planlanıyor.",
 ]),
dict(sec="gundem", crumb="Gündem", slug="istanbul-kar-yagisi-uyarisi-meteoroloji-saat-verdi",
 h="İstanbul'a kar geliyor: Meteoroloji saat verdi",
 s="Soğuk hava dalgası hafta sonu Marmara'yı etkisi altına alacak. Sıcaklıkların 8 ila 10 derece düşmesi bekleniyor.",
 by="Elif Yıldırım | 02.12.2026 10:15 | Güncelleme: 02.12.2026 13:40",
 cap="Geçen kış Sultanahmet Meydanı.", foto="Fotoğraf: Arşiv", src="DHA",
 rel="Kombi ayarı nasıl yapılır? Doğalgaz faturasını düşürmenin 7 yolu",
 body=[
 "Meteoroloji Genel Müdürlüğü, Balkanlar üzerinden gelen soğuk hava dalgasının cuma gecesinden itibaren Marmara Bölgesi'ni etkisi altına alacağını duyurdu.",
 "Yapılan açıklamaya göre İstanbul'da cumartesi sabah saatlerinden itibaren yağmurun yüksek kesimlerde karla karışık yağmur ve kara dönmesi bekleniyor.",
 "Kar yağışının özellikle Arnavutköy, Çatalca, Sarıyer ve Beykoz'un kuzey kesimlerinde etkili olacağı tahmin ediliyor.",
 "Valilikten uyarı",
 "İstanbul Valiliği, sürücülerin zorunlu olmadıkça özel araçlarıyla trafiğe çıkmamalarını ve toplu taşımayı tercih etmelerini istedi.",
 "İBB ise karla mücadele ekiplerinin hazır olduğunu, 1.600 araç ve 9 bin personelin görev yapacağını açıkladı.",
 ]),
dict(sec="ekonomi", crumb="Ekonomi", slug="emekli-aylik-odeme-takvimi-aralik",
 h="Emekli aylıkları ne zaman yatacak? Aralık ödeme takvimi belli oldu",
 s="SGK'nın açıkladığı takvime göre SSK emeklilerinin aylıkları TC kimlik numarasının son hanesine göre hesaplara aktarılacak.",
 by="Haber Merkezi | 27.11.2026 09:30",
 cap=None, foto=None, src=None,
 rel="En düşük emekli aylığı ne kadar olacak? Ocak zammı için hesaplama",
 body=[
 "Milyonlarca emeklinin beklediği aralık ayı ödeme takvimi netleşti. SSK emeklilerinin aylıkları, kimlik numarasının son hanesine göre üç gün içinde hesaplara aktarılacak.",
 "Bağ-Kur emeklilerinin aylıkları ise her zamanki gibi ayın 25'i ile 28'i arasında ödenecek.",
 "Ödeme takvimi",
 "Son hanesi 0 ve 2 olanlar: 17 Aralık Perşembe",
 "Son hanesi 4 ve 6 olanlar: 18 Aralık Cuma",
 "Son hanesi 8 olanlar: 19 Aralık Cumartesi",
 "Emekliler, aylığın yatıp yatmadığını e-Devlet üzerinden ya da maaş aldıkları bankanın mobil uygulamasından kontrol edebilecek.",
 ]),
dict(sec="ekonomi", crumb="Ekonomi", slug="turk-is-kasim-ayi-aclik-siniri-aciklandi",
 h="Türk-İş kasım ayı açlık ve yoksulluk sınırını açıkladı",
 s="Dört kişilik bir ailenin gıda harcaması 27 bin lirayı aştı. Yoksulluk sınırı ise 89 bin liraya dayandı.",
 by="Burak Aydın | 28.11.2026 11:05",
 cap=None, foto=None, src="İHA",
 rel="Kira artışında yeni dönem: Yüzde 25 sınırı kalkıyor mu?",
 body=[
 "Türkiye İşçi Sendikaları Konfederasyonu (Türk-İş), kasım ayına ilişkin açlık ve yoksulluk sınırı araştırmasının sonuçlarını açıkladı.",
 "Araştırmaya göre dört kişilik bir ailenin sağlıklı ve dengeli beslenebilmesi için yapması gereken aylık gıda harcaması, yani açlık sınırı 27.340 lira oldu.",
 "Gıda ile birlikte giyim, konut, ulaşım, eğitim ve sağlık gibi zorunlu harcamaların toplamı olan yoksulluk sınırı ise 89.050 liraya yükseldi.",
 "Mutfak enflasyonu",
 "Açıklamada, son on iki ayda mutfak enflasyonunun yüzde 34,8 olduğu belirtildi. En fazla artış sebze ve meyve grubunda yaşandı.",
 "Veriler, asgari ücret görüşmelerinde işçi kesiminin masaya götüreceği en önemli argümanlar arasında yer alıyor.",
 BG1,
 BG2("7"),
 ]),
dict(sec="spor", crumb="Spor › Futbol", slug="goztepe-konyaspor-2-1",
 h="Göztepe, Konyaspor'u 90+2'de yıktı",
 s="İzmir temsilcisi geriye düştüğü maçta iki golle kazandı, ligde üçüncü sıraya yükseldi.",
 by="Spor Servisi | 30.11.2026 21:58",
 cap=None, foto=None, src=None,
 rel="Süper Lig'de 14. haftanın toplu sonuçları ve puan durumu",
 body=[
 "Trendyol Süper Lig'in 14. haftasında Göztepe, sahasında Konyaspor'u 2-1 mağlup etti. Gürsel Aksel Stadı'ndaki karşılaşma son dakikalarda büyük heyecana sahne oldu.",
 "Konuk ekip 34. dakikada kontra atakta bulduğu golle öne geçti. İlk yarı bu skorla sona erdi.",
 "İkinci yarıya hızlı başlayan sarı-kırmızılılar, 58. dakikada köşe vuruşundan gelen golle eşitliği sağladı.",
 "Maçın kaderini 90+2. dakikada yedek kulübesinden gelen genç forvet belirledi. Ceza sahası dışından yaptığı vuruş ağlarla buluştu ve tribünler ayağa kalktı.",
 "Bu sonuçla Göztepe puanını 28'e yükseltti. Konyaspor ise 17 puanda kaldı.",
 ]),
dict(sec="teknoloji", crumb="Teknoloji", slug="kvkk-cerez-karari-kabul-et-butonu-yetmez",
 h="KVKK'dan çerez kararı: 'Kabul et' butonu tek başına yetmez",
 s="Kurul, bir e-ticaret sitesine 1,2 milyon lira idari para cezası verdi. Karar, sitelerin çerez uygulamalarını değiştirmesini gerektirebilir.",
 by="Deniz Kaya | 25.11.2026 14:20",
 cap=None, foto=None, src=None,
 rel="Şifreleriniz sızdırıldı mı? Bu siteden kontrol edebilirsiniz",
 body=[
 "Kişisel Verileri Koruma Kurulu, çerez kullanımına ilişkin emsal niteliğinde bir karar yayımladı. Kurul, kullanıcılara yalnızca \"Kabul Et\" seçeneği sunan bir e-ticaret sitesine 1,2 milyon lira idari para cezası verdi.",
 "Kararda, zorunlu olmayan çerezler için kullanıcının açık rızasının alınması gerektiği, reddetme seçeneğinin de en az kabul etme seçeneği kadar kolay erişilebilir olması gerektiği vurgulandı.",
 "Ayrıca sitenin, analiz ve reklam çerezlerini kullanıcı herhangi bir tercih yapmadan önce çalıştırdığı tespit edildi.",
 "Ne değişecek?",
 "Hukukçular, kararın Türkiye'deki pek çok internet sitesini etkileyeceği görüşünde. Avukat Selin Erdem, \"Sadece bilgilendirme yapıp 'Tamam' butonu koymak artık yeterli değil\" dedi.",
 "Kurulun 2022'de yayımladığı Çerez Uygulamaları Hakkında Rehber'de de benzer ilkeler yer alıyordu, ancak ilk kez bu ölçekte bir ceza verildi.",
 ]),
dict(sec="yasam", crumb="Yaşam › Seyahat", slug="kapadokya-balon-turlari-kis-arasi-pilotlar",
 h="Kapadokya'da balonlar yere indi: Pilotlar kışı nasıl geçiriyor?",
 s="Rüzgar ve kar nedeniyle uçuş sayısı kışın yarıya düşüyor. Pilotlar bu dönemi eğitim ve bakımla değerlendiriyor.",
 by="Mert Çelik | 22.11.2026 08:00",
 cap="Göreme'de sabahın erken saatlerinde havalanan balonlar.", foto="Fotoğraf: Mert Çelik", src=None,
 rel="Kapadokya'da kış tatili: Nerede kalınır, ne yenir?",
 body=[
 "Göreme'de saat sabahın beşi. Hava eksi iki derece. Onlarca pilot, telefonlarındaki tek bir bildirimi bekliyor: Sivil Havacılık'ın uçuş izni.",
 "Bugün izin çıkmıyor. Rüzgar saatte 20 kilometreyi aşmış.",
 "\"Kışın bu sık olur\", diyor 14 yıldır balon pilotu olan Hakan Sarı. \"Bazen bir hafta hiç uçamıyoruz. Turist otelde bekliyor, biz de hangarda.\"",
 "Hangar",
 "Uçulmayan günlerde pilotlar balon zarflarının bakımını yapıyor, sepetleri kontrol ediyor, simülatörde eğitim alıyor.",
 "Bölgede 2025 yılında 650 binden fazla yolcu balonla uçtu. Kış aylarında bu sayı yaz aylarının yarısına iniyor.",
 "Yine de Sarı kışı seviyor: \"Kar yağmış peribacalarının üzerinden uçmak... Bunu anlatmak zor, görmek lazım.\"",
 ]),
dict(sec="ekonomi", crumb="Ekonomi", slug="isveren-kesimi-asgari-ucret-enflasyon-hedefi",
 h="İşveren kesiminden asgari ücret mesajı: 'Enflasyon hedefi dikkate alınmalı'",
 s="TİSK Başkanı, belirlenecek rakamın geçmiş enflasyona değil hedeflenen enflasyona göre hesaplanması gerektiğini söyledi.",
 by="Burak Aydın | 01.12.2026 15:30",
 cap=None, foto=None, src="AA",
 rel="Merkez Bankası Başkanı: Dezenflasyon süreci devam edecek",
 body=[
 "Türkiye İşveren Sendikaları Konfederasyonu (TİSK) Başkanı, asgari ücret görüşmeleri öncesinde işveren kesiminin beklentilerini paylaştı.",
 "İstanbul'da düzenlenen bir toplantıda konuşan TİSK Başkanı, \"Geriye dönük enflasyonu esas alırsak, enflasyonla mücadelede bugüne kadar elde ettiğimiz kazanımları riske atarız\" dedi.",
 "Başkan, özellikle emek yoğun sektörlerde faaliyet gösteren küçük ve orta ölçekli işletmelerin yüksek bir artışı kaldıramayacağını savundu.",
 "İşçi kesiminden ise bu açıklamaya tepki geldi. Türk-İş yöneticileri, \"Hedef enflasyonla geçinilmiyor\" ifadesini kullandı.",
 HOW,
 BG1,
 BG2("7"),
 ]),
dict(sec="ekonomi", crumb="Ekonomi", slug="merkez-bankasi-faiz-karari-aralik",
 h="Merkez Bankası politika faizini yüzde 31,5'e indirdi",
 s="Piyasa beklentisi 150 baz puanlık indirim yönündeydi. Banka 200 baz puan indirime gitti.",
 by="Ekonomi Servisi | 26.11.2026 14:02",
 cap=None, foto=None, src=None,
 rel="Dolar/TL faiz kararının ardından nasıl hareket etti?",
 body=[
 "Türkiye Cumhuriyet Merkez Bankası (TCMB) Para Politikası Kurulu, politika faizi olan bir hafta vadeli repo ihale faiz oranını yüzde 33,5'ten yüzde 31,5'e indirdi.",
 "Karar metninde, enflasyonun ana eğiliminde düşüşün sürdüğü, ancak gıda ve enerji fiyatlarının belirsizliğini koruduğu ifade edildi.",
 "Ekonomistler kararı \"beklentinin biraz üzerinde ama sürpriz değil\" şeklinde yorumladı.",
 "Kurul, para politikasındaki sıkı duruşun enflasyon hedefleriyle uyumlu şekilde sürdürüleceğini de vurguladı.",
 "Bir sonraki Para Politikası Kurulu toplantısı 22 Ocak 2027'de yapılacak.",
 ]),
dict(sec="saglik", crumb="Sağlık", slug="grip-vakalarinda-artis-uzmanlardan-maske-uyarisi",
 h="Grip vakalarında artış: Uzmanlardan 'kalabalık ortamlarda maske' uyarısı",
 s="Hastanelerin acil servislerine başvurular son iki haftada belirgin şekilde arttı.",
 by="Zeynep Arslan | 29.11.2026 12:10",
 cap=None, foto=None, src="DHA",
 rel="Grip aşısı nereden yaptırılır? Eczanelerde fiyatı ne kadar?",
 body=[
 "Havaların soğumasıyla birlikte mevsimsel grip vakalarında belirgin bir artış yaşanıyor. Özellikle büyükşehirlerde hastanelerin acil servislerinde yoğunluk dikkat çekiyor.",
 "Enfeksiyon Hastalıkları Uzmanı Prof. Dr. Ahmet Tuncer, bu yıl grip sezonunun her zamankinden erken başladığını söyledi.",
 "\"Ateş, kas ağrısı, halsizlik ve kuru öksürük varsa grip düşünülmeli. Kendi kendine antibiyotik kullanmak çok yanlış\" dedi.",
 "Korunmak için",
 "Elleri sık sık yıkamak",
 "Kalabalık ve kapalı ortamlarda maske takmak",
 "Risk grubundakilerin grip aşısı olması",
 "Uzmanlar, özellikle 65 yaş üstü kişilerin, kronik hastaların ve hamilelerin aşı için geç kalmamaları gerektiğini hatırlatıyor.",
 ]),
dict(sec="yazarlar", crumb="Yazarlar", slug="mahallenin-firini-kapaninca",
 h="Mahallenin fırını kapanınca",
 s=None,
 by="Nazlı Tekin | 24.11.2026",
 cap=None, foto=None, src=None,
 rel="Tüm yazıları: Nazlı Tekin",
 body=[
 "Kırk yıldır aynı köşede duran fırının camına geçen hafta bir kâğıt asıldı: \"Kiralıktır.\"",
 "İçeride artık un kokusu yok. Sabah altıda kapının önünde sıraya giren emekliler, okula giderken sıcak simit alan çocuklar, akşam ekmek almayı unutup koşturan annemiz... Hepsi bir başka fırına dağıldı.",
 "Fırının sahibi İsmail Usta'yla son gün konuştum. \"Kira iki katına çıktı, un zamlandı, elektrik zamlandı. Ekmeğe zam yapamazsın, belediye fiyatı belli\" dedi.",
 "Bu bir fırın meselesi değil aslında. Mahalle dediğimiz şey, bu küçük dükkânların toplamı. Bakkal, terzi, ayakkabı tamircisi, fırın.",
 "Onlar birer birer gidince geriye sadece binalar kalıyor.",
 "Ben de artık ekmeği zincir marketten alıyorum. Poşette, dilimlenmiş, kokusuz.",
 ]),
dict(sec="egitim", crumb="Eğitim", slug="yariyil-tatili-ne-zaman-baslayacak-meb",
 h="Yarıyıl tatili ne zaman başlayacak? MEB takvimi açıkladı",
 s="Öğrenciler karnelerini 16 Ocak'ta alacak. İkinci dönem 2 Şubat'ta başlıyor.",
 by="Haber Merkezi | 20.11.2026 10:45",
 cap=None, foto=None, src=None,
 rel="LGS başvuruları ne zaman? 2027 sınav takvimi",
 body=[
 "Milli Eğitim Bakanlığı (MEB), 2026-2027 eğitim öğretim yılının birinci dönemine ilişkin takvimi hatırlattı.",
 "Buna göre birinci dönem 16 Ocak 2027 Cuma günü sona erecek ve öğrenciler karnelerini bu tarihte alacak.",
 "İki haftalık yarıyıl tatilinin ardından ikinci dönem 2 Şubat 2027 Pazartesi günü başlayacak.",
 "Bakanlık, ikinci dönem içinde 30 Mart - 3 Nisan tarihleri arasında bir haftalık ara tatil yapılacağını da bildirdi.",
 "Ders yılı ise 19 Haziran 2027'de tamamlanacak.",
 ]),
dict(sec="ekonomi", crumb="Ekonomi", slug="asgari-ucret-ikinci-toplanti-tarihi-belli-oldu",
 h="Asgari ücrette ikinci toplantının tarihi belli oldu",
 s="Komisyon 9 Aralık'ta yeniden toplanacak. İşçi kesiminin rakamını bu toplantıda açıklaması bekleniyor.",
 by="Burak Aydın | 03.12.2026 09:12",
 cap=None, foto=None, src="AA",
 rel="Asgari ücret zammı için ekonomistlerin tahmini ne?",
 body=[
 "Çalışma ve Sosyal Güvenlik Bakanlığı, Asgari Ücret Tespit Komisyonu'nun ikinci toplantısının 9 Aralık Çarşamba günü yapılacağını duyurdu.",
 "Kulislerde, Türk-İş'in bu toplantıda kendi talep rakamını masaya koyacağı konuşuluyor.",
 "Ekonomistlerin tahminleri ise yüzde 20 ile yüzde 30 arasında bir artışta yoğunlaşıyor.",
 HOW,
 BG1,
 BG2("7,2"),
 "Geçtiğimiz yıllarda komisyon genellikle dördüncü toplantıda uzlaşıya varmış ve rakam Cumhurbaşkanlığı Külliyesi'nde açıklanmıştı.",
 ]),
dict(sec="teknoloji", crumb="Teknoloji", slug="whatsapp-kanallarinda-reklam-donemi",
 h="WhatsApp'ta yeni dönem: Kanallarda reklam ve ücretli abonelik başlıyor",
 s="Meta, Güncellemeler sekmesinde reklam göstermeye başladı. Türkiye'de de kullanıcılar ilk reklamları görmeye başladı.",
 by="Deniz Kaya | 19.11.2026 16:35",
 cap=None, foto=None, src=None,
 rel="Instagram'da yeni özellik: Gönderi sıralamasını kendiniz belirleyin",
 body=[
 "WhatsApp'ın sahibi Meta, uygulamanın Güncellemeler sekmesinde reklam göstermeye başladığını duyurdu. Reklamlar, sohbet listesinde değil, Durum ve Kanallar bölümünde yer alacak.",
 "Bunun yanı sıra kanal sahipleri, aylık ücret karşılığında özel içerik sunabilecek. Medya kuruluşları, ünlüler ve markalar bu özelliği kullanabilecek.",
 "Şirket, kişisel sohbetlerin uçtan uca şifrelemeyle korunmaya devam edeceğini ve reklam hedeflemesinde kullanılmayacağını vurguladı.",
 "Türkiye'de kanallar özellikle haber siteleri ve futbol kulüpleri arasında popüler. Bazı haber kanallarının takipçi sayısı milyonları aştı.",
 "Dijital medya uzmanı Onur Baş, \"Kanallar, medya için yeni bir dağıtım kanalı oldu. Ücretli abonelik bu modele gelir kapısı açabilir\" dedi.",
 ]),
dict(sec="kultur-sanat", crumb="Kültür-Sanat", slug="turk-filmi-berlin-film-festivali-yarisacak",
 h="'Sessiz Kıyı' Berlin Film Festivali'nde Altın Ayı için yarışacak",
 s="Yönetmen Ceren Akın'ın ikinci uzun metrajlı filmi, festivalin ana yarışma bölümüne seçildi.",
 by="Kültür Servisi | 02.12.2026 18:25",
 cap="Filmden bir kare.", foto="Fotoğraf: Yapım şirketi", src=None,
 rel="2026'nın en çok izlenen yerli filmleri",
 body=[
 "Ceren Akın'ın yönettiği 'Sessiz Kıyı', şubat ayında düzenlenecek 77. Berlin Film Festivali'nin ana yarışma bölümünde gösterilecek.",
 "Film, Karadeniz'de küçük bir balıkçı kasabasında yaşayan ve babasının ölümünün ardından teknesini satmak zorunda kalan bir kadının hikâyesini anlatıyor.",
 "Akın, haberi aldığında çekim ekibiyle birlikte olduğunu söyledi: \"Hepimiz ağladık. Bu film, o kasabadaki insanların filmi.\"",
 "Türk sinemasından son olarak 2010'da 'Bal' Altın Ayı ödülünü kazanmıştı.",
 "Filmin Türkiye'de mart ayında vizyona girmesi planlanıyor.",
 ]),
dict(sec="gundem", crumb="Gündem", slug="kuzey-marmara-otoyolu-zincirleme-kaza",
 h="Kuzey Marmara Otoyolu'nda zincirleme kaza: 6 yaralı",
 s="Sis nedeniyle görüş mesafesinin düştüğü yolda 11 araç birbirine girdi.",
 by="Haber Merkezi | 01.12.2026 08:47 | Güncelleme: 01.12.2026 10:05",
 cap="Kaza yerinden bir görüntü.", foto="Fotoğraf: DHA", src="DHA",
 rel="Trafik cezalarına yeni düzenleme: Hangi cezalar arttı?",
 body=[
 "Kuzey Marmara Otoyolu'nun Sancaktepe mevkiinde sabah saatlerinde yoğun sis nedeniyle zincirleme kaza meydana geldi.",
 "Edinilen bilgiye göre, Kocaeli istikametinde seyreden bir tırın ani fren yapmasıyla arkasından gelen 10 araç birbirine çarptı.",
 "İhbar üzerine bölgeye çok sayıda ambulans, itfaiye ve polis ekibi sevk edildi. Kazada yaralanan 6 kişi çevre hastanelere kaldırıldı. Yaralılardan birinin durumunun ağır olduğu öğrenildi.",
 "Kaza nedeniyle otoyolun Kocaeli yönü yaklaşık iki saat trafiğe kapalı kaldı.",
 "Karayolları Genel Müdürlüğü, sisli havalarda sürücülerin hızlarını düşürmelerini ve takip mesafesini artırmalarını istedi.",
 ]),
dict(sec="yasam", crumb="Yaşam", slug="umut-cocuklari-kermesi-rekor-bagis",
 h="Umut Çocukları Derneği'nin kermesi rekor bağışla kapandı",
 s="Üç gün süren kermeste 4,6 milyon lira toplandı. Gelir, lösemili çocukların tedavisi için kullanılacak.",
 by="Zeynep Arslan | 30.11.2026 19:20",
 cap="Kermeste gönüllülerin hazırladığı tezgâhlar.", foto="Fotoğraf: Umut Çocukları Derneği", src=None,
 rel="Gönüllü olmak isteyenler nereye başvurmalı?",
 body=[
 "Ankara'da her yıl düzenlenen Umut Çocukları Derneği kermesi, bu yıl 4,6 milyon lira bağışla derneğin tarihindeki en yüksek gelire ulaştı.",
 "Üç gün boyunca ATO Kongresium'da kurulan 120 tezgâhta el yapımı ürünler, ev yemekleri ve ikinci el kitaplar satıldı.",
 "Derneğin başkanı, kermesin 800'den fazla gönüllünün emeğiyle gerçekleştiğini söyledi: \"Her kurabiye, her örgü atkı bir çocuğun tedavisine katkı.\"",
 "\"Bir çocuk, bir umut\"",
 "Kermesin sloganı bu yıl ziyaretçilerin taşıdığı rozetlerde de yer aldı.",
 "Toplanan bağışlar, lösemi tedavisi gören çocukların ilaç, barınma ve ulaşım masraflarında kullanılacak.",
 ]),
dict(sec="ekonomi", crumb="Ekonomi › Tarım", slug="zeytin-hasadi-tamamlandi-rekolte-beklentinin-altinda",
 h="Zeytin hasadı tamamlandı: Rekolte beklentinin altında kaldı",
 s="Kuraklık ve bahar aylarındaki don, Ege ve Marmara'da verimi düşürdü. Üreticiler fiyat artışı bekliyor.",
 by="Mert Çelik | 23.11.2026 13:15",
 cap=None, foto=None, src="İHA",
 rel="Zeytinyağı fiyatları ne kadar? Sofralık zeytinde son durum",
 body=[
 "Ege ve Marmara'da zeytin hasadı büyük ölçüde tamamlandı. Ancak üreticilerin yüzü gülmüyor.",
 "Ulusal Zeytin ve Zeytinyağı Konseyi'nin ilk tahminlerine göre bu sezon zeytin rekoltesi 2,1 milyon ton civarında kalacak. Geçen yıl bu rakam 3 milyon tonu aşmıştı.",
 "Ayvalık'ta 30 dönüm zeytinliği olan Mustafa Gür, \"Nisandaki don çiçekleri yaktı, yazın da hiç yağmur yağmadı. Ağaçların yarısı meyve vermedi\" dedi.",
 "Sektör temsilcileri, düşük rekoltenin zeytinyağı fiyatlarına yansıyacağını öngörüyor.",
 "Sızma zeytinyağının litre fiyatının üretici satışlarında 380-420 lira aralığında seyrettiği belirtiliyor.",
 ]),
]

def build():
    rnd = random.Random(6303)
    camp_pages = {1, 5, 9, 12, 16}
    for i, a in enumerate(ARTS, 1):
        lines = [B("navigation", "Ana Sayfa › " + a["crumb"])]
        cookie = []
        if rnd.random() < 0.72:
            txt = ("Sitemizde çerezler kullanılmaktadır. 6698 sayılı KVKK kapsamında kişisel verilerinize ilişkin aydınlatma metnimizi inceleyebilirsiniz."
                   if i % 4 else
                   "Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz. Detaylı bilgi için KVKK Aydınlatma Metni ve Çerez Politikası'nı inceleyebilirsiniz.")
            cookie = [B("cookie", txt), B("ui", "Kabul Et")]
            if rnd.random() < 0.4:
                cookie.append(B("cookie", "Çerez Ayarları"))
        cookie_top = cookie and rnd.random() < 0.5
        if cookie_top:
            lines += cookie
        lines.append(a["h"])
        if a.get("s"):
            lines.append(a["s"])
        lines.append(a["by"])
        if rnd.random() < 0.75:
            lines.append(B("social", "Haberlerin devamı için Google News'te bizi takip edin" if i % 3 else
                                     "Gündem Hattı'nı Google News'te takip etmek için tıklayın"))
        if a.get("cap"):
            lines.append(a["cap"])
            lines.append(B("legal", a["foto"]))
        body = list(a["body"])
        n = len(body)
        mids = []
        if i not in (7, 11):
            mids.append((max(1, n // 2), [B("related", ("İlgili Haber: " if i % 5 else "İLGİLİ HABER: ") + a["rel"])]))
        if rnd.random() < 0.65:
            mids.append((max(2, n - 2) if rnd.random() < 0.6 else 1,
                         [B("social", "Son dakika gelişmeleri için WhatsApp kanalımıza katılın")]))
        if rnd.random() < 0.65:
            mids.append((rnd.randint(1, n - 1), [B("ad", "Reklam")]))
        for pos, blk in sorted(mids, key=lambda x: -x[0]):
            body[pos:pos] = blk
        lines += body
        if a.get("src"):
            lines.append(B("legal", "Kaynak: " + a["src"]))
        bottom = []
        share = [B("share", "Haberi paylaş: Facebook · X · WhatsApp · Telegram")] if rnd.random() < 0.8 else []
        camp = [B("social", "Yeni: Gündem Hattı artık YouTube'da! Canlı yayınlar için kanalımıza abone olun.")] if i in camp_pages else []
        comments = []
        if rnd.random() < 0.6:
            comments = [B("comments", "Yorumlar (%d)" % rnd.randint(0, 150)), B("comments", "Yorum yazmak için giriş yapın")]
        app = [B("app", "Gündem Hattı uygulamasını indirin: App Store · Google Play")] if rnd.random() < 0.5 else []
        order = [share, camp, comments, app] if rnd.random() < 0.6 else [comments, share, app, camp]
        for b in order:
            bottom += b
        if cookie and not cookie_top:
            bottom += cookie
        bottom.append(B("legal", "© %d Gündem Hattı Medya A.Ş. Tüm hakları saklıdır." % 2026))
        if rnd.random() < 0.6:
            bottom.append(B("legal", "Haberlerin tamamı veya bir kısmı kaynak gösterilmeden kullanılamaz. 5846 sayılı Fikir ve Sanat Eserleri Kanunu'na tabidir."))
        lines += bottom
        url = "https://%s/%s/%s" % (HOST, a["sec"], a["slug"])
        write_page(SITE, i, LANG, url, lines)

if __name__ == "__main__":
    assert len(ARTS) == 18, len(ARTS)
    build()
