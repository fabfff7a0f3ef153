# -*- coding: utf-8 -*-
"""Głos Pogórza (glospogorza.pl) - made-up independent regional news site from
the Jasło / Krosno / Gorlice area (Podkarpacie / Małopolska border)."""

CODE = "plgp"
LANG = "pl"
HOST = "glospogorza.pl"

SECTIONS = {
    "wiadomosci": "Wiadomości",
    "jaslo": "Jasło",
    "krosno": "Krosno",
    "gorlice": "Gorlice",
    "sport": "Sport",
    "kultura": "Kultura",
    "zdrowie": "Zdrowie",
    "gospodarka": "Gospodarka",
}

# Running series "Porodówka do odwołania" (pages 2, 5, 9, 13, 17): background
# paragraphs and the hotline line repeat; C2 is the later, slightly changed wording.
SERIES = {
    "A": "Oddział ginekologiczno-położniczy Szpitala Powiatowego w Jaśle wstrzymał "
         "przyjmowanie porodów 1 marca. Dyrekcja tłumaczy decyzję brakiem anestezjologów "
         "i neonatologów, którzy zgodziliby się pełnić dyżury.",
    "B": "W 2023 roku na jasielskiej porodówce urodziło się 389 dzieci. Najbliższe czynne "
         "oddziały położnicze działają w Krośnie i Gorlicach – z niektórych miejscowości "
         "powiatu to ponad 50 km.",
    "C": "Starostwo Powiatowe w Jaśle, organ założycielski szpitala, zapowiada, że oddział "
         "wznowi pracę „tak szybko, jak to będzie możliwe”. Konkretnej daty nie podano.",
    "C2": "Starostwo Powiatowe w Jaśle, organ założycielski szpitala, zapowiada, że oddział "
          "wznowi pracę „tak szybko, jak to będzie możliwe”. Po ponad trzech miesiącach "
          "konkretnej daty wciąż nie podano.",
    "F": "Całodobowa infolinia dla ciężarnych z powiatu jasielskiego (Szpital Wojewódzki "
         "w Krośnie): 13 43 78 500.",
}

