"""Báo Sông Trà điện tử - báo tỉnh Quảng Ngãi (nhà xuất bản hư cấu)."""
from common import m, near, weave, rng, running, rotate, nwords, dots

SITE = "vn"
LANG = "vi"
HOST = "baosongtra.vn"

SECTION_NAMES = {
    "kinh-te": "Kinh tế", "xa-hoi": "Xã hội", "phap-luat": "Pháp luật",
    "giao-thong": "Giao thông", "van-hoa": "Văn hóa", "bien-dao": "Biển đảo",
    "giao-duc": "Giáo dục", "nong-nghiep": "Nông nghiệp", "the-thao": "Thể thao",
    "du-lich": "Du lịch", "thoi-su": "Thời sự", "y-te": "Y tế",
}

ARTICLES_RAW = r"""
=== kinh-te | ly-son-toi-vu-moi-duoc-gia | tỏi Lý Sơn; Lý Sơn; nông nghiệp; giá nông sản
Lý Sơn: Tỏi vụ mới được mùa, được giá
Thứ Sáu, 07/03/2025 - 08:30
Những ngày này, trên các cánh đồng ở huyện đảo Lý Sơn, nông dân đang tất bật thu hoạch tỏi vụ đông xuân. Năm nay tỏi được mùa, được giá, mang lại niềm vui cho bà con.
Theo Phòng Nông nghiệp và Môi trường huyện Lý Sơn, vụ tỏi năm nay toàn huyện xuống giống khoảng 320ha, năng suất ước đạt 7 - 8 tấn/ha tỏi củ tươi, tăng gần 1 tấn so với vụ trước nhờ thời tiết thuận lợi.
Tỏi tươi hiện được thương lái thu mua tại ruộng với giá 45.000 - 50.000 đồng/kg; tỏi khô loại một có giá 120.000 - 150.000 đồng/kg.
Anh Võ Văn Tám, ở xã An Vĩnh cho biết, gia đình anh trồng 4 sào tỏi, sau khi trừ chi phí ước lãi hơn 80 triệu đồng. “Mấy năm trước giá bấp bênh, có năm bán không đủ tiền cát, tiền phân. Năm nay đúng là trúng đậm”, anh Tám nói.
Tuy nhiên, người dân cũng lo ngại tình trạng tỏi nơi khác đưa về trộn lẫn, gắn mác tỏi Lý Sơn, làm ảnh hưởng đến thương hiệu của địa phương.
Nông dân xã An Vĩnh thu hoạch tỏi vụ đông xuân. Ảnh: QUANG VIỆT
QUANG VIỆT
=== xa-hoi | ba-to-khoi-cong-120-can-nha-ho-ngheo | xóa nhà tạm; Ba Tơ; hộ nghèo; đồng bào Hrê
Ba Tơ khởi công 120 căn nhà cho hộ nghèo đồng bào Hrê
Thứ Năm, 20/02/2025 - 09:12
Sáng 19/2, UBND huyện Ba Tơ tổ chức lễ khởi công xây dựng 120 căn nhà cho hộ nghèo, hộ cận nghèo là đồng bào dân tộc Hrê tại 8 xã vùng sâu của huyện.
Đây là đợt khởi công tập trung lớn nhất của huyện kể từ khi triển khai phong trào. Các căn nhà có diện tích tối thiểu 40m², kết cấu khung bê tông cốt thép, mái tôn, bảo đảm tiêu chí “3 cứng” gồm nền cứng, khung - tường cứng và mái cứng.
Ông Đinh Văn Lanh (68 tuổi, xã Ba Vinh) xúc động cho biết, căn nhà tranh vách nứa của gia đình ông đã dột nát nhiều năm, mỗi mùa mưa bão cả nhà phải sang nhà hàng xóm ở nhờ. “Có nhà mới rồi, tôi yên tâm cho con cháu đi làm ăn xa”, ông nói.
@SERIES
Theo lãnh đạo UBND huyện Ba Tơ, huyện phấn đấu hoàn thành toàn bộ các căn nhà trước ngày 30/6, trước khi bước vào mùa mưa bão.
Lãnh đạo huyện Ba Tơ và người dân thực hiện nghi thức khởi công tại xã Ba Vinh. Ảnh: TRƯỜNG GIANG
TRƯỜNG GIANG
=== phap-luat | bat-2-tau-hut-cat-trai-phep-song-tra-khuc | cát tặc; sông Trà Khúc; khai thác khoáng sản; Công an tỉnh
Bắt quả tang 2 tàu hút cát trái phép trên sông Trà Khúc
Thứ Ba, 25/02/2025 - 11:05
Rạng sáng 24/2, Phòng Cảnh sát môi trường Công an tỉnh phối hợp với công an địa phương bắt quả tang 2 tàu đang khai thác cát trái phép trên sông Trà Khúc, đoạn qua huyện Tư Nghĩa.
Tại thời điểm kiểm tra, 2 tàu đang dùng máy bơm công suất lớn hút cát từ lòng sông lên khoang chứa. Lực lượng chức năng xác định hai tàu đã khai thác khoảng 90m³ cát.
Chủ phương tiện là Lê Văn K. (45 tuổi) và Trần Văn D. (39 tuổi), cùng trú tại huyện Tư Nghĩa, không xuất trình được giấy phép khai thác khoáng sản.
Theo người dân địa phương, “cát tặc” thường hoạt động vào ban đêm, lợi dụng lúc lực lượng chức năng nghỉ để khai thác, gây sạt lở nghiêm trọng bờ sông, đe dọa đất sản xuất và nhà cửa của người dân.
Hiện Công an tỉnh đã tạm giữ 2 tàu cùng toàn bộ tang vật để tiếp tục điều tra, xử lý theo quy định.
H.PHƯƠNG
=== giao-thong | cao-toc-quang-ngai-hoai-nhon-tang-toc | cao tốc Quảng Ngãi - Hoài Nhơn; giao thông; Mộ Đức; Đức Phổ
Cao tốc Quảng Ngãi - Hoài Nhơn: Tăng ca, tăng kíp để về đích cuối năm
Thứ Năm, 06/03/2025 - 14:15
Dự án thành phần đường bộ cao tốc Quảng Ngãi - Hoài Nhơn đoạn qua tỉnh đang được các nhà thầu tăng ca, tăng kíp thi công nhằm bảo đảm mục tiêu thông xe toàn tuyến trong năm 2025.
Dự án có chiều dài 88km, trong đó đoạn qua Quảng Ngãi dài khoảng 58km, đi qua các huyện Tư Nghĩa, Nghĩa Hành, Mộ Đức và thị xã Đức Phổ.
Tại công trường đoạn qua huyện Mộ Đức, hàng chục máy xúc, xe lu, xe ben hoạt động liên tục. Các mũi thi công tổ chức làm việc “3 ca, 4 kíp”, kể cả ngày nghỉ.
Theo đại diện ban quản lý dự án, đến nay sản lượng toàn dự án đạt khoảng 62% giá trị hợp đồng. Khó khăn lớn nhất hiện nay là nguồn đất đắp nền đường tại một số mỏ chưa đáp ứng kịp.
Ông Nguyễn Văn Thành, chỉ huy trưởng công trường cho biết, đơn vị đã huy động thêm 30 thiết bị và 120 công nhân để bù lại những ngày mưa kéo dài cuối năm 2024.
Khi hoàn thành, tuyến cao tốc sẽ rút ngắn thời gian đi từ TP Quảng Ngãi đến tỉnh Bình Định xuống còn khoảng 1 giờ.
NGỌC ANH
=== van-hoa | le-khao-le-the-linh-hoang-sa-ly-son-2025 | Khao lề thế lính Hoàng Sa; Lý Sơn; di sản văn hóa; biển đảo
Trang nghiêm Lễ Khao lề thế lính Hoàng Sa trên đảo Lý Sơn
Chủ Nhật, 20/04/2025 - 19:30
Ngày 19/4 (tức 22/3 âm lịch), tại Âm linh tự (xã An Vĩnh), huyện Lý Sơn tổ chức Lễ Khao lề thế lính Hoàng Sa năm 2025, tưởng nhớ, tri ân các thế hệ cha ông đã vượt biển ra Hoàng Sa, Trường Sa thực thi chủ quyền.
Lễ Khao lề thế lính Hoàng Sa là nghi lễ truyền thống của người dân Lý Sơn, được công nhận là Di sản văn hóa phi vật thể quốc gia năm 2013.
Theo sử sách, dưới thời các chúa Nguyễn và triều Nguyễn, mỗi năm hải đội Hoàng Sa lại tuyển dân binh ở Lý Sơn ra khơi. Trước khi đi, người dân làm lễ thế lính với hình nhân thế mạng, thuyền câu bằng giấy, cầu mong người ra đi được bình an trở về.
Năm nay, nghi lễ do các bậc cao niên trong các tộc họ thực hiện theo đúng nghi thức xưa, có sự tham gia của hàng nghìn người dân và du khách.
Ông Võ Văn Sự (72 tuổi), hậu duệ đời thứ 9 của một dòng họ có người ra Hoàng Sa, chia sẻ: “Mỗi năm làm lễ là một lần con cháu nhắc lại công ơn ông cha. Lề xưa không bao giờ được bỏ”.
Thuyền câu và hình nhân thế mạng được thả ra biển trong nghi lễ. Ảnh: ĐĂNG KHOA
ĐĂNG KHOA
=== xa-hoi | doan-vien-thanh-nien-dung-nha-minh-long | xóa nhà tạm; Minh Long; Tháng Thanh niên; đoàn viên thanh niên
Đoàn viên thanh niên góp hơn 3.000 ngày công dựng nhà cho hộ nghèo ở Minh Long
Thứ Bảy, 15/03/2025 - 16:40
Hưởng ứng Tháng Thanh niên 2025, hơn 500 đoàn viên, thanh niên và cán bộ, chiến sĩ lực lượng vũ trang đã về các xã Long Môn, Thanh An, Long Hiệp (huyện Minh Long) giúp người dân tháo dỡ nhà cũ, vận chuyển vật liệu, dựng nhà mới.
Do địa hình đồi dốc, nhiều căn nhà nằm cách đường chính vài trăm mét, xe tải không vào được. Các đoàn viên phải chuyền tay từng bao xi măng, từng thanh sắt qua những con dốc trơn trượt.
Anh Nguyễn Đức Thịnh, Bí thư Huyện đoàn Minh Long cho biết, từ đầu tháng 3 đến nay, lực lượng thanh niên đã góp hơn 3.000 ngày công, giúp 46 hộ hoàn thành phần móng và dựng khung nhà.
Chị Đinh Thị Nhung ở xã Thanh An, mẹ đơn thân nuôi ba con nhỏ, không giấu được niềm vui khi căn nhà mới đã lên đến mái. “Một mình tôi không biết làm sao xây nổi. Các em thanh niên về làm từ sáng đến tối, tôi chỉ biết nấu nồi cơm cảm ơn”, chị chia sẻ.
@SERIES
Bài, ảnh: MINH THU
=== bien-dao | ngu-dan-binh-son-cuu-6-thuyen-vien | ngư dân; cứu nạn trên biển; Bình Sơn; Lý Sơn
Ngư dân Bình Sơn cứu 6 thuyền viên tàu cá bị chìm trên biển
Thứ Ba, 18/03/2025 - 20:45
Sáng 18/3, tàu cá QNg 90519 TS do ông Nguyễn Văn Tiến (ở xã Bình Chánh, huyện Bình Sơn) làm thuyền trưởng đã kịp thời cứu vớt 6 thuyền viên của một tàu cá bị chìm trên vùng biển cách đảo Lý Sơn khoảng 40 hải lý về phía Đông Bắc.
Theo thông tin ban đầu, tàu cá QNg 95127 TS đang hành nghề câu thì bị sóng lớn đánh thủng mạn, nước tràn vào khoang nhanh, 6 thuyền viên phải bám vào thúng chai và phao để chờ cứu.
Nhận được tín hiệu cầu cứu qua máy thông tin liên lạc, ông Tiến lập tức cho tàu chạy đến hiện trường. Sau gần 2 giờ tìm kiếm trong điều kiện sóng cao 2 - 3m, các thuyền viên đã được đưa lên tàu an toàn.
“Trên biển ai gặp nạn thì mình cứu. Hôm nay mình giúp người, mai biết đâu người giúp mình”, ông Tiến nói qua điện thoại.
Hiện 6 thuyền viên sức khỏe ổn định, đang được tàu QNg 90519 TS đưa về cảng cá Sa Kỳ, dự kiến cập bờ vào chiều 19/3. Thiệt hại của chủ tàu bị nạn ước khoảng 2 tỷ đồng.
TRƯỜNG GIANG
=== giao-duc | hon-15000-thi-sinh-thi-tot-nghiep-thpt-2025 | thi tốt nghiệp THPT; giáo dục; Ba Tơ; Chương trình 2018
Quảng Ngãi có hơn 15.000 thí sinh đăng ký dự thi tốt nghiệp THPT năm 2025
Thứ Tư, 07/05/2025 - 09:00
Theo Sở Giáo dục và Đào tạo, toàn tỉnh có 15.312 thí sinh đăng ký dự Kỳ thi tốt nghiệp THPT năm 2025. Đây là năm đầu tiên tổ chức thi theo Chương trình giáo dục phổ thông 2018.
Theo phương án mới, thí sinh thi 4 môn, gồm 2 môn bắt buộc là Toán, Ngữ văn và 2 môn tự chọn trong số các môn đã học ở lớp 12.
Ngoài Toán và Ngữ văn, các môn được thí sinh chọn nhiều nhất là Lịch sử, Địa lý và Tiếng Anh. Vật lý và Hóa học có số lượng đăng ký giảm so với các năm trước.
Các trường THPT trên địa bàn đã xây dựng kế hoạch ôn tập theo từng nhóm đối tượng, ưu tiên học sinh vùng miền núi và học sinh có học lực yếu.
Thầy Lê Đình Hưng, Hiệu trưởng Trường THPT Ba Tơ cho biết, nhà trường bố trí cho 40 học sinh nhà xa ở lại trường trong thời gian ôn thi, được hỗ trợ tiền ăn từ nguồn xã hội hóa.
Kỳ thi dự kiến diễn ra trong hai ngày 26 và 27/6.
THANH THẢO
=== xa-hoi | doanh-nghiep-dung-quat-ung-ho-15-ty-xoa-nha-tam | xóa nhà tạm; Khu kinh tế Dung Quất; doanh nghiệp; an sinh xã hội
Doanh nghiệp ở Khu kinh tế Dung Quất ủng hộ hơn 15 tỷ đồng xóa nhà tạm
Thứ Tư, 26/03/2025 - 10:05
Chiều 25/3, Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi tổ chức chương trình vận động doanh nghiệp chung tay xóa nhà tạm, nhà dột nát trên địa bàn tỉnh.
Tại chương trình, 37 doanh nghiệp đang hoạt động tại Khu kinh tế Dung Quất và các khu công nghiệp đã đăng ký ủng hộ tổng số tiền hơn 15 tỷ đồng, tương đương khoảng 250 căn nhà xây mới.
Nhiều doanh nghiệp cam kết không chỉ đóng góp kinh phí mà còn cử kỹ sư, công nhân trực tiếp tham gia giám sát, thi công tại các huyện miền núi.
@SERIES
Phát biểu tại chương trình, lãnh đạo UBND tỉnh đề nghị các địa phương sớm tiếp nhận, giải ngân nguồn kinh phí, không để tình trạng “có tiền nhưng chậm xây”.
Toàn bộ số tiền ủng hộ sẽ được chuyển về Ban Vận động “Vì người nghèo” tỉnh để phân bổ cho các địa phương theo danh sách đã được rà soát.
PHẠM LINH
=== nong-nghiep | mo-duc-lua-dong-xuan-duoc-mua | lúa đông xuân; Mộ Đức; nông nghiệp; thu hoạch
Mộ Đức: Lúa đông xuân được mùa, năng suất hơn 70 tạ/ha
Thứ Sáu, 18/04/2025 - 10:20
Những ngày này, trên các cánh đồng ở huyện Mộ Đức, nông dân đang khẩn trương thu hoạch lúa vụ đông xuân 2024 - 2025. Năm nay lúa trúng mùa, năng suất bình quân ước đạt 71 tạ/ha.
Toàn huyện gieo sạ hơn 6.200ha lúa đông xuân, chủ yếu sử dụng các giống chất lượng cao. Đến nay, nông dân đã thu hoạch khoảng 60% diện tích.
Ông Trần Văn Lực ở xã Đức Lợi cho biết, gia đình ông gieo sạ 5 sào, nhờ thời tiết thuận lợi, ít sâu bệnh nên lúa trổ đều, hạt chắc. “Mỗi sào được gần 4 tạ, thương lái vào tận ruộng mua lúa tươi giá 7.200 đồng/kg”, ông Lực nói.
Để kịp thu hoạch trước khi có mưa, huyện đã huy động 85 máy gặt đập liên hợp, đồng thời khuyến cáo người dân không đốt rơm rạ trên đồng ruộng để tránh ô nhiễm môi trường.
Sau khi thu hoạch, ngành nông nghiệp khuyến cáo nông dân làm đất, phơi ải để chuẩn bị cho vụ hè thu.
HỒNG NHUNG
=== the-thao | dua-thuyen-truyen-thong-song-tra-khuc-tet-at-ty | đua thuyền truyền thống; sông Trà Khúc; Tết Ất Tỵ; thể thao
Sôi nổi giải đua thuyền truyền thống trên sông Trà Khúc
Thứ Năm, 30/01/2025 - 11:45
Sáng 30/1 (mùng 2 Tết Ất Tỵ), trên sông Trà Khúc đoạn qua TP Quảng Ngãi, Giải đua thuyền truyền thống mừng Đảng, mừng Xuân năm 2025 đã diễn ra sôi nổi, thu hút hàng vạn người dân đến cổ vũ.
Giải năm nay có 12 đội thuyền đến từ các phường, xã ven sông tham gia, tranh tài ở hai nội dung đua thuyền nam và đua thuyền nữ trên cự ly 1.500m.
Hai bên bờ sông, từ cầu Trà Khúc 1 đến cầu Trà Khúc 2, người dân đứng kín để cổ vũ. Tiếng trống, tiếng hò reo vang dội mỗi khi các thuyền về đích.
Kết quả, đội thuyền phường Trương Quang Trọng giành giải nhất nội dung nam; đội xã Tịnh Long giành giải nhất nội dung nữ.
Ông Phạm Văn Cư, người dân sống ven sông chia sẻ: “Năm nào tôi cũng ra xem. Tết mà không có đua thuyền trên sông Trà thì thiếu lắm”.
MINH THU
=== xa-hoi | son-tay-van-chuyen-vat-lieu-xay-nha-gap-kho | xóa nhà tạm; Sơn Tây; mưa trái mùa; vùng cao
Sơn Tây: Vận chuyển vật liệu xây nhà cho hộ nghèo gặp khó vì mưa trái mùa
Thứ Hai, 14/04/2025 - 07:50
Những trận mưa trái mùa kéo dài trong nửa đầu tháng 4 khiến nhiều tuyến đường đất vào các thôn vùng cao của huyện Sơn Tây lầy lội, xe chở vật liệu không thể lưu thông, ảnh hưởng đến tiến độ xây nhà cho hộ nghèo.
Tại xã Sơn Long, hơn 20 căn nhà đang xây dở phải tạm dừng vì xi măng, sắt thép bị kẹt ở trung tâm xã. Một số hộ phải thuê xe máy chở từng bao xi măng với giá 50.000 đồng/bao.
Ông Đinh Văn Pho, Chủ tịch UBND xã Sơn Long cho biết, xã đã huy động dân quân, đoàn viên gùi vật liệu vào những điểm xa nhất, đồng thời đề nghị huyện hỗ trợ thêm chi phí vận chuyển cho các hộ ở vùng sâu.
@SERIES
Theo UBND huyện Sơn Tây, đến nay huyện đã hoàn thành 112/265 căn nhà theo kế hoạch năm 2025, đạt hơn 42%.
Bài, ảnh: THANH NHỊ
=== du-lich | bien-my-khe-don-khach-dip-le-30-4 | biển Mỹ Khê; du lịch; nghỉ lễ 30/4; TP Quảng Ngãi
Biển Mỹ Khê đón hàng nghìn lượt khách dịp nghỉ lễ 30/4
Thứ Năm, 01/05/2025 - 17:35
Trong kỳ nghỉ lễ 30/4 - 1/5, bãi biển Mỹ Khê (xã Tịnh Khê, TP Quảng Ngãi) thu hút hàng nghìn lượt người dân và du khách đến tắm biển, vui chơi.
Từ sáng sớm, dọc bãi biển đã đông kín người. Các dịch vụ thể thao bãi biển, mô tô nước, dù lượn kéo bằng ca nô hoạt động liên tục.
Năm nay, UBND TP Quảng Ngãi bố trí 12 nhân viên cứu hộ cùng ca nô túc trực, cắm biển cảnh báo tại các khu vực có dòng chảy xa bờ nguy hiểm.
Các nhà hàng, quán ăn ven biển đều niêm yết giá công khai. Chị Trần Thị Mai, du khách đến từ TP Hồ Chí Minh cho biết: “Biển sạch, giá cả hợp lý, hải sản tươi, mình sẽ quay lại”.
Theo ngành du lịch, trong 5 ngày nghỉ lễ, toàn tỉnh đón khoảng 185.000 lượt khách, tăng 18% so với cùng kỳ năm trước, doanh thu ước đạt 230 tỷ đồng.
Du khách tắm biển Mỹ Khê sáng 30/4. Ảnh: ĐĂNG KHOA
ĐĂNG KHOA
=== thoi-su | hdnd-tinh-ky-hop-chuyen-de-thong-qua-9-nghi-quyet | HĐND tỉnh; kỳ họp chuyên đề; sắp xếp bộ máy; đầu tư công
Kỳ họp chuyên đề HĐND tỉnh thông qua 9 nghị quyết quan trọng
Thứ Sáu, 28/02/2025 - 18:10
Chiều 28/2, HĐND tỉnh khóa XIII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp chuyên đề để xem xét, quyết định nhiều nội dung quan trọng thuộc thẩm quyền.
Tại kỳ họp, các đại biểu đã thảo luận và biểu quyết thông qua 9 nghị quyết, trong đó có nghị quyết về việc thành lập, tổ chức lại các cơ quan chuyên môn thuộc UBND tỉnh theo chủ trương sắp xếp, tinh gọn bộ máy.
Theo đó, sau sắp xếp, UBND tỉnh có 14 sở và cơ quan ngang sở, giảm 5 đầu mối so với trước.
HĐND tỉnh cũng thông qua nghị quyết điều chỉnh kế hoạch đầu tư công năm 2025, bổ sung vốn cho các dự án giao thông trọng điểm và chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Phát biểu bế mạc, lãnh đạo HĐND tỉnh đề nghị UBND tỉnh và các sở, ngành khẩn trương triển khai các nghị quyết ngay sau kỳ họp, bảo đảm bộ máy mới vận hành thông suốt, không gián đoạn công việc của người dân, doanh nghiệp.
NHÓM PV
=== xa-hoi | quy-khuyen-hoc-trao-150-suat-hoc-bong-son-ha | khuyến học; học bổng; Sơn Hà; học sinh miền núi
Trao 150 suất học bổng cho học sinh nghèo vượt khó ở miền núi
Thứ Bảy, 12/04/2025 - 16:00
Ngày 12/4, tại huyện Sơn Hà, Báo Sông Trà phối hợp với Hội Khuyến học tỉnh trao 150 suất học bổng cho học sinh nghèo vượt khó, học tốt ở các huyện miền núi.
Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt, kèm theo balo, sách vở và áo ấm. Tổng giá trị chương trình hơn 350 triệu đồng, từ nguồn đóng góp của bạn đọc, doanh nghiệp và các nhà hảo tâm.
Em Đinh Thị Hoa, học sinh lớp 8 ở xã Sơn Kỳ, mồ côi cha, mẹ làm thuê, nhưng nhiều năm liền đạt danh hiệu học sinh giỏi. “Em sẽ dùng tiền học bổng mua xe đạp để đi học, không phải đi bộ 6 cây số nữa”, Hoa nói.
Phát biểu tại buổi lễ, lãnh đạo Báo Sông Trà cho biết, chương trình được tổ chức thường niên từ năm 2012, đến nay đã trao hơn 2.600 suất học bổng.
Dịp này, Ban tổ chức cũng trao tặng 20 xe đạp cho học sinh nhà xa trường.
PHẠM LINH
=== xa-hoi | niem-vui-nha-moi-cu-ba-82-tuoi-duc-pho | xóa nhà tạm; Đức Phổ; gia đình chính sách; nhà mới
Niềm vui nhà mới của cụ bà 82 tuổi ở Đức Phổ
Chủ Nhật, 11/05/2025 - 15:20
Sau hơn 30 năm sống trong căn nhà cấp bốn xuống cấp, cụ Nguyễn Thị Hường (82 tuổi, ở phường Phổ Văn, thị xã Đức Phổ) đã có căn nhà mới khang trang trước mùa mưa bão.
Căn nhà mới rộng 45m² được xây dựng trong hơn hai tháng với tổng kinh phí khoảng 95 triệu đồng, trong đó 60 triệu đồng từ nguồn hỗ trợ của tỉnh, phần còn lại do bà con lối xóm, dòng họ và Hội Cựu chiến binh phường đóng góp.
Cụ Hường sống một mình, chồng là liệt sĩ hy sinh năm 1972. Căn nhà cũ tường nứt toác, mái ngói vỡ, mỗi khi mưa lớn cụ phải kê giường lên gạch để tránh nước.
“Già rồi, không nghĩ còn được ở nhà mới. Đêm đầu tiên tôi không ngủ được vì mừng”, cụ Hường nói.
Theo UBND thị xã Đức Phổ, đến nay thị xã đã bàn giao 187 căn nhà cho các hộ khó khăn, hoàn thành sớm kế hoạch năm 2025.
@SERIES
HOÀNG LONG
=== y-te | sot-xuat-huyet-tang-manh-hon-1100-ca | sốt xuất huyết; y tế; CDC tỉnh; phòng chống dịch
Sốt xuất huyết tăng mạnh, toàn tỉnh ghi nhận hơn 1.100 ca mắc
Thứ Hai, 19/05/2025 - 08:05
Từ đầu năm đến nay, toàn tỉnh ghi nhận 1.126 ca mắc sốt xuất huyết, tăng gần 2 lần so với cùng kỳ năm 2024. Ngành y tế cảnh báo nguy cơ bùng phát dịch khi bước vào mùa mưa.
Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, các địa phương có số ca mắc cao là TP Quảng Ngãi, huyện Tư Nghĩa, Bình Sơn và thị xã Đức Phổ. Chưa ghi nhận trường hợp tử vong.
Tại Bệnh viện Đa khoa tỉnh, khoa Truyền nhiễm đang điều trị cho 48 bệnh nhân sốt xuất huyết, trong đó có 6 ca có dấu hiệu cảnh báo nặng.
BS Phan Thị Tuyết, Phó Giám đốc CDC tỉnh khuyến cáo người dân diệt lăng quăng, bọ gậy mỗi tuần một lần; ngủ màn kể cả ban ngày; khi sốt cao đột ngột cần đến cơ sở y tế để được khám, không tự ý điều trị tại nhà.
Ngành y tế đã tổ chức phun hóa chất diệt muỗi tại 23 ổ dịch và giám sát chặt chẽ các khu vực có nguy cơ cao.
Nhân viên y tế phun hóa chất diệt muỗi tại phường Nghĩa Lộ, TP Quảng Ngãi. Ảnh: HỒNG NHUNG
HỒNG NHUNG
=== kinh-te | gia-keo-nguyen-lieu-tang-nguoi-trong-rung-phan-khoi | giá keo; trồng rừng; Trà Bồng; dăm gỗ
Giá keo nguyên liệu tăng, người trồng rừng phấn khởi
Thứ Ba, 27/05/2025 - 13:40
Giá gỗ keo nguyên liệu tại Quảng Ngãi đã tăng lên mức 1,35 - 1,45 triệu đồng/tấn, cao nhất trong vòng 3 năm trở lại đây, giúp người trồng rừng có thêm thu nhập.
Tại các xã miền núi của huyện Trà Bồng, Sơn Hà, người dân đang tranh thủ thời tiết nắng ráo để khai thác keo. Xe tải chở keo nối đuôi nhau về các nhà máy chế biến dăm gỗ ở Khu kinh tế Dung Quất.
Anh Hồ Văn Dũng ở xã Trà Thủy, huyện Trà Bồng cho biết, gia đình anh vừa bán 2ha keo trồng 5 năm tuổi, thu về hơn 240 triệu đồng, cao hơn khoảng 40 triệu đồng so với năm ngoái.
Theo các doanh nghiệp chế biến, giá keo tăng do nhu cầu dăm gỗ xuất khẩu phục hồi, trong khi nguồn nguyên liệu trong nước khan hiếm sau bão.
Ngành nông nghiệp khuyến cáo người dân không khai thác keo non, chuyển dần sang trồng rừng gỗ lớn có chứng chỉ FSC để nâng cao giá trị và phát triển bền vững.
THANH NHỊ
"""

