"""Berita Serantau - made-up Malaysian Malay-language news portal (ms)."""
from common import A, B, others, reading_minutes, duration, splice, thousands

CODE = "mysr"
LANG = "ms"
HOST = "www.beritaserantau.com.my"

# --- running series: banjir Pantai Timur -------------------------------------
BG1 = ("Banjir kali ini bermula pada 26 November lalu selepas hujan lebat berterusan selama empat hari "
       "di Kelantan, Terengganu dan utara Pahang. Jabatan Meteorologi Malaysia (MetMalaysia) menyifatkan "
       "fenomena itu sebagai luruan monsun timur laut paling kuat sejak 2014.")
BG2 = ("Setakat ini lebih 92,000 mangsa dipindahkan ke 540 pusat pemindahan sementara (PPS) di negeri-negeri "
       "terjejas, dengan daerah Pasir Mas, Tumpat dan Kuala Krai paling teruk dilanda banjir.")
BG2_LATE = BG2.replace("Setakat ini lebih 92,000 mangsa dipindahkan",
                       "Pada kemuncaknya, lebih 92,000 mangsa dipindahkan")
FACT = ("Talian kecemasan Bilik Gerakan Bencana Negeri Kelantan: 09-748 1957. Status PPS terkini boleh "
        "disemak di portal InfoBencana JKM.")

