def num(n): return '{:,}'.format(n).replace(',', '.')
SITE = dict(
  id='sb5-vi', lang='vi', host='tinphuongnam.vn',
  sections={'thoi-su': 'Thời sự', 'kinh-te': 'Kinh tế', 'doi-song': 'Đời sống', 'the-gioi': 'Thế giới'},
  datefmt=lambda d: '%d/%d/%d' % (d.day, d.month, d.year), num=num,
  readmore='Xem thêm: {h}', rellist_head='Tin liên quan', rellist_at=0, rellist_p=0.8, readmore_p=0.75,
  template=[
    dict(pos='top', cat='navigation', text='Trang chủ › {section}', p=0.95),
    dict(pos='after_byline', cat='audio', text='Nghe bài viết', p=0.5),
    dict(pos='after_byline', cat='share', text=['Chia sẻ Facebook · Zalo · Sao chép liên kết', 'Chia sẻ: Facebook · Zalo'], p=0.7),
    dict(pos='mid', cat='ad', text='Quảng cáo', p=0.8),
    dict(pos='end', cat='social', text='Theo dõi Tin Phương Nam trên Google News và Zalo để cập nhật tin tức nhanh nhất', p=0.75),
    dict(pos='bottom', cat='appeal', text='Chung tay cùng bạn đọc: Quỹ Tấm lòng Phương Nam đã tiếp nhận {n} triệu đồng hỗ trợ học sinh vùng hạn mặn. Mời bạn đọc tiếp tục đóng góp.', pages={1, 5, 8, 12, 16}),
    dict(pos='bottom', cat='comments', text=['Bình luận ({m})', 'Ý kiến bạn đọc ({m})'], p=0.7),
    dict(pos='bottom', cat='app', text='Tải ứng dụng Tin Phương Nam trên App Store và Google Play', p=0.55),
    dict(pos='footer', cat='legal', text='© {year} Tin Phương Nam. Giấy phép số 318/GP-BTTTT. Ghi rõ nguồn "Tin Phương Nam" khi phát hành lại thông tin từ website này.', p=1.0),
  ])

BG1 = "Từ đầu tháng 2, nước mặn với độ mặn trên 4‰ đã lấn sâu hơn 60 km vào các cửa sông Tiền và sông Hậu, đe dọa khoảng 45.000 ha lúa đông xuân ở các địa phương ven biển Đồng bằng sông Cửu Long."
BG2 = "Theo Viện Khoa học Thủy lợi miền Nam, đợt hạn mặn năm nay đến sớm hơn trung bình nhiều năm khoảng ba tuần và có thể kéo dài đến cuối tháng 4."