# Loạt bài "xóa nhà tạm, nhà dột nát": 2 đoạn bối cảnh + 1 dòng đường dây nóng
SERIES = [
    "Thực hiện phong trào thi đua “Chung tay xóa nhà tạm, nhà dột nát”, năm 2025 tỉnh Quảng Ngãi phấn đấu hỗ trợ xây mới, sửa chữa 4.275 căn nhà cho hộ nghèo, hộ cận nghèo, gia đình người có công và hộ có hoàn cảnh khó khăn về nhà ở.",
    "Mức hỗ trợ là 60 triệu đồng/căn đối với nhà xây mới và 30 triệu đồng/căn đối với nhà sửa chữa, từ nguồn ngân sách nhà nước và vận động xã hội hóa; phần kinh phí còn lại do gia đình, dòng họ và cộng đồng dân cư cùng góp sức.",
    "Đường dây nóng tiếp nhận phản ánh về việc thực hiện xóa nhà tạm, nhà dột nát trên địa bàn tỉnh: 0255.3 711 234.",
]
SERIES_VARIANTS = {
    11: [
        "Thực hiện phong trào thi đua “Chung tay xóa nhà tạm, nhà dột nát”, năm 2025 tỉnh Quảng Ngãi phấn đấu hỗ trợ xây mới, sửa chữa 4.275 căn nhà cho hộ nghèo, hộ cận nghèo, gia đình người có công và hộ khó khăn về nhà ở.",
        SERIES[1],
        SERIES[2],
    ],
    # p=15: only the funding paragraph and the hotline (2 of 3 lines)
    15: [SERIES[1], SERIES[2]],
}