ARTICLES = [
    {  # 01
        "section": "politik", "slug": "dewan-rakyat-lulus-ruu-pekerja-gig",
        "head": ["Dewan Rakyat lulus RUU Pekerja Gig selepas perbahasan tiga hari",
                 "Oleh Nurul Huda Ismail"],
        "body": [
            "KUALA LUMPUR – Dewan Rakyat hari ini meluluskan Rang Undang-Undang (RUU) Pekerja Gig selepas dibahaskan oleh 41 Ahli Parlimen kerajaan dan pembangkang sejak Isnin lalu. RUU itu diluluskan melalui undian suara.",
            "Antara peruntukan utama ialah caruman wajib keselamatan sosial untuk penghantar makanan dan pemandu e-hailing, serta penubuhan tribunal khas bagi menyelesaikan pertikaian antara pekerja gig dengan syarikat platform.",
            "Menteri Sumber Manusia ketika menggulung perbahasan berkata, undang-undang itu akan melindungi lebih 1.2 juta pekerja gig di seluruh negara yang selama ini tidak mempunyai sebarang perlindungan.",
            "Bagaimanapun, beberapa Ahli Parlimen pembangkang mempersoalkan ketiadaan kadar pendapatan minimum dalam RUU tersebut. “Caruman memang penting, tetapi apa gunanya jika pendapatan sejam masih di bawah RM8?” kata seorang Ahli Parlimen pembangkang dari Johor.",
            "RUU itu akan dibentangkan di Dewan Negara bulan depan sebelum diwartakan.",
        ],
        "tags": ["Dewan Rakyat", "pekerja gig", "e-hailing"],
    },
    {  # 02
        "section": "ekonomi", "slug": "harga-ayam-stabil-menjelang-tahun-baharu-cina",
        "head": ["Harga ayam stabil menjelang Tahun Baharu Cina, kata KPDN",
                 "Oleh Lim Wei Sheng"],
        "body": [
            "PUTRAJAYA – Harga ayam standard di pasar raya dan pasar basah seluruh negara kekal stabil antara RM9.50 hingga RM10.90 sekilogram menjelang sambutan Tahun Baharu Cina minggu depan.",
            "Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup (KPDN) berkata, pemantauan di 1,200 premis sejak awal bulan mendapati bekalan mencukupi walaupun permintaan meningkat kira-kira 15 peratus.",
            "Di Pasar Chow Kit, peniaga ayam, Rosli Abdul Rahman, 52, berkata pelanggannya tidak bertambah seperti tahun-tahun sebelum ini. “Orang beli sikit-sikit saja sekarang. Harga sayur dan ikan naik, jadi mereka berjimat,” katanya.",
            "Sementara itu, KPDN mengingatkan peniaga supaya mempamerkan tanda harga dengan jelas. Kegagalan berbuat demikian boleh dikenakan kompaun sehingga RM10,000.",
        ],
        "tags": ["KPDN", "harga ayam", "Tahun Baharu Cina"],
    },
    {  # 03 series
        "section": "semasa", "slug": "banjir-mangsa-kelantan-meningkat-61213",
        "head": ["Banjir: Jumlah mangsa di Kelantan meningkat kepada 61,213 orang",
                 "Oleh Mohd Firdaus Che Hassan"],
        "body": [
            "KOTA BHARU – Jumlah mangsa banjir di Kelantan terus meningkat kepada 61,213 orang daripada 17,560 keluarga setakat jam 8 pagi ini, berbanding 48,000 orang malam tadi.",
            "Menurut portal InfoBencana Jabatan Kebajikan Masyarakat (JKM), Pasir Mas mencatatkan jumlah mangsa tertinggi iaitu 19,402 orang, diikuti Tumpat dan Kota Bharu.",
            "Sungai Golok di Rantau Panjang kini melepasi paras bahaya pada 10.8 meter, manakala Sungai Kelantan di Tambatan Diraja berada pada paras amaran.",
            BG1,
            BG2,
            "MetMalaysia dalam kenyataan terbaharu mengeluarkan amaran hujan berterusan tahap buruk di Kelantan dan Terengganu sehingga Ahad ini.",
            FACT,
        ],
        "tags": ["banjir", "Kelantan", "Pasir Mas", "Sungai Golok"],
    },
    {  # 04
        "section": "sukan", "slug": "piala-aff-harimau-malaya-tewas-vietnam",
        "head": ["Piala AFF: Harimau Malaya tewas 1-2 kepada Vietnam di Bukit Jalil",
                 "Oleh Shahrul Nizam Othman"],
        "body": [
            "KUALA LUMPUR – Skuad kebangsaan gagal mempertahankan kelebihan selepas tewas 1-2 kepada Vietnam dalam aksi Kumpulan A Piala AFF di Stadium Nasional Bukit Jalil malam tadi, disaksikan lebih 62,000 penonton.",
            "Malaysia mendahului seawal minit ke-12 menerusi tandukan Haziq Roslan, tetapi Vietnam menyamakan kedudukan sebelum rehat dan menjaringkan gol kemenangan pada minit ke-78 hasil serangan balas pantas.",
            "Ketua jurulatih mengakui pasukannya hilang fokus pada separuh masa kedua. “Kami bermain baik selama 60 minit, tetapi dalam bola sepak antarabangsa, 60 minit tidak cukup,” katanya pada sidang media selepas perlawanan.",
            "Dengan keputusan itu, Malaysia kini di tangga ketiga kumpulan dengan empat mata dan perlu menang dalam aksi terakhir menentang Singapura, Sabtu ini.",
        ],
        "tags": ["Piala AFF", "Harimau Malaya", "Vietnam"],
    },
    {  # 05
        "section": "hiburan", "slug": "filem-senja-di-kuala-kangsar-kutip-rm22-juta",
        "head": ["Filem ‘Senja di Kuala Kangsar’ kutip RM22 juta dalam tiga minggu",
                 "Oleh Aina Sofea Rahim"],
        "body": [
            "Filem drama keluarga ‘Senja di Kuala Kangsar’ mencatat kutipan RM22 juta selepas tiga minggu ditayangkan di pawagam seluruh negara, sekali gus menjadi filem Melayu paling laris tahun ini.",
            "Pengarahnya, Hafiz Kamarul, berkata beliau tidak menyangka filem berbajet RM3.5 juta itu mendapat sambutan sebegitu hebat. “Ceritanya sederhana, tentang anak yang pulang menjaga ayah yang sakit. Mungkin ramai penonton nampak diri mereka dalam cerita ini,” katanya.",
            "Filem lakonan Aidil Zafran dan Normah Hashim itu turut dijadualkan ditayangkan di Brunei, Singapura dan Indonesia bulan depan.",
            "Menurut Perbadanan Kemajuan Filem Nasional Malaysia (FINAS), kutipan filem tempatan tahun ini setakat ini sudah melepasi RM120 juta.",
        ],
        "tags": ["filem Melayu", "box office", "FINAS"],
    },
    {  # 06 series
        "section": "semasa", "slug": "banjir-87-sekolah-pasir-mas-tumpat-dijadikan-pps",
        "head": ["Banjir: 87 sekolah di Pasir Mas dan Tumpat dijadikan PPS, peperiksaan ditangguh",
                 "Oleh Mohd Firdaus Che Hassan"],
        "body": [
            "PASIR MAS – Sebanyak 87 sekolah di daerah Pasir Mas dan Tumpat kini digunakan sebagai pusat pemindahan sementara (PPS), menyebabkan Kementerian Pendidikan menangguhkan peperiksaan akhir tahun bagi sekolah-sekolah terlibat.",
            "Di Sekolah Kebangsaan Kubang Sepat, lebih 600 mangsa berlindung di bilik darjah dan dewan sekolah. Guru besarnya, Rohani Yusof, berkata kakitangan sekolah bergilir-gilir membantu petugas JKM menyediakan makanan.",
            "“Ada antara kami yang rumah pun dinaiki air, tapi kami datang juga. Sekolah ini rumah kedua kami,” katanya ketika ditemui di sini.",
            "Mangsa banjir berehat di dalam bilik darjah yang dijadikan PPS di Pasir Mas. – Foto Berita Serantau",
            BG1,
            BG2,
            "Tarikh baharu peperiksaan akan diumumkan oleh Jabatan Pendidikan Negeri Kelantan selepas semua PPS di sekolah ditutup.",
            FACT,
        ],
        "tags": ["banjir", "PPS", "sekolah", "Tumpat"],
    },
    {  # 07
        "section": "semasa", "slug": "warga-emas-ipoh-rugi-rm380000-macau-scam",
        "head": ["Warga emas di Ipoh rugi RM380,000 diperdaya sindiket ‘Macau scam’",
                 "Oleh Kavitha Ramasamy"],
        "body": [
            "IPOH – Seorang pesara guru berusia 71 tahun kerugian RM380,000, iaitu hampir keseluruhan simpanan persaraannya, selepas diperdaya sindiket penipuan yang menyamar sebagai pegawai polis dan Bank Negara Malaysia.",
            "Ketua Polis Daerah Ipoh berkata, mangsa menerima panggilan telefon pada awal bulan lalu daripada individu yang mendakwa akaun banknya digunakan untuk kegiatan pengubahan wang haram.",
            "“Mangsa diarahkan memindahkan wang ke beberapa akaun ‘selamat’ bagi tujuan siasatan. Dia hanya sedar ditipu selepas menceritakan perkara itu kepada anaknya,” katanya dalam kenyataan hari ini.",
            "Kes disiasat mengikut Seksyen 420 Kanun Keseksaan kerana menipu. Orang ramai yang menerima panggilan mencurigakan dinasihatkan menghubungi Pusat Respons Scam Kebangsaan (NSRC) di talian 997.",
        ],
        "tags": ["Macau scam", "Ipoh", "penipuan"],
    },
    {  # 08
        "section": "ekonomi", "slug": "ringgit-dibuka-tinggi-data-inflasi-as",
        "head": ["Ringgit dibuka tinggi berbanding dolar AS susulan data inflasi",
                 "Oleh Lim Wei Sheng"],
        "body": [
            "KUALA LUMPUR – Ringgit dibuka tinggi berbanding dolar Amerika Syarikat pada awal dagangan hari ini, disokong sentimen positif selepas data inflasi AS yang lebih rendah daripada jangkaan.",
            "Pada jam 9 pagi, mata wang tempatan diniagakan pada 4.4120/4165 berbanding dolar AS daripada 4.4350/4390 pada penutupan semalam.",
            "Seorang peniaga mata wang berkata, pelabur kini menjangkakan Rizab Persekutuan AS akan menurunkan kadar faedah lebih awal, sekali gus melemahkan dolar AS berbanding mata wang serantau.",
            "Ringgit turut dibuka tinggi berbanding dolar Singapura dan yen Jepun, tetapi rendah berbanding euro.",
        ],
        "tags": ["ringgit", "pasaran mata wang", "dolar AS"],
    },
    {  # 09
        "section": "wilayah", "slug": "bekalan-air-kota-kinabalu-terganggu-tiga-hari",
        "head": ["Bekalan air di Kota Kinabalu terganggu tiga hari, 200,000 pengguna terjejas",
                 "Oleh Jessica Lojingkau"],
        "body": [
            "KOTA KINABALU – Kira-kira 200,000 pengguna di Kota Kinabalu, Penampang dan Putatan dijangka terjejas bekalan air selama tiga hari bermula Jumaat ini susulan kerja-kerja menggantikan paip utama di loji rawatan air Moyog.",
            "Jabatan Air Negeri Sabah dalam kenyataan berkata, 25 buah lori tangki akan ditempatkan di kawasan terjejas, termasuk hospital dan pusat dialisis.",
            "Seorang penduduk Penampang, Maria Joseph, 45, berkata gangguan bekalan air sudah menjadi perkara biasa. “Setiap kali ada kerja paip, kami terpaksa beli air botol dan pergi mandi di rumah saudara,” katanya.",
            "Orang ramai dinasihatkan menyimpan air secukupnya sebelum tempoh gangguan bermula.",
        ],
        "tags": ["Sabah", "bekalan air", "Kota Kinabalu"],
    },
    {  # 10 series
        "section": "semasa", "slug": "banjir-petani-padi-tumpat-kerugian-rm12-juta",
        "head": ["Banjir: Petani padi di Tumpat anggar kerugian RM12 juta",
                 "Oleh Mohd Firdaus Che Hassan"],
        "body": [
            "TUMPAT – Lebih 4,000 hektar sawah padi di daerah ini musnah ditenggelami air, dengan anggaran kerugian mencecah RM12 juta, menurut Pertubuhan Peladang Kawasan (PPK) Tumpat.",
            "Pesawah di Kampung Kok Keli, Ismail Deraman, 58, berkata padinya yang baru berusia sebulan reput selepas ditenggelami air hampir seminggu. “Benih, baja, upah mesin, semua hangus. Musim depan saya tak tahu nak mula dengan duit apa,” katanya.",
            BG1,
            BG2,
            "Kementerian Pertanian dan Keterjaminan Makanan dijangka mengumumkan bantuan khas kepada pesawah terjejas selepas penilaian kerosakan selesai.",
            FACT,
        ],
        "tags": ["banjir", "pesawah", "Tumpat", "padi"],
    },
    {  # 11
        "section": "sukan", "slug": "badminton-beregu-lelaki-mara-suku-akhir-terbuka-jepun",
        "head": ["Badminton: Beregu lelaki negara mara ke suku akhir Terbuka Jepun",
                 "Oleh Shahrul Nizam Othman"],
        "body": [
            "TOKYO – Beregu lelaki negara, Haikal Azmi-Zulfadli Rashid, mara ke suku akhir Terbuka Jepun selepas menewaskan pilihan ketiga dari Denmark 21-18, 17-21, 21-16 dalam aksi pusingan kedua di sini hari ini.",
            "Perlawanan selama 71 minit itu menyaksikan gandingan negara bangkit daripada ketinggalan 12-16 dalam set penentuan.",
            "“Kami cuma fikir satu mata demi satu mata. Jurulatih minta kami lebih sabar dalam rali panjang,” kata Haikal ketika ditemui selepas perlawanan.",
            "Di suku akhir, mereka akan bertemu beregu Korea Selatan yang menyingkirkan juara bertahan dari China semalam.",
        ],
        "tags": ["badminton", "Terbuka Jepun", "beregu lelaki"],
    },
    {  # 12
        "section": "semasa", "slug": "tiga-maut-kemalangan-empat-kenderaan-plus-nilai",
        "head": ["Tiga maut, lima cedera dalam kemalangan membabitkan empat kenderaan di PLUS",
                 "Oleh Kavitha Ramasamy"],
        "body": [
            "NILAI – Tiga individu maut manakala lima yang lain cedera dalam kemalangan membabitkan sebuah lori, dua kereta dan sebuah van di Kilometer 258 Lebuhraya Utara-Selatan arah selatan berhampiran Nilai, awal pagi tadi.",
            "Ketua Polis Daerah Nilai berkata, kejadian dipercayai berlaku apabila lori yang membawa muatan besi gagal berhenti lalu merempuh kenderaan di hadapannya yang bergerak perlahan akibat kesesakan.",
            "Ketiga-tiga mangsa yang maut merupakan penumpang sebuah kereta Perodua Myvi, termasuk seorang kanak-kanak berusia lapan tahun. Mangsa yang cedera dihantar ke Hospital Tuanku Ja'afar, Seremban.",
            "Pemandu lori berusia 34 tahun ditahan untuk membantu siasatan mengikut Seksyen 41(1) Akta Pengangkutan Jalan 1987.",
        ],
        "tags": ["kemalangan", "PLUS", "Nilai"],
    },
    {  # 13 series
        "section": "semasa", "slug": "banjir-air-surut-kuala-krai-mangsa-pulang",
        "head": ["Banjir: Air mula surut di Kuala Krai, mangsa pulang bersihkan rumah",
                 "Oleh Mohd Firdaus Che Hassan"],
        "body": [
            "KUALA KRAI – Dengan berbekalkan penyodok, getah paip dan kain buruk, ratusan penduduk Kampung Manek Urai mula pulang ke rumah masing-masing pagi ini selepas paras air Sungai Lebir surut.",
            "Lumpur setebal hampir sejengkal menyaliti lantai rumah Che Minah Awang, 66. Peti sejuk, mesin basuh dan tilam semuanya terpaksa dibuang. “Ini kali ketiga dalam sepuluh tahun. Tak larat dah, tapi nak pergi mana lagi?” katanya.",
            "Sukarelawan dari Kuala Lumpur dan Pulau Pinang turut tiba dengan trak air dan mesin pam tekanan tinggi untuk membantu kerja-kerja pembersihan.",
            BG1,
            BG2_LATE,
            FACT,
        ],
        "tags": ["banjir", "Kuala Krai", "Manek Urai", "sukarelawan"],
    },
    {  # 14
        "section": "politik", "slug": "johor-bantuan-khas-rm500-penjawat-awam",
        "head": ["Johor umum bantuan khas RM500 kepada penjawat awam negeri",
                 "Oleh Nurul Huda Ismail"],
        "body": [
            "JOHOR BAHRU – Kerajaan negeri Johor akan memberikan bantuan khas kewangan sebanyak RM500 kepada semua penjawat awam negeri, termasuk pesara, yang akan dibayar sebelum akhir bulan ini.",
            "Menteri Besar berkata, pemberian itu melibatkan peruntukan kira-kira RM22 juta dan dibuat hasil prestasi kutipan hasil negeri yang melepasi sasaran tahun ini.",
            "Kongres Kesatuan Pekerja-Pekerja di dalam Perkhidmatan Awam (CUEPACS) menyambut baik pengumuman itu dan menggesa negeri-negeri lain mengambil langkah serupa.",
            "Penganalisis politik pula melihat pengumuman itu sebagai persediaan awal menjelang Pilihan Raya Negeri Johor yang dijangka diadakan tahun depan.",
        ],
        "tags": ["Johor", "penjawat awam", "bantuan khas"],
    },
    {  # 15
        "section": "hiburan", "slug": "rabak-konsert-jelajah-lapan-bandar-tiket-habis",
        "head": ["Kumpulan Rabak umum konsert jelajah lapan bandar, tiket habis dalam sejam",
                 "Oleh Aina Sofea Rahim"],
        "body": [
            "KUALA LUMPUR – Kumpulan rock indie Rabak mengumumkan siri konsert jelajah ‘Pulang’ di lapan bandar seluruh negara bermula Mac depan, sempena ulang tahun ke-15 penubuhan mereka.",
            "Tiket bagi pertunjukan di Kuala Lumpur, Johor Bahru dan Kuching habis dijual dalam masa kurang sejam selepas dibuka semalam, menyebabkan ramai peminat meluahkan kekecewaan di media sosial.",
            "Vokalisnya, Amir Haikal, berkata pihaknya sedang berbincang dengan penganjur untuk menambah satu lagi pertunjukan di Kuala Lumpur. “Kami tak sangka. Dulu kami main depan 30 orang di kedai mamak,” katanya sambil ketawa.",
            "Konsert di Kota Bharu yang asalnya dijadualkan pada Disember ditunda susulan situasi banjir di Kelantan.",
        ],
        "tags": ["Rabak", "konsert", "muzik indie"],
    },
    {  # 16
        "section": "wilayah", "slug": "jambatan-batang-lupar-dibuka",
        "head": ["Jambatan Batang Lupar dibuka, perjalanan Kuching-Sri Aman dipendekkan sejam",
                 "Oleh Jessica Lojingkau"],
        "body": [
            "SRI AMAN – Jambatan Batang Lupar sepanjang 4.9 kilometer, jambatan terpanjang di Sarawak, dibuka kepada lalu lintas hari ini selepas hampir lima tahun dalam pembinaan.",
            "Jambatan itu menghubungkan Triso dan Sebuyau dan dijangka memendekkan tempoh perjalanan antara Kuching dan kawasan di bahagian Sri Aman sehingga sejam, kerana pengguna tidak lagi perlu menunggu feri.",
            "Pengusaha bot penambang di Triso, Jawai anak Bundan, 60, berkata dia gembira untuk penduduk kampung tetapi bimbang tentang sumber pendapatannya. “Tiga puluh tahun saya bawa orang seberang sungai ini,” katanya.",
            "Kenderaan melintasi Jambatan Batang Lupar pada hari pertama dibuka kepada orang ramai. – Foto Berita Serantau",
            "Kerajaan negeri sebelum ini berkata pengusaha feri dan bot yang terjejas akan ditawarkan latihan semula dan peluang perniagaan di kawasan rehat jambatan.",
        ],
        "tags": ["Sarawak", "Batang Lupar", "infrastruktur"],
    },
    {  # 17 series
        "section": "semasa", "slug": "banjir-bantuan-wang-ihsan-rm1000-mula-disalurkan",
        "head": ["Banjir: Bantuan Wang Ihsan RM1,000 mula disalurkan kepada mangsa",
                 "Oleh Mohd Firdaus Che Hassan"],
        "body": [
            "KOTA BHARU – Pembayaran Bantuan Wang Ihsan (BWI) sebanyak RM1,000 kepada setiap ketua isi rumah yang terjejas banjir mula dikreditkan terus ke akaun bank mangsa hari ini.",
            "Menurut JKM, lebih 38,000 ketua isi rumah di Kelantan dan Terengganu layak menerima bantuan itu berdasarkan pendaftaran di PPS. Mangsa yang tidak berpindah ke PPS tetapi rumahnya dinaiki air boleh membuat permohonan di pejabat JKM daerah.",
            BG1,
            BG2_LATE,
            "Bagi mereka yang tiada akaun bank, bayaran tunai akan dibuat di pejabat daerah mulai Isnin depan.",
            FACT,
        ],
        "tags": ["banjir", "Bantuan Wang Ihsan", "JKM"],
    },
    {  # 18
        "section": "semasa", "slug": "kes-denggi-selangor-meningkat-20-peratus",
        "head": ["Kes denggi di Selangor meningkat 20 peratus, Petaling paling tinggi",
                 "Oleh Kavitha Ramasamy"],
        "body": [
            "SHAH ALAM – Kes denggi di Selangor meningkat 20 peratus bagi tempoh Januari hingga minggu lalu berbanding tempoh sama tahun sebelumnya, dengan 28,410 kes dan 14 kematian direkodkan.",
            "Exco Kesihatan negeri berkata, daerah Petaling mencatatkan kes tertinggi, diikuti Hulu Langat dan Klang, yang kebanyakannya melibatkan kawasan perumahan padat dan tapak pembinaan terbiar.",
            "Operasi semburan dan pemeriksaan premis akan dipergiat, manakala pemilik tapak pembinaan yang didapati membiakkan aedes boleh dikompaun.",
            "Orang ramai diingatkan untuk melakukan aktiviti ‘cari dan musnah’ tempat pembiakan nyamuk sekurang-kurangnya 10 minit seminggu di sekitar rumah.",
        ],
        "tags": ["denggi", "Selangor", "kesihatan"],
    },
]