ARTICLES = f"""
=== thoi-su | han-man-dbscl-dat-dinh | 2026-02-25 | 3
Hạn mặn ở Đồng bằng sông Cửu Long có nguy cơ đạt đỉnh vào giữa tháng 3
Nhiều địa phương đã đóng cống ngăn mặn, người dân khẩn trương trữ nước ngọt
Minh Tâm · 25/2/2026
Tại các xã ven biển, nhiều hộ dân đã phải mua nước ngọt từ ghe chở nước với giá 150.000 đồng mỗi khối.
{BG1}
{BG2}
Ông Nguyễn Văn Hùng, nông dân trồng lúa, cho biết gia đình ông đã xuống giống sớm hơn mọi năm nửa tháng để né mặn. "Nếu trễ thêm một tuần là mất trắng", ông nói.
Chính quyền địa phương đã vận hành toàn bộ hệ thống cống ngăn mặn và khuyến cáo người dân không lấy nước khi triều cường.
=== kinh-te | han-man-gia-nuoc-ngot-tang | 2026-03-02 | 3
Giá nước ngọt tăng gấp ba, người dân vùng mặn xoay xở
Các hộ nuôi tôm và trồng cây ăn trái chịu thiệt hại nặng nhất
Thu Hà · 2/3/2026
Chị Lê Thị Mai ở huyện ven biển cho biết mỗi tháng gia đình chị phải chi gần hai triệu đồng chỉ để mua nước sinh hoạt.
Các vườn sầu riêng, bưởi da xanh đang bị cháy lá do tưới phải nước nhiễm mặn.
{BG1}
Hội Nông dân tỉnh đề nghị ngân hàng giãn nợ cho các hộ bị thiệt hại trên 30%.
Giải pháp trước mắt
Trữ nước trong ao, túi trữ nước và bồn nhựa
Đo độ mặn trước khi tưới
Bón thêm phân kali giúp cây chống chịu
=== thoi-su | han-man-hoc-sinh-thieu-nuoc | 2026-03-08 | 3
Trường học vùng mặn thiếu nước sạch, học sinh mang nước từ nhà
Nhiều trường phải tạm ngưng bán trú vì không đủ nước nấu ăn
Phạm Ngọc Ánh · 8/3/2026
Mỗi sáng, em Trần Gia Huy, học sinh lớp 4, đeo cặp và xách theo một can nước 2 lít đến lớp.
Trường tiểu học nơi em học có gần 600 học sinh, nhưng giếng khoan đã nhiễm mặn từ cuối tháng 2.
{BG1}
Ban giám hiệu cho biết nhà trường đang kêu gọi các nhà hảo tâm hỗ trợ bồn chứa và máy lọc nước.
{BG2}
=== thoi-su | han-man-chinh-phu-ho-tro | 2026-03-14 | 3
Chính phủ hỗ trợ khẩn cấp 200 tỉ đồng chống hạn mặn
Kinh phí ưu tiên cấp nước sinh hoạt và bảo vệ lúa đông xuân
Quốc Bảo · 14/3/2026
Thủ tướng vừa ký quyết định hỗ trợ 200 tỉ đồng từ nguồn dự phòng ngân sách trung ương cho các địa phương bị ảnh hưởng.
Số tiền này được dùng để nạo vét kênh mương, lắp đặt trạm bơm dã chiến và cấp nước miễn phí cho người dân.
{BG1}
Bộ Nông nghiệp và Môi trường yêu cầu các địa phương báo cáo thiệt hại hằng tuần.
{BG2}
Cần làm gì tiếp theo?
Các chuyên gia cho rằng về lâu dài phải chuyển đổi cơ cấu cây trồng, giảm diện tích lúa ở vùng ven biển.
=== doi-song | quy-tam-long-hoc-bong-hoc-sinh | 2026-03-20 | 3
Quỹ từ thiện trao 500 suất học bổng cho học sinh vùng hạn mặn
Mỗi suất trị giá 2 triệu đồng kèm bình lọc nước
Phạm Ngọc Ánh · 20/3/2026
Sáng 19/3, tại hội trường ủy ban xã, 500 học sinh có hoàn cảnh khó khăn đã nhận học bổng từ một quỹ từ thiện do các doanh nghiệp địa phương đóng góp.
Em Nguyễn Thị Thảo, lớp 9, xúc động: "Em sẽ dùng tiền để mua sách ôn thi vào lớp 10".
{BG1}
Đại diện quỹ cho biết chương trình sẽ tiếp tục đến hết mùa khô.
=== kinh-te | xuat-khau-gao-quy-1 | 2026-01-15 | 3
Xuất khẩu gạo tháng đầu năm giảm mạnh về giá
Giá gạo 5% tấm xuống mức thấp nhất trong ba năm
Thu Hà · 15/1/2026
Theo Hiệp hội Lương thực Việt Nam, giá gạo xuất khẩu loại 5% tấm hiện ở mức 390 USD/tấn.
Nguyên nhân chính là nguồn cung dồi dào từ Ấn Độ sau khi nước này dỡ bỏ các hạn chế xuất khẩu.
Các doanh nghiệp kiến nghị đẩy mạnh xuất khẩu gạo thơm, gạo đặc sản sang các thị trường khó tính.
=== the-gioi | bau-cu-nhat-ban-ket-qua | 2026-01-19 | 3
Đảng cầm quyền Nhật Bản giành đa số trong bầu cử Hạ viện
Thủ tướng cam kết ưu tiên kiềm chế giá cả
Lê Quốc Bảo · 19/1/2026
Theo kết quả kiểm phiếu sơ bộ, liên minh cầm quyền giành được 251 trên tổng số 465 ghế.
Tỷ lệ cử tri đi bỏ phiếu đạt khoảng 56%, cao hơn kỳ bầu cử trước.
Giới phân tích nhận định kết quả này sẽ giúp chính phủ dễ dàng thông qua gói kích thích kinh tế mới.
=== doi-song | tet-nguyen-dan-cho-hoa | 2026-02-10 | 3
Chợ hoa Tết bến Bình Đông tấp nập ngày cận Tết
Giá hoa mai, cúc mâm xôi ổn định, nhiều nhà vườn lo ế
Minh Tâm · 10/2/2026
Từ sáng sớm, hàng trăm ghe chở hoa từ miền Tây đã cập bến Bình Đông.
Anh Tư, nhà vườn từ Chợ Lách, cho biết năm nay anh mang lên 800 chậu cúc. "Mới bán được một nửa, hy vọng mấy ngày cuối khách đông hơn", anh nói.
"Trên bến dưới thuyền"
Khung cảnh quen thuộc ấy vẫn giữ nguyên như hàng chục năm trước.
Chợ hoa mở cửa đến chiều 30 Tết.
=== thoi-su | tai-nan-giao-thong-tet | 2026-02-22 | 3
Số vụ tai nạn giao thông dịp Tết giảm 20%
Lực lượng CSGT xử lý hơn 30.000 trường hợp vi phạm nồng độ cồn
Quốc Bảo · 22/2/2026
Theo Cục Cảnh sát giao thông, trong 9 ngày nghỉ Tết, cả nước xảy ra 312 vụ tai nạn, làm chết 196 người.
So với cùng kỳ năm trước, số vụ tai nạn giảm 20%, số người chết giảm 17%.
Việc xử phạt nghiêm vi phạm nồng độ cồn được đánh giá là nguyên nhân chính.
Lưu ý
Người dân trở lại thành phố sau Tết nên tránh các khung giờ cao điểm.
=== kinh-te | gia-vang-lap-dinh | 2026-02-27 | 3
Giá vàng miếng lập đỉnh mới, người dân xếp hàng mua
Chênh lệch giữa giá trong nước và thế giới lên tới 12 triệu đồng mỗi lượng
Thu Hà · 27/2/2026
Sáng nay, nhiều cửa hàng vàng trên đường Trần Nhân Tông, Hà Nội, đông nghịt người từ trước giờ mở cửa.
Giá vàng miếng được niêm yết ở mức mua vào 128 triệu đồng, bán ra 131 triệu đồng mỗi lượng.
Chuyên gia khuyến cáo người dân không nên mua theo tâm lý đám đông.
=== the-gioi | dong-dat-indonesia-sulawesi | 2026-03-04 | 3
Động đất mạnh 6,8 độ ở Indonesia, ít nhất 40 người thiệt mạng
Hàng nghìn người phải sơ tán khỏi các khu vực ven biển
Lê Quốc Bảo · 4/3/2026
Trận động đất xảy ra lúc 3h sáng giờ địa phương, tâm chấn nằm ngoài khơi đảo Sulawesi, ở độ sâu 10 km.
Cơ quan khí tượng Indonesia đã phát cảnh báo sóng thần nhưng dỡ bỏ sau hai giờ.
Bộ Ngoại giao Việt Nam cho biết chưa có thông tin về công dân Việt Nam bị ảnh hưởng.
=== doi-song | cookie-trang-web-du-lieu-ca-nhan | 2026-03-06 | 3
Cookie là gì và vì sao trang web nào cũng hỏi bạn "Đồng ý"?
Hỏi - đáp về dữ liệu cá nhân khi lướt web
Phạm Ngọc Ánh · 6/3/2026
Cookie là những tệp nhỏ mà trang web lưu trên máy tính hoặc điện thoại của bạn để ghi nhớ thông tin như giỏ hàng hay trạng thái đăng nhập.
Từ khi Luật Bảo vệ dữ liệu cá nhân có hiệu lực, nhiều trang web tại Việt Nam bắt đầu hiển thị thông báo xin phép người dùng.
Bạn có thể chọn "Từ chối" mà vẫn đọc được nội dung.
Mẹo nhỏ
Hãy định kỳ xóa cookie trong phần cài đặt của trình duyệt.
=== thoi-su | metro-so-2-tphcm-khoi-cong | 2026-03-10 | 3
Tuyến metro số 2 TP.HCM chính thức thi công nhà ga ngầm
Dự kiến đưa vào vận hành năm 2030
Minh Tâm · 10/3/2026
Tuyến metro Bến Thành - Tham Lương dài 11,3 km, gồm 9 ga ngầm và 1 ga trên cao.
Tổng mức đầu tư gần 48.000 tỉ đồng.
Người dân sống dọc tuyến đường Cách Mạng Tháng Tám lo ngại tình trạng kẹt xe trong thời gian thi công.
Ban Quản lý đường sắt đô thị cam kết phân luồng giao thông hợp lý.
=== kinh-te | startup-giao-hang-xe-dien | 2026-03-16 | 3
Startup giao hàng bằng xe máy điện gọi vốn thành công 15 triệu USD
Công ty dự kiến mở rộng ra Đà Nẵng và Cần Thơ
Thu Hà · 16/3/2026
Vòng gọi vốn do một quỹ đầu tư Singapore dẫn dắt.
Hiện công ty có khoảng 3.000 tài xế, toàn bộ sử dụng xe máy điện với hệ thống đổi pin.
"Chúng tôi muốn chứng minh giao hàng xanh vẫn có lãi", nhà sáng lập Đỗ Hoàng Nam chia sẻ.
=== the-gioi | hoi-nghi-asean-bien-dong | 2026-03-18 | 3
Hội nghị Ngoại trưởng ASEAN thảo luận về Bộ quy tắc ứng xử ở Biển Đông
Các bên nhất trí đẩy nhanh tiến độ đàm phán
Lê Quốc Bảo · 18/3/2026
Hội nghị diễn ra tại Kuala Lumpur với sự tham dự của ngoại trưởng 11 nước thành viên.
Các nước nhấn mạnh tầm quan trọng của việc duy trì hòa bình, ổn định và tự do hàng hải.
Tuyên bố chung sẽ được công bố vào cuối tuần này.
=== doi-song | quan-diem-song-cham-lai | 2026-03-22 | 3
Góc nhìn: Sống chậm lại giữa thành phố vội vã
Tản văn
Trần Thu Hà · 22/3/2026
Sáng nào tôi cũng thấy bà cụ bán xôi ở đầu hẻm, chiếc nón lá cũ và nụ cười hiền.
Giữa dòng người vội vã, có những góc nhỏ vẫn thong thả như thể thời gian đứng yên.
Có lẽ ai trong chúng ta cũng cần một quán cà phê quen, một người để hỏi thăm mỗi sáng.
Sống chậm không phải là lười biếng. Đó là cách để nhìn thấy những điều mình vẫn bỏ qua.
"""
EXTRA = """Thời tiết hôm nay: Nam Bộ nắng nóng, có nơi trên 36 độ
Giá xăng dầu đồng loạt giảm từ 15 giờ chiều nay
Bắt giữ nhóm đối tượng lừa đảo qua mạng chiếm đoạt 20 tỉ đồng
Sân bay Long Thành hoàn thành nhà ga hành khách
Học sinh TP.HCM được nghỉ hè từ ngày 1/6
Cảnh báo lừa đảo mạo danh nhân viên điện lực
Khai mạc Hội chợ du lịch quốc tế tại TP.HCM
Kết quả xổ số miền Nam hôm nay""".split('\n')