# ---------------------------------------------------------------- template
MENU = "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa - Thể thao | Nông thôn mới | Biển đảo | Multimedia | Báo in"
LANG_NAV = "Sông Trà tiếng Hrê | Sông Trà tiếng Co | English"
UI_SIZE = "Cỡ chữ: A- | A | A+"
UI_PRINT = "In bài"
UI_SAVE = "Lưu tin"
AUDIO = ["Nghe đọc bài viết", "Giọng đọc: Nữ miền Trung | Nam miền Bắc | Nữ miền Nam"]
SHARE_TOP = "Chia sẻ: Facebook | Zalo | Sao chép liên kết"
SHARE_END = "Chia sẻ bài viết lên Facebook | Zalo | Twitter"
NEWSLETTER = {
    "A": ["Bản tin Sông Trà mỗi sáng",
          "Tin tức Quảng Ngãi nổi bật trong ngày, gửi đến hộp thư của bạn lúc 6 giờ.",
          "Nhập email", "Đăng ký"],
    "B": ["Đừng bỏ lỡ tin quê nhà",
          "Nhận thư điểm tin Quảng Ngãi miễn phí - mỗi ngày một bản, hủy bất cứ lúc nào.",
          "Email của bạn", "Nhận bản tin"],
}
APPEAL = {
    "A": ["Tiếp sức em đến trường cùng Quỹ Khuyến học Báo Sông Trà",
          "Mỗi suất 2 triệu đồng giúp một em học sinh miền núi có thêm sách vở, áo ấm và chiếc xe đạp để không phải bỏ học giữa chừng.",
          "Đã tiếp nhận: {got} đồng / mục tiêu 1,2 tỷ đồng · {turns} lượt ủng hộ",
          "100.000đ | 200.000đ | 500.000đ | Số tiền khác",
          "Ủng hộ ngay"],
    "B": ["Bạn đọc Sông Trà chung tay vì học trò nghèo",
          "Mọi khoản đóng góp đều được công khai trên báo và trao tận tay các em vào dịp đầu năm học mới.",
          "Đã tiếp nhận: {got} đồng / mục tiêu 1,2 tỷ đồng · {turns} lượt ủng hộ",
          "100.000đ | 200.000đ | 500.000đ | Số tiền khác",
          "Chuyển khoản: STK 0511 000 456 789 - Vietcombank CN Quảng Ngãi - Nội dung: KHUYEN HOC + họ tên"],
}
CAMPAIGN_PAGES = (4, 5, 6, 7, 8)
CAMPAIGN = ["Chương trình “Cờ Tổ quốc, áo phao cho ngư dân bám biển”: mỗi 150.000đ góp một lá cờ và một chiếc áo phao",
            "Đã trao {flags} lá cờ, {vests} áo phao"]