SECTION_LABEL = {
    "politik": "Politik", "ekonomi": "Ekonomi", "semasa": "Semasa", "sukan": "Sukan",
    "hiburan": "Hiburan", "wilayah": "Wilayah",
}

POPULAR_POOL = [
    "Tarikh cuti sekolah 2026: Ini kalendar penuh KPM",
    "Harga minyak mingguan: RON97 turun 5 sen",
    "Pemandu e-hailing ditahan selepas video tular di Cyberjaya",
    "SPM: Keputusan diumumkan 20 Mac, semakan melalui SMS",
    "JPJ beri diskaun 50 peratus saman tertunggak sehingga hujung bulan",
    "Dua beradik lemas ketika mandi di air terjun Lata Kinjang",
]

NAV_TOP = "Utama · Semasa · Politik · Ekonomi · Wilayah · Sukan · Hiburan · Rencana · Video · Podcast"


def cookie_block(n):
    if n % 2:
        return [B("cookie", "Kami menggunakan kuki untuk memperibadikan kandungan dan iklan serta menganalisis trafik. "
                            "Dengan meneruskan penggunaan laman ini, anda bersetuju dengan Dasar Privasi kami."),
                B("cookie", "Saya setuju")]
    return [B("cookie", "Laman web ini menggunakan kuki bagi memastikan anda mendapat pengalaman terbaik."),
            B("cookie", "Terima semua"),
            B("cookie", "Tetapan kuki")]