ARTICLES = [
    # 1
    dict(sec="krosno", slug="huta-w-krosnie-szuka-dmuchaczy-szkla",
         head="Huta w Krośnie szuka dmuchaczy szkła. „Tego zawodu nie uczy już żadna szkoła”",
         tags=["Krosno", "huta szkła", "rynek pracy"],
         lines=[
             "Tomasz Kurcab, 12.04.2024, 06:10",
             "Krośnieńska huta szkła ogłosiła nabór na dwanaście stanowisk hutników-formowaczy. "
             "Firma oferuje półroczne przyuczenie w zakładzie, stypendium na czas szkolenia i umowę "
             "o pracę po jego zakończeniu.",
             "– Najmłodszy z naszych mistrzów ma 47 lat. Jeśli teraz nie wyszkolimy następców, za "
             "dekadę nie będzie komu pracować przy piecu – mówi Marek Szczepański, kierownik "
             "produkcji ręcznej.",
             "Zawód hutnika szkła zniknął z oferty szkół branżowych w regionie kilka lat temu. "
             "Ostatnia klasa o tym profilu w Krośnie wypuściła absolwentów w 2017 roku.",
             "Ręcznie, czyli drożej",
             "Szkło formowane ręcznie trafia głównie na eksport – do Niemiec, Skandynawii i Stanów "
             "Zjednoczonych. Zamówień nie brakuje, brakuje rąk do pracy.",
             "Według Powiatowego Urzędu Pracy bezrobocie w Krośnie wynosi 4,1 proc., ale chętnych "
             "do fizycznej pracy w systemie trzyzmianowym jest niewielu.",
             "Fot. Tomasz Kurcab / Formowanie kielicha przy piecu w hali produkcji ręcznej",
             "Zgłoszenia przyjmuje dział kadr huty do końca maja. Pierwsza grupa ma rozpocząć "
             "szkolenie we wrześniu.",
         ]),
    # 2 - series 1
    dict(sec="zdrowie", slug="porodowka-w-jasle-zamknieta",
         head="Porodówka w Jaśle zamknięta. „Mamy rodzić w karetce?”",
         tags=["szpital w Jaśle", "porodówka", "Porodówka do odwołania"],
         series=["A", "B", "C", "F"],
         lines=[
             "Anna Wójcik, 04.03.2024, 07:45",
             "Od piątku kobiety z powiatu jasielskiego nie urodzą już w swoim szpitalu. Na drzwiach "
             "oddziału zawisła kartka z informacją o „czasowym zawieszeniu działalności”.",
             "– Termin mam na kwiecień. Do Krosna jest z mojej wsi 45 minut, zimą więcej. Nikt nas "
             "wcześniej nie uprzedził – mówi pani Katarzyna z Nowego Żmigrodu.",
             "@SERIES",
             "Dyrektor szpitala Grzegorz Pawlak przekonuje, że decyzja nie była łatwa. – Nie mogę "
             "dopuścić do sytuacji, w której na dyżurze nie ma anestezjologa. To byłoby igranie "
             "z życiem matek i dzieci – mówi.",
             "Położne i lekarze ginekolodzy z oddziału mają zostać przeniesieni na inne oddziały "
             "albo do przyszpitalnej poradni.",
         ]),
    # 3
    dict(sec="gorlice", slug="wahadlo-na-dk28-most-na-ropie-w-szymbarku",
         head="Wahadło na „dwudziestce ósemce” potrwa do listopada. Drogowcy rozbierają most na Ropie",
         tags=["DK28", "Szymbark", "utrudnienia", "GDDKiA"],
         lines=[
             "Paweł Mikrut, 18.04.2024, 14:20",
             "Kierowcy jadący krajową 28 między Gorlicami a Szymbarkiem muszą uzbroić się "
             "w cierpliwość. Od poniedziałku ruch przez most na Ropie odbywa się wahadłowo, "
             "a sygnalizacja świetlna zostanie na miejscu aż do jesieni.",
             "Generalna Dyrekcja Dróg Krajowych i Autostrad wymienia przeprawę z lat 60. Stary most "
             "miał popękane dźwigary i od dwóch lat obowiązywało na nim ograniczenie do 15 ton.",
             "W godzinach szczytu kolejka samochodów sięga kilometra. – Do pracy w Gorlicach jadę "
             "rano o 20 minut dłużej – mówi pan Wiesław, który codziennie dojeżdża z Bielanki.",
             "Objazd dla ciężarówek wyznaczono przez Grybów i Stróże. Osobówki mogą jechać drogą "
             "powiatową przez Bystrą, ale jest wąska i miejscami dziurawa.",
             "23 mln zł z budżetu państwa",
             "Wykonawca, firma z Nowego Sącza, ma czas do 30 listopada. Inwestycja kosztuje 23 mln "
             "zł i jest w całości finansowana z budżetu państwa.",
             "GDDKiA prosi kierowców o stosowanie się do sygnalizacji i ograniczenia prędkości do "
             "40 km/h na odcinku robót.",
         ]),
    # 4
    dict(sec="sport", slug="czarni-jaslo-wracaja-do-iv-ligi",
         head="Czarni Jasło wracają do IV ligi. Zwycięski gol w 89. minucie",
         tags=["Czarni Jasło", "piłka nożna", "IV liga"],
         lines=[
             "Krzysztof Bąk, 16.06.2024, 21:05",
             "Trzy lata po spadku piłkarze Czarnych znów zagrają na czwartym poziomie rozgrywek. "
             "W ostatniej kolejce klasy okręgowej pokonali na własnym boisku Nafciarza Jedlicze 2:1.",
             "Do przerwy gospodarze przegrywali po rzucie karnym. Wyrównał w 58. minucie Dawid "
             "Kaczor, a zwycięstwo dał strzał głową Mateusza Rygla tuż przed końcem meczu.",
             "Na trybunach przy ul. Sportowej zasiadło ponad 1200 kibiców – najwięcej od kilkunastu "
             "lat. Po końcowym gwizdku piłkarze i fani świętowali razem na murawie.",
             "– W siedemdziesięciu procentach to chłopaki z Jasła i okolic. To nasz największy "
             "sukces – mówił trener Robert Gajda.",
             "Fot. Krzysztof Bąk / Radość piłkarzy Czarnych po zwycięskiej bramce",
             "Awans oznacza wyższe koszty. Klub szacuje, że budżet na sezon musi wzrosnąć o około "
             "150 tys. zł, głównie na wyjazdy i licencję. Zarząd liczy na wsparcie miasta i "
             "lokalnych firm.",
         ]),
    # 5 - series 2
    dict(sec="zdrowie", slug="urodzila-w-karetce-w-tarnowcu",
         head="Urodziła w karetce w Tarnowcu. „Nie zdążyliśmy do Krosna”",
         tags=["porodówka", "ratownictwo medyczne", "Porodówka do odwołania"],
         series=["A", "B", "F"],
         lines=[
             "Anna Wójcik, 21.03.2024, 11:30",
             "Mały Antoni przyszedł na świat w środę o 3:20 w nocy, w karetce zatrzymanej na "
             "poboczu drogi w Tarnowcu. Mama i syn są zdrowi, oboje trafili na oddział w Krośnie.",
             "– Wody odeszły mi przed drugą. Gdyby porodówka w Jaśle działała, byłabym tam "
             "w kwadrans – mówi 29-letnia pani Magdalena z Osobnicy.",
             "Ratownicy przyznają, że to pierwszy taki przypadek od zawieszenia oddziału, ale "
             "raczej nie ostatni. – Przy drugim czy trzecim porodzie każde dziesięć minut ma "
             "znaczenie – mówi jeden z nich.",
             "@SERIES",
             "Zespół, który przyjął poród, dostał od dyrekcji krośnieńskiego szpitala pisemne "
             "podziękowania.",
         ]),
    # 6
    dict(sec="kultura", slug="wesele-wyspianskiego-w-jdk-gra-czterdziestu-mieszkancow",
         head="Czterdziestu mieszkańców gra „Wesele”. Premiera w Jasielskim Domu Kultury",
         tags=["JDK", "teatr amatorski", "Wyspiański"],
         lines=[
             "Monika Żurek, 10.05.2024, 09:00",
             "Nauczycielka, strażak, emerytowany kolejarz i uczniowie liceum – w sobotę na scenie "
             "JDK zobaczymy amatorską inscenizację dramatu Stanisława Wyspiańskiego.",
             "Próby trwały od października. Reżyseruje Jolanta Kmieć, która od dwudziestu lat "
             "prowadzi w Jaśle teatr dla dorosłych „Pod Basztą”.",
             "– Nikt z nas nie jest zawodowym aktorem, ale wszyscy wiemy, jak wygląda wesele na "
             "Podkarpaciu. To bardzo pomaga – śmieje się grający Gospodarza Stanisław Piróg.",
             "Kostiumy uszyły panie z Koła Gospodyń Wiejskich w Trzcinicy, a na żywo zagra kapela "
             "ludowa z Bieździedzy.",
             "Fot. JDK / Próba generalna, scena chocholego tańca",
             "Premiera w sobotę 18 maja o 18:00, kolejne spektakle 19 i 25 maja. Bilety kosztują "
             "30 zł, dla uczniów i seniorów 20 zł.",
         ]),
    # 7
    dict(sec="jaslo", slug="oszusci-podali-sie-za-policjantow-kolaczyce",
         head="Oszuści podali się za policjantów. 82-latka z Kołaczyc straciła 60 tys. zł",
         tags=["oszustwo", "Kołaczyce", "policja", "seniorzy"],
         lines=[
             "Paweł Mikrut, 28.05.2024, 12:40",
             "Najpierw zadzwonił „wnuczek”, który miał spowodować wypadek. Chwilę później "
             "odezwała się „policjantka” z Rzeszowa, która przekonała seniorkę, że bierze udział "
             "w akcji rozbicia gangu.",
             "Kobieta spakowała oszczędności życia do reklamówki i – zgodnie z instrukcją – "
             "zostawiła je przy furtce. Pieniądze zabrał nieznany mężczyzna.",
             "Policję zawiadomiła córka pokrzywdzonej, która następnego dnia przyjechała w "
             "odwiedziny. Sprawą zajmuje się Komenda Powiatowa Policji w Jaśle.",
             "Policja nigdy nie prosi o pieniądze",
             "– Żaden funkcjonariusz nie zadzwoni z prośbą o przekazanie gotówki ani o udział "
             "w tajnej akcji. Jeśli ktoś tak mówi, to na pewno oszust – podkreśla asp. szt. Anna "
             "Zając z KPP w Jaśle.",
             "Od początku roku w powiecie jasielskim odnotowano 17 podobnych oszustw. Straty "
             "przekraczają pół miliona złotych.",
             "Policjanci proszą, by rozmawiać o takich metodach ze starszymi członkami rodziny "
             "i sąsiadami.",
         ]),
    # 8
    dict(sec="gospodarka", slug="przymrozek-w-sadach-pod-jaslem",
         head="Przymrozek w sadach pod Jasłem. „Z jabłoni zostało może dwadzieścia procent”",
         tags=["sadownictwo", "przymrozki", "gmina Skołyszyn", "ARiMR"],
         lines=[
             "Monika Żurek, 25.04.2024, 16:15",
             "Dwie noce z temperaturą spadającą do minus czterech stopni wystarczyły, by sadownicy "
             "z gmin Skołyszyn i Brzyska stracili większość tegorocznych zbiorów.",
             "Mróz przyszedł w najgorszym momencie – jabłonie i grusze były w pełni kwitnienia. "
             "Przemarznięte zawiązki brązowieją i opadają.",
             "– Prowadzę sad od trzydziestu lat i czegoś takiego nie pamiętam. Straty szacuję na "
             "80 procent – mówi Józef Wrona z Przysiek.",
             "Część gospodarzy ratowała drzewa zraszaniem i świecami parafinowymi, ale przy tak "
             "długim mrozie niewiele to dało.",
             "Gminy powołują komisje do szacowania strat. Protokół jest potrzebny, by ubiegać się "
             "o pomoc z Agencji Restrukturyzacji i Modernizacji Rolnictwa i o kredyt "
             "preferencyjny.",
             "Wnioski o oszacowanie szkód urzędy gmin przyjmują do 10 maja.",
         ]),
    # 9 - series 3
    dict(sec="jaslo", slug="radni-powiatu-1-2-mln-zl-na-lekarzy-dla-porodowki",
         head="Radni powiatu dają 1,2 mln zł na lekarzy dla porodówki. „Pieniądze to nie wszystko”",
         tags=["Rada Powiatu w Jaśle", "porodówka", "Porodówka do odwołania"],
         series=["A", "B", "C", "F"],
         lines=[
             "Anna Wójcik, 11.04.2024, 18:50",
             "Rada Powiatu w Jaśle jednogłośnie przyjęła w czwartek uchwałę o dofinansowaniu "
             "szpitala. 1,2 mln zł ma pozwolić na podpisanie kontraktów z anestezjologami "
             "i neonatologami spoza regionu.",
             "@SERIES",
             "– To nie jest kwestia tego, ile zapłacimy. Tych specjalistów brakuje w całej Polsce "
             "i szpitale podkupują ich sobie nawzajem – mówił podczas sesji dyrektor Grzegorz "
             "Pawlak.",
             "Opozycyjni radni przypominali, że powiat wiedział o problemie od jesieni, gdy ze "
             "szpitala odeszło dwóch anestezjologów. Starosta Jan Furman odpowiadał, że rozmowy "
             "z kandydatami trwały „do ostatniej chwili”.",
             "Dyrekcja ma przedstawić radzie sprawozdanie z rekrutacji na czerwcowej sesji.",
         ]),
    # 10
    dict(sec="wiadomosci", slug="pks-likwiduje-kursy-do-wsi-pod-dukla",
         head="PKS likwiduje kursy do wsi pod Duklą. Gminy: „Nie stać nas na dopłaty”",
         tags=["komunikacja", "PKS", "Dukla", "Jaśliska"],
         lines=[
             "Tomasz Kurcab, 03.05.2024, 10:05",
             "Od 1 czerwca z rozkładu znikną cztery linie autobusowe obsługujące miejscowości "
             "w gminach Dukla i Jaśliska. Przewoźnik tłumaczy to małą liczbą pasażerów i rosnącymi "
             "kosztami.",
             "Bez autobusu zostaną m.in. Wola Niżna, Posada Jaśliska i Zawadka Rymanowska. Dla "
             "wielu mieszkańców to jedyny sposób, by dojechać do lekarza albo urzędu w Krośnie.",
             "– Mam 74 lata i nie mam prawa jazdy. Do przychodni jeździłam we wtorki o 7:10. Teraz "
             "nie wiem, jak to zrobię – mówi pani Helena z Posady Jaśliskiej.",
             "Gminy mogłyby utrzymać połączenia, podpisując umowę z przewoźnikiem i dopłacając "
             "do każdego kilometra. Wójt Jaślisk wylicza, że kosztowałoby to ponad 200 tys. zł "
             "rocznie.",
             "Część kosztów mógłby pokryć Fundusz rozwoju przewozów autobusowych, ale wniosek "
             "trzeba złożyć u wojewody z dużym wyprzedzeniem.",
             "Radni gminy Dukla zajmą się sprawą na najbliższej sesji, 22 maja.",
         ]),
    # 11
    dict(sec="kultura", slug="bobrka-nowa-wystawa-w-muzeum-naftowym",
         head="Bóbrka: nowa wystawa w najstarszej kopalni ropy na świecie",
         tags=["Bóbrka", "Ignacy Łukasiewicz", "muzea"],
         lines=[
             "Monika Żurek, 20.06.2024, 08:30",
             "Muzeum Przemysłu Naftowego i Gazowniczego im. Ignacego Łukasiewicza otworzyło "
             "w weekend nową stałą ekspozycję. Zwiedzający zobaczą m.in. odtworzone laboratorium "
             "aptekarskie, w którym narodziła się lampa naftowa.",
             "Kopalnia w Bóbrce powstała w 1854 roku i uchodzi za najstarszą wciąż działającą "
             "kopalnię ropy naftowej na świecie. Kilka szybów do dziś daje niewielkie ilości "
             "surowca.",
             "– Chcieliśmy pokazać Łukasiewicza nie tylko jako wynalazcę, ale jako człowieka, "
             "który zbudował cały przemysł i dbał o swoich robotników – mówi kustosz Barbara Wnęk.",
             "Wystawa jest interaktywna: dzieci mogą „destylować” ropę na ekranie dotykowym "
             "i sprawdzić, jak pracował kiwon.",
             "Fot. Monika Żurek / Kopia lampy Łukasiewicza w nowej sali wystawowej",
             "Skansen jest czynny codziennie od 9 do 17. Bilet normalny kosztuje 28 zł, ulgowy "
             "20 zł.",
         ]),
    # 12
    dict(sec="gorlice", slug="niedzwiedz-w-wysowej-zdroju",
         head="Niedźwiedź zagląda do wsi pod Gorlicami. Leśnicy: zamykajcie śmietniki",
         tags=["niedźwiedź", "Wysowa-Zdrój", "Beskid Niski"],
         lines=[
             "Paweł Mikrut, 14.05.2024, 15:40",
             "Mieszkańcy Wysowej-Zdroju i Blechnarki od kilku dni widują nocą młodego niedźwiedzia. "
             "Zwierzę przewraca kubły na odpady i podchodzi pod zabudowania.",
             "Nagranie z monitoringu, na którym niedźwiedź spaceruje między domami, obiegło lokalne "
             "grupy w mediach społecznościowych.",
             "– To prawdopodobnie dwu-, trzyletni osobnik, który szuka własnego terytorium. "
             "Przyciąga go łatwe jedzenie – tłumaczy Adam Stępień z Nadleśnictwa Gorlice.",
             "Jak się zachować?",
             "Leśnicy apelują, by nie zostawiać na zewnątrz resztek jedzenia ani karmy dla zwierząt, "
             "a pojemniki na odpady trzymać w zamkniętych wiatach. Niedźwiedzia nie wolno "
             "dokarmiać ani do niego podchodzić.",
             "O sprawie powiadomiono Regionalną Dyrekcję Ochrony Środowiska w Rzeszowie. "
             "Niedźwiedź brunatny jest w Polsce pod ścisłą ochroną.",
         ]),
    # 13 - series 4
    dict(sec="jaslo", slug="petycja-w-obronie-porodowki-11-tysiecy-podpisow",
         head="11 tysięcy podpisów w obronie porodówki. Petycja trafiła do wojewody",
         tags=["petycja", "wojewoda podkarpacki", "Porodówka do odwołania"],
         series=["A", "B", "C", "F"],
         lines=[
             "Anna Wójcik, 08.05.2024, 13:10",
             "W poniedziałek przedstawicielki inicjatywy „Rodzę w Jaśle” przekazały w Rzeszowie "
             "petycję podpisaną przez 11 248 osób. Domagają się pilnego przywrócenia porodów "
             "w szpitalu powiatowym.",
             "– Zbierałyśmy podpisy pod kościołami, na targu, w przedszkolach. Ludzie sami do nas "
             "podchodzili – opowiada Joanna Krzyżak, jedna z organizatorek.",
             "@SERIES",
             "Wojewoda obiecał, że petycję przeanalizują jego służby, a odpowiedź przyjdzie "
             "w ciągu 30 dni.",
             "W niedzielę przed szpitalem odbędzie się pikieta. Organizatorki zapraszają całe "
             "rodziny, także z wózkami.",
         ]),
    # 14
    dict(sec="krosno", slug="aeroklub-w-krosnie-szkola-szybowcowa-dla-nastolatkow",
         head="Szybowce zamiast smartfonów. Aeroklub w Krośnie otwiera szkołę dla nastolatków",
         tags=["Aeroklub Podkarpacki", "lotnisko Krosno", "wakacje"],
         lines=[
             "Tomasz Kurcab, 29.05.2024, 09:50",
             "Aeroklub Podkarpacki rusza z naborem na wakacyjny kurs szybowcowy dla młodzieży od "
             "14. roku życia. Zajęcia odbędą się na lotnisku w Krośnie w lipcu i sierpniu.",
             "Kursanci najpierw przejdą szkolenie z meteorologii, prawa lotniczego i budowy "
             "szybowca, a potem wykonają pierwsze loty z instruktorem.",
             "– Nad Beskidem Niskim są świetne warunki termiczne. Mamy jedno z najlepszych miejsc "
             "do latania w Polsce – mówi instruktor Zbigniew Pelc.",
             "Kurs kosztuje 3900 zł. Aeroklub przyzna jednak pięć stypendiów dla uczniów z rodzin "
             "wielodzietnych, ufundowanych przez lokalne firmy.",
             "Kandydaci muszą mieć zgodę rodziców i orzeczenie lotniczo-lekarskie. Zapisy trwają "
             "do 20 czerwca.",
         ]),
    # 15
    dict(sec="jaslo", slug="wisloka-wylala-w-zolkowie-ewakuacja",
         head="Ulewa nad Jasłem. Wisłoka wylała w Żółkowie, strażacy ewakuowali 14 osób",
         tags=["powódź", "Wisłoka", "Żółków", "straż pożarna"],
         lines=[
             "Krzysztof Bąk, 02.07.2024, 06:55",
             "W ciągu kilku godzin nocnej burzy spadło ponad 70 litrów wody na metr kwadratowy. "
             "Wisłoka i jej dopływy przekroczyły stany alarmowe na czterech wodowskazach.",
             "Najtrudniej było w Żółkowie, gdzie woda wdarła się do kilkunastu budynków. Strażacy "
             "ewakuowali łodziami 14 osób, w tym troje dzieci.",
             "Zalana została też ulica Kościuszki w Jaśle i droga wojewódzka w Warzycach.",
             "– Woda opada, ale ziemia jest tak nasiąknięta, że każdy kolejny deszcz może być "
             "groźny – mówił rano burmistrz Jasła.",
             "Fot. KP PSP Jasło / Ewakuacja mieszkańców Żółkowa",
             "Poszkodowani mogą ubiegać się o zasiłek celowy do 8 tys. zł. Wnioski przyjmują "
             "ośrodki pomocy społecznej.",
             "IMGW utrzymuje dla powiatu jasielskiego ostrzeżenie drugiego stopnia przed burzami.",
         ]),
    # 16
    dict(sec="sport", slug="polmaraton-wokol-klimkowki-rekord-trasy",
         head="Półmaraton wokół Klimkówki. Rekord trasy pobity o 40 sekund",
         tags=["bieganie", "Jezioro Klimkówka", "gmina Ropa"],
         lines=[
             "Krzysztof Bąk, 09.06.2024, 17:30",
             "Ponad 600 biegaczy stanęło na starcie VII Półmaratonu Jeziora Klimkówka. Trasa "
             "prowadzi koroną zapory i drogami wokół zbiornika, z dwoma wymagającymi podbiegami.",
             "Wygrał Bartosz Rączy z Nowego Sącza z czasem 1:11:52, poprawiając o 40 sekund rekord "
             "sprzed dwóch lat.",
             "Wśród kobiet najszybsza była Ewelina Szura z Gorlic – 1:24:07. – Na ostatnich "
             "kilometrach bolało wszystko, ale doping na zaporze niósł – mówiła na mecie.",
             "Bieg organizują gmina Ropa i Klub Biegacza „Wilczy Szlak”. Część opłat startowych "
             "trafi na leczenie ośmioletniej Zosi z Łosia.",
             "Pełne wyniki są dostępne na stronie organizatora.",
         ]),
    # 17 - series 5
    dict(sec="zdrowie", slug="ministerstwo-zdrowia-porodowka-w-jasle-nie-jest-niezbedna",
         head="Ministerstwo Zdrowia: porodówka w Jaśle nie jest niezbędna. Starosta: „Będziemy walczyć”",
         tags=["Ministerstwo Zdrowia", "porodówka", "Porodówka do odwołania"],
         series=["A", "B", "C2", "F"],
         lines=[
             "Anna Wójcik, 14.06.2024, 10:25",
             "W odpowiedzi na interpelację poselską resort zdrowia przypomina, że oddziały "
             "przyjmujące mniej niż 400 porodów rocznie są „nieefektywne” i nie gwarantują "
             "odpowiedniego doświadczenia personelu.",
             "Ministerstwo wskazuje, że czas dojazdu do najbliższego oddziału, w Krośnie, mieści "
             "się w przyjętych normach.",
             "– Normy są pisane w Warszawie, a nie na drodze z Krempnej w styczniu. Nie zgodzimy "
             "się na likwidację oddziału – odpowiada starosta jasielski Jan Furman.",
             "@SERIES",
             "Dyrekcja szpitala rozmawia tymczasem z dwoma anestezjologami z Ukrainy. Ich "
             "zatrudnienie wymaga jednak uznania kwalifikacji.",
         ]),
    # 18
    dict(sec="gorlice", slug="zegar-na-ratuszu-w-bieczu-znow-dziala",
         head="Zegar na ratuszu w Bieczu znów wybija godziny. Renowacja wieży zakończona",
         tags=["Biecz", "zabytki", "ratusz"],
         lines=[
             "Paweł Mikrut, 27.06.2024, 12:00",
             "Po dwóch latach prac z wieży ratuszowej w Bieczu zniknęły rusztowania. Odnowiono "
             "elewację, hełm i mechanizm zegara.",
             "Zegar stał od 2019 roku. Konserwatorzy odkryli, że część kół zębatych pochodzi "
             "z XIX wieku, i zachowali oryginalny mechanizm, uzupełniając tylko brakujące elementy.",
             "– Biecz bez zegara na ratuszu był jak dom bez serca – mówi pani Zofia, która od pół "
             "wieku mieszka przy Rynku.",
             "Renowacja kosztowała 4,7 mln zł, z czego 3,9 mln zł pochodziło z Rządowego Programu "
             "Odbudowy Zabytków.",
             "Fot. Paweł Mikrut / Wieża ratuszowa po renowacji",
             "Od lipca wieża będzie otwarta dla zwiedzających w weekendy. Z tarasu widać panoramę "
             "Pogórza i Beskidu Niskiego.",
         ]),
]