SOCIAL = ["Theo dõi Báo Sông Trà trên Google News",
          "Quan tâm Zalo OA Báo Sông Trà để nhận tin nhanh nhất"]
APP = "Tải ứng dụng Báo Sông Trà: đọc báo in, nghe podcast, nhận thông báo tin nóng - có trên App Store và Google Play"
PODCAST = "Podcast “Chuyện quê mình” - phát hành tối thứ Bảy hằng tuần trên ứng dụng Báo Sông Trà và Spotify"
COMMENT_RULES = "Bình luận sẽ được biên tập trước khi đăng. Vui lòng viết tiếng Việt có dấu."
COMMENT_BTN = "Gửi ý kiến"
RELATED_HEAD = ["Tin liên quan", "Tin cùng chuyên mục"]
RELATED_POOL = [
    "Quảng Ngãi: Đón 3 tàu du lịch quốc tế cập cảng Dung Quất",
    "Nghĩa Hành ra quân làm đường giao thông nông thôn",
    "Phát hiện cá thể rùa biển quý hiếm mắc lưới ở Đức Phổ",
    "Hội thi tiếng hát dân ca bài chòi tỉnh năm 2025",
    "Cảnh báo lừa đảo qua mạng giả danh cán bộ thuế",
    "Sa Huỳnh mùa muối",
]
FOOTER_NAV = "Giới thiệu | Liên hệ tòa soạn | Quảng cáo | Đặt mua báo in | RSS"
AD_CONTACT = "Liên hệ quảng cáo: 0255 3 818 007"
LEGAL = [
    "BÁO SÔNG TRÀ ĐIỆN TỬ - Giấy phép số 127/GP-BTTTT ngày 12/4/2021 của Bộ Thông tin và Truyền thông",
    "Tổng Biên tập: Lê Quang Thái · Phó Tổng Biên tập: Nguyễn Thị Hạnh, Đỗ Văn Minh",
    "Tòa soạn: 58 Hùng Vương, TP Quảng Ngãi · Điện thoại: 0255 3 822 418 · Email: toasoan@baosongtra.vn",
    "Ghi rõ nguồn “Báo Sông Trà” khi phát hành lại thông tin từ website này.",
]
COOKIE = ["Website sử dụng cookie để nâng cao trải nghiệm của bạn đọc. Tiếp tục truy cập đồng nghĩa với việc bạn đồng ý với chính sách này.",
          "Đồng ý | Tìm hiểu thêm"]