def appeal_block(n):
    donors = 2214 + n * 57 + (n * 11) % 29
    if n % 2 == 0:
        lines = [B("appeal", "Kewartawanan bebas memerlukan sokongan anda"),
                 B("appeal", "Berita Serantau tidak dimiliki oleh mana-mana parti politik atau syarikat berkaitan kerajaan. "
                             "Sumbangan anda membolehkan wartawan kami terus turun ke lapangan, dari Pasir Mas hingga ke Kapit.")]
    else:
        lines = [B("appeal", "Laporan seperti ini memerlukan masa, tenaga dan kos"),
                 B("appeal", "Jika anda menghargai kewartawanan yang bebas dan berani, sokong kami dengan sumbangan serendah RM10 sebulan.")]
    lines += [
        B("appeal", f"{thousands(donors, ',')} pembaca telah menyumbang bulan ini. Sasaran kami: 4,000"),
        B("appeal", "Sekali · Bulanan"),
        B("appeal", "RM10 · RM30 · RM50 · RM100 · Jumlah lain"),
        B("appeal", "Sokong Berita Serantau"),
    ]
    return lines


def build_page(n, art, arts):
    P = []
    has_cookie = n not in (8, 14)
    P.append(B("navigation", NAV_TOP))
    P.append(B("ui", "Log Masuk · Langgan"))
    trending = ("Trending: #Banjir2025 · #PialaAFF · #HargaMinyak" if n <= 9
                else "Trending: #Banjir2025 · #BWI · #CutiSekolah")
    P.append(B("navigation", trending))
    if has_cookie and n % 4 != 2:
        P += cookie_block(n)
    P.append(B("navigation", f"Utama › {SECTION_LABEL[art['section']]}"))
    P += [A(x) for x in art["head"]]
    P.append(B("ui", f"Masa bacaan: {reading_minutes(art, wpm=130)} minit"))
    if n % 3 == 0:
        P.append(B("share", "Kongsi artikel ini"))
        P.append(B("share", "Facebook · WhatsApp · Telegram · X · Salin pautan"))
    else:
        P.append(B("share", "Kongsi: Facebook · WhatsApp · Telegram · X · Salin pautan"))
    P.append(B("ui", "A- A+"))
    if n % 2 == 0:
        P.append(B("audio", f"Dengar berita ini · {duration(art, n)}"))

    body = art["body"]
    inserts = [(0, [B("ad", "IKLAN")])]
    rm = arts[others(n, [3])[0] - 1]["head"][0]
    inserts.append((1, [B("related", f"BACA JUGA: {rm}")]))
    if len(body) >= 5:
        inserts.append((3, [B("ad", "IKLAN"), B("ad", "Artikel bersambung di bawah iklan ini")]))
    if n % 3 == 1:
        rm2 = arts[others(n, [10])[0] - 1]["head"][0]
        inserts.append((-2, [B("related", f"BACA JUGA: {rm2}")]))
    if n % 2 == 1:
        inserts.append((-2, [B("social", "Ikuti saluran WhatsApp Berita Serantau untuk berita terkini setiap hari")]))
    if n in (4, 6, 10, 12, 16):
        inserts.append((len(body) // 2, [
            B("newsletter", "Dapatkan ringkasan berita utama setiap pagi terus ke e-mel anda."),
            B("newsletter", "Alamat e-mel anda"),
            B("newsletter", "Langgan percuma"),
        ]))
    P += splice(body, inserts)

    blocks = {}
    blocks["tags"] = [B("navigation", "Tag: " + " · ".join(art["tags"]))]
    if n not in (2, 9, 15):
        blocks["appeal"] = appeal_block(n)
    if 11 <= n <= 15:
        raised = 184250 + (n - 11) * 21375 + (n * 173) % 700
        donors = 3102 + (n - 11) * 388
        blocks["campaign"] = [
            B("appeal", "Tabung Bencana Banjir Serantau: setiap ringgit disalurkan terus kepada mangsa di Kelantan dan Terengganu"),
            B("appeal", f"Terkumpul RM{thousands(raised, ',')} daripada {thousands(donors, ',')} penyumbang"),
            B("appeal", "Salurkan sumbangan"),
        ]
    if n % 3 != 0:
        blocks["newsletter"] = [
            B("newsletter", "Buletin Pagi Serantau"),
            B("newsletter", "Berita utama dihantar ke e-mel anda setiap pagi jam 7, percuma."),
            B("newsletter", "Langgan sekarang"),
        ]
    blocks["social"] = [B("social", "Ikuti Berita Serantau di Facebook, Instagram, TikTok dan X")]
    if n % 4 != 1:
        blocks["app"] = [B("app", "Muat turun aplikasi Berita Serantau di App Store, Google Play dan AppGallery")]
    if n in (3, 7, 11, 15, 18):
        blocks["podcast"] = [B("audio", "Dengar podcast ‘Serantau Pagi’ setiap hari bekerja di Spotify dan YouTube")]
    cnt = (n * 17) % 53 + 3
    blocks["comments"] = [B("comments", f"{cnt} Komen")]
    if n % 2 == 0 or n == 9:
        blocks["comments"].append(B("comments", "Komen anda tertakluk kepada Garis Panduan Komuniti. Sebarang komen "
                                                "berunsur 3R (agama, kaum dan institusi diraja) akan dipadam."))
    blocks["comments"].append(B("comments", "Tulis komen anda..."))
    k = n // 3
    items = [arts[others(n, [6])[0] - 1]["head"][0], POPULAR_POOL[k % 6], POPULAR_POOL[(k + 1) % 6]]
    heading = "Berita Berkaitan" if n % 2 else "Paling Popular"
    blocks["related"] = [B("related", heading)] + [B("related", x) for x in items]

    order = ["tags", "campaign", "appeal", "related", "newsletter", "comments", "social", "app", "podcast"]
    if n % 3 == 2:
        order = ["tags", "comments", "related", "campaign", "appeal", "social", "newsletter", "podcast", "app"]
    elif n % 5 == 0:
        order = ["related", "tags", "newsletter", "campaign", "appeal", "comments", "app", "social", "podcast"]
    for key in order:
        P += blocks.get(key, [])

    P.append(B("navigation", "Mengenai Kami · Hubungi Kami · Iklan Bersama Kami · Dasar Privasi · Terma Penggunaan"))
    P.append(B("legal", "Hak Cipta Terpelihara © 2025 Serantau Media Sdn Bhd (201501023456)"))
    P.append(B("legal", "Sebarang penerbitan semula kandungan laman ini tanpa kebenaran bertulis adalah dilarang."))
    if has_cookie and n % 4 == 2:
        P += cookie_block(n)
    return P