CAMPAIGN_PAGES = {1, 2, 3, 5, 9}        # 1,5% podatku - PIT season (March/April)
NO_COOKIE = {4, 11, 16}                 # banner already dismissed
POPULAR = [2, 7, 12, 15, 5]         # "Najczęściej czytane" pool


def _pl_num(n):
    return "{:,}".format(n).replace(",", " ")


def header(p):
    out = []
    if p.i not in NO_COOKIE:
        out += [
            "[cookie] Szanujemy Twoją prywatność. Głos Pogórza i nasi zaufani partnerzy "
            "zapisują pliki cookies, żeby serwis działał, a statystyki i reklamy były "
            "dopasowane do Ciebie.",
            "[cookie] Zgadzam się",
            "[cookie] Ustawienia zaawansowane",
        ]
    out += [
        "[navigation] Wiadomości | Jasło | Krosno | Gorlice | Biecz i okolice | Sport | "
        "Kultura | Zdrowie | Ogłoszenia | Nekrologi",
        "[navigation] Strona główna » %s" % SECTIONS[p.art["sec"]],
    ]
    if p.art.get("series"):
        out.append("[navigation] Cykl: Porodówka do odwołania")
    minutes = max(2, -(-p.words // 120))
    out.append("[ui] Czas czytania: %d min" % minutes)
    if p.rng.random() < 0.7:
        secs = int(p.words / 2.2)
        out.append("[audio] Odsłuchaj artykuł · %d:%02d" % (secs // 60, secs % 60))
    out.append("[share] Udostępnij")
    return out


def readmore(p):
    prefix = p.rng.choice(["Czytaj także", "Czytaj także", "Przeczytaj również"])
    return "[related] %s: %s" % (prefix, p.prev_series() or p.other(5))


def mid(p):
    out = []
    if p.rng.random() < 0.55:
        out += ["[ad] Dalsza część artykułu pod reklamą", "[ad] REKLAMA"]
    if p.i in (6, 14):                       # no newsletter box on these pages
        return out
    if p.rng.random() < 0.5:
        out += ["[newsletter] Poranek Pogórza: najważniejsze wiadomości z Jasła, Krosna "
                "i Gorlic codziennie o 6:30 w Twojej skrzynce.",
                "[newsletter] Twój adres e-mail",
                "[newsletter] Zapisuję się"]
    else:
        out += ["[newsletter] Nie przegap niczego z regionu. Zapisz się na bezpłatny "
                "newsletter Głosu Pogórza.",
                "[newsletter] Twój adres e-mail",
                "[newsletter] Zapisz mnie"]
    return out


def trailer(p):
    rng = p.rng
    blocks = []
    blocks.append(("tags", ["[navigation] Tagi: " + ", ".join(p.art["tags"])], False, True))
    blocks.append(("share", ["[share] Podziel się: Facebook · X · WhatsApp · Skopiuj link"],
                   True, True))
    blocks.append(("ui", ["[ui] Drukuj | A- | A+"], True, False))
    appeal = []
    if p.i in CAMPAIGN_PAGES:
        appeal += ["[appeal] Przekaż 1,5% podatku na Głos Pogórza! Nasz wydawca, Fundacja "
                   "Wolne Pogórze, jest organizacją pożytku publicznego.",
                   "[appeal] W zeznaniu PIT wpisz KRS 0000587214, a w celu szczegółowym: "
                   "GŁOS POGÓRZA. Nic Cię to nie kosztuje."]
    if rng.random() < 0.5:
        appeal += ["[appeal] Głos Pogórza to niezależna redakcja. Nie należymy do koncernu "
                   "medialnego, samorządu ani partii.",
                   "[appeal] Piszemy o tym, co dzieje się na Pogórzu, także wtedy, gdy komuś "
                   "to nie na rękę. Bez Twojego wsparcia nie damy rady."]
    else:
        appeal += ["[appeal] Ten tekst czytasz za darmo, bo inni Czytelnicy zapłacili za jego "
                   "powstanie. Dołącz do nich.",
                   "[appeal] Wystarczy kilka złotych miesięcznie, żeby lokalne dziennikarstwo "
                   "przetrwało."]
    n = 640 + p.i * 41 + rng.randint(0, 35)
    appeal += ["[appeal] W tym miesiącu wsparło nas już %s osób. Do celu brakuje %s."
               % (_pl_num(n), _pl_num(1500 - n)),
               "[appeal] 10 zł | 20 zł | 50 zł | Inna kwota",
               "[appeal] Wspieram jednorazowo | Wspieram co miesiąc",
               "[appeal] Wpłaty obsługuje PayU. Dziękujemy, że jesteście z nami!"]
    blocks.append(("appeal", appeal, False, True))
    if rng.random() < 0.5:
        blocks.append(("paywall", ["[paywall] Archiwum Głosu Pogórza od 1998 roku dostępne "
                                   "w pakiecie Patron – od 9,90 zł miesięcznie."], True, True))
    blocks.append(("newsletter", [
        "[newsletter] Chcesz czytać takie teksty jako pierwszy? Zapisz się na Poranek Pogórza.",
        "[newsletter] Zapisując się, akceptujesz regulamin newslettera. Możesz zrezygnować "
        "w każdej chwili."], True, True))
    if rng.random() < 0.6:
        social = "[social] Obserwuj Głos Pogórza na Facebooku, Instagramie i w Google News"
    else:
        social = ("[social] Dołącz do kanału Głosu Pogórza na WhatsAppie – najważniejsze "
                  "informacje bez algorytmów")
    blocks.append(("social", [social], True, True))
    rel = ["[ad] REKLAMA"] if rng.random() < 0.4 else []
    rel += ["[related] Najczęściej czytane"]
    rel += ["[related] " + h for h in p.others(POPULAR, 3)]
    blocks.append(("related", rel, False, True))
    blocks.append(("podcast", ["[audio] Posłuchaj podcastu „Pogórze po godzinach” – nowy "
                               "odcinek w każdy czwartek na Spotify i w Apple Podcasts"],
                   True, True))
    blocks.append(("app", ["[app] Pobierz aplikację Głos Pogórza i włącz powiadomienia "
                           "o utrudnieniach na drogach i ostrzeżeniach pogodowych",
                           "[app] Google Play | App Store"], True, False))
    if p.i == 7:
        comments = ["[comments] Komentowanie tego artykułu zostało wyłączone."]
    else:
        comments = ["[comments] Komentarze (%d)" % rng.randint(0, 60),
                    "[comments] Dodaj komentarz",
                    "[comments] Komentarze są moderowane. Wpisy obraźliwe i niezwiązane "
                    "z tematem usuwamy. Zobacz regulamin."]
    blocks.append(("comments", comments, False, False))
    blocks.append(("footer", [
        "[navigation] O nas | Redakcja | Reklama | Ogłoszenia drobne | Kontakt",
        "[legal] © 2024 Fundacja Wolne Pogórze. Wszelkie prawa zastrzeżone.",
        "[legal] Kopiowanie, przedruk i rozpowszechnianie materiałów bez pisemnej zgody "
        "redakcji zabronione. Polityka prywatności | RODO"], False, False))
    return blocks