def build(p, art, body, span):
    r = rng(SITE, p)
    sec = art["section"]
    head = [m("navigation", MENU)]
    if p % 3 != 1:
        head.append(m("navigation", LANG_NAV))
    head.append(m("navigation", f"Trang chủ » {SECTION_NAMES[sec]}"))

    inserts = []
    # after title + dateline
    top = [m("ui", UI_SIZE)]
    if p % 2 == 0:
        top.append(m("ui", UI_PRINT))
    if p in (3, 15):
        top.append(m("ui", UI_SAVE))
    if p % 5 != 4:
        top += [m("audio", a) for a in AUDIO]
    if p % 2 == 1:
        top.append(m("share", SHARE_TOP))
    inserts.append((2, top))

    other = ALL[(p + 4) % len(ALL)]["lines"][0]
    pos_x = near(4 + p % 2, body, span, 4)
    inserts.append((pos_x, [m("related", f"Xem thêm: {other}")]))
    mid = []
    if p % 3 != 2:
        mid.append(m("ad", "Quảng cáo"))
    nl_mid = p % 2 == 0
    nl = [m("newsletter", x) for x in NEWSLETTER["A" if p % 4 == 0 else "B"]]
    if nl_mid:
        mid += nl
    if mid:
        pos_m = near(int(len(body) * 0.7), body, span, 5)
        inserts.append((pos_m, mid))
    main = weave(body, inserts)

    blocks = {}
    blocks["share"] = [m("share", SHARE_END)]
    blocks["tags"] = [m("navigation", "Từ khóa: " + ", ".join(art["tags"]))]
    got = running(SITE, "quy", 612_400_000, p, 4_000_000, 31_000_000)
    turns = running(SITE, "luot", 1703, p, 12, 57)
    ap = "A" if p % 2 == 0 else "B"
    blocks["appeal"] = [m("appeal", x.format(got=dots(got), turns=dots(turns))) for x in APPEAL[ap]]
    if p in CAMPAIGN_PAGES:
        flags = running(SITE, "co", 3420, p - 4, 35, 140)
        vests = running(SITE, "aophao", 1180, p - 4, 12, 60)
        blocks["campaign"] = [m("appeal", CAMPAIGN[0]),
                              m("appeal", CAMPAIGN[1].format(flags=dots(flags), vests=dots(vests)))]
    if not nl_mid:
        blocks["newsletter"] = nl
    blocks["related"] = [m("related", RELATED_HEAD[p % 2])] + [m("related", h) for h in rotate(RELATED_POOL, p, 3, 4)]
    if p not in (2, 14):
        c = r.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 17])
        blocks["comments"] = [m("comments", f"Ý kiến bạn đọc ({c})"), m("comments", COMMENT_RULES),
                              m("comments", COMMENT_BTN)]
    soc = [m("social", SOCIAL[0])]
    if p % 3 != 2:
        soc.append(m("social", SOCIAL[1]))
    blocks["social"] = soc
    if p % 4 != 1:
        blocks["app"] = [m("app", APP)]
    if p % 3 == 0:
        blocks["podcast"] = [m("audio", PODCAST)]
    blocks["footer"] = [m("navigation", FOOTER_NAV)]
    blocks["legal"] = [m("legal", x) for x in LEGAL] + ([m("ad", AD_CONTACT)] if p % 2 == 0 else [])
    if p not in (6, 13):
        blocks["cookie"] = [m("cookie", c) for c in COOKIE]

    orders = [
        ["share", "tags", "related", "campaign", "appeal", "newsletter", "comments", "social", "app", "podcast", "footer", "legal", "cookie"],
        ["tags", "share", "appeal", "campaign", "related", "social", "comments", "newsletter", "podcast", "app", "footer", "legal", "cookie"],
        ["share", "tags", "campaign", "comments", "related", "appeal", "newsletter", "social", "app", "podcast", "footer", "legal", "cookie"],
    ]
    tail = []
    for name in orders[p % 3]:
        tail += blocks.get(name, [])
    return head + main + tail


ALL = []
