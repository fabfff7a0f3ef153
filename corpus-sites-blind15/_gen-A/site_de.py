"""sb15-de: Neckar-Alb-Zeitung (NAZ), a made-up regional daily from Reutlingen."""
from common import (mark, expand, words, readmore_targets, related_pages,
                    parse_articles, is_series)

CODE = "de"
LANG = "de"
HOST = "www.neckar-alb-zeitung.de"

# Running series "Nach der Flut" (Starkregen im Steinlachtal): background
# paragraphs and fact line repeated on the series pages. Article, not template.
SERIES = {
    "a": "Am Abend des 2. Juni waren binnen drei Stunden bis zu 120 Liter Regen pro Quadratmeter auf das obere Steinlachtal niedergegangen. Die Steinlach und mehrere Seitenbäche traten über die Ufer, in Mössingen, Ofterdingen und Nehren liefen Keller, Wohnungen und Betriebe voll.",
    "b": "Nach Schätzung des Landratsamts Tübingen beläuft sich der Schaden an privaten und öffentlichen Gebäuden auf rund 48 Millionen Euro. Mehr als 340 Haushalte waren zeitweise nicht bewohnbar, ein Teil der Familien lebt bis heute in Ersatzunterkünften.",
    "b2": "Nach Schätzung des Landratsamts Tübingen beläuft sich der Schaden an privaten und öffentlichen Gebäuden auf rund 48 Millionen Euro. Mehr als 340 Haushalte waren zeitweise nicht bewohnbar, etliche Familien leben bis heute in Ersatzunterkünften.",
    "c": "Das Land hat einen Härtefallfonds aufgelegt, aus dem nicht versicherte Privatleute bis zu 15.000 Euro Soforthilfe erhalten können. Anträge sind noch bis zum 31. Dezember möglich.",
    "f": "Bürgertelefon Hochwasserhilfe des Landratsamts: 07071 207-4455, Montag bis Freitag von 8 bis 16 Uhr.",
}

ARTICLES_RAW = r"""
reutlingen | doppelhaushalt-grundsteuer-hallenbad-verschoben-8812041 | Reutlingen, Gemeinderat, Haushalt, Grundsteuer
Doppelhaushalt steht: Reutlingen erhöht die Grundsteuer und verschiebt das Hallenbad
Von Sabine Krämer
REUTLINGEN. Nach mehr als sechs Stunden Debatte hat der Reutlinger Gemeinderat am Dienstagabend den Doppelhaushalt für die kommenden zwei Jahre verabschiedet. 27 Stadträtinnen und Stadträte stimmten dafür, zwölf dagegen, drei enthielten sich.
Kern des Zahlenwerks ist eine Anhebung des Grundsteuer-Hebesatzes von 400 auf 460 Prozent. Für ein durchschnittliches Einfamilienhaus bedeutet das nach Berechnungen der Kämmerei rund 70 Euro mehr im Jahr.
Hallenbad-Neubau rückt nach hinten
Deutlich umstrittener war die Entscheidung, den geplanten Neubau des Hallenbads in Orschel-Hagen um mindestens zwei Jahre zu verschieben. Schwimmvereine und DLRG hatten vor der Sitzung mit rund 150 Mitgliedern vor dem Rathaus demonstriert.
„Wir bilden Kinder aus, die sonst nie schwimmen lernen würden – und jetzt sollen wir weiter um Bahnzeiten betteln“, sagte Petra Vogel, Vorsitzende der Schwimmgemeinschaft Echaz.
Finanzbürgermeister Rolf Gmelin verteidigte den Schritt: „Ohne die Verschiebung hätten wir neue Kredite von über 40 Millionen Euro aufnehmen müssen. Das können wir der nächsten Generation nicht zumuten.“
Die Fraktionen von Grünen und SPD kündigten an, das Thema im Frühjahr erneut auf die Tagesordnung zu setzen. Der Haushalt muss nun noch vom Regierungspräsidium Tübingen genehmigt werden.
====
sport | ssv-reutlingen-dreht-spiel-in-der-nachspielzeit-8812107 | SSV Reutlingen, Oberliga, Fußball, Kreuzeiche
SSV Reutlingen dreht das Spiel in der Nachspielzeit
Von Markus Haug
REUTLINGEN. Lange sah es an der Kreuzeiche nach der dritten Heimniederlage in Folge aus. Dann traf Jonas Bühler in der 93. Minute per Kopf zum 2:1 gegen den FC Nöttingen – und 2840 Zuschauer lagen sich in den Armen.
Die Gäste waren nach einer halben Stunde durch einen abgefälschten Freistoß in Führung gegangen. Gegen die tief stehenden Nöttinger tat sich der SSV schwer, Chancen blieben bis zur Pause Mangelware.
Erst nach der Einwechslung von Leon Straub kam mehr Tempo ins Spiel. Der 19-Jährige bereitete in der 71. Minute den Ausgleich durch Kapitän Dennis Öztürk vor.
„Die Jungs haben bis zum Schluss an sich geglaubt. Das war heute ein Sieg des Willens, nicht der Schönheit“, sagte Trainer Frank Maier nach dem Abpfiff.
Mit dem Dreier springt der SSV in der Tabelle auf Rang sieben. Am kommenden Samstag geht es zum Tabellenführer nach Pforzheim.
Jonas Bühler (Mitte) wird nach seinem Siegtreffer von den Mitspielern gefeiert. Foto: Thomas Kiefer
====
steinlachtal | nach-der-flut-ofterdinger-backstube-brennt-wieder-licht-8812230 | Ofterdingen, Hochwasser, Nach der Flut, Bäckerhandwerk
Nach der Flut: In der Ofterdinger Backstube brennt wieder Licht
Von Annette Reiber
OFTERDINGEN. Um halb drei in der Nacht zieht Karl Haag die ersten Bleche aus dem neuen Ofen. Vier Monate lang war die Backstube der Bäckerei Haag in der Ofterdinger Hauptstraße eine Baustelle, seit Montag wird hier wieder gebacken.
Als das Wasser kam, stand es im Verkaufsraum 1,40 Meter hoch. Teigmaschinen, Kühlzellen, der Etagenofen – alles Schrott. „Ich habe in der Nacht im Hof gestanden und gedacht, das war's“, erzählt der 58-Jährige.
@SERIES a b c f
Dass es weitergeht, verdankt Haag auch seinen Kunden. Eine Nachbarin startete eine Spendenaktion im Internet, binnen drei Wochen kamen mehr als 60.000 Euro zusammen. Die Versicherung übernahm den Rest, allerdings erst nach zähen Verhandlungen.
Zur Wiedereröffnung gab es am Montag für jeden Kunden eine Brezel gratis. Die Schlange reichte bis zur Kirche.
Karl Haag in seiner neuen Backstube: Der Etagenofen wurde erst vergangene Woche geliefert. Foto: Annette Reiber
====
blaulicht | scheunenbrand-pfullingen-hohe-halde-8812288 | Pfullingen, Feuerwehr, Brand
Scheunenbrand bei Pfullingen: Schaden von 250.000 Euro
Von Tobias Zeller
PFULLINGEN. Beim Brand einer Scheune im Gewann Hohe Halde ist am Sonntagnachmittag ein Schaden von rund 250.000 Euro entstanden. Verletzt wurde nach Angaben des Polizeipräsidiums Reutlingen niemand.
Ein Spaziergänger hatte gegen 15.30 Uhr Rauch bemerkt und den Notruf gewählt. Als die ersten Einsatzkräfte eintrafen, stand das Gebäude bereits in Vollbrand. In der Scheune lagerten Heu, Strohballen und landwirtschaftliche Maschinen.
Die Feuerwehren aus Pfullingen, Lichtenstein und Reutlingen waren mit 64 Kräften im Einsatz. Weil die Wasserversorgung am Ortsrand nicht ausreichte, musste eine rund 800 Meter lange Schlauchleitung zur Echaz gelegt werden.
Die Löscharbeiten zogen sich bis in die Nacht. Ein Bagger trug das Heu lagenweise ab, damit die Glutnester abgelöscht werden konnten.
Zur Brandursache kann die Polizei noch keine Angaben machen. Das Gebäude ist einsturzgefährdet und wurde beschlagnahmt, Brandermittler der Kriminalpolizei sollen es in den kommenden Tagen untersuchen.
Zeugen, die im Bereich der Hohen Halde etwas Verdächtiges beobachtet haben, werden gebeten, sich beim Polizeirevier Pfullingen unter Telefon 07121 9918-0 zu melden.
====
kultur | woyzeck-auf-schwaebisch-theater-im-farrenstall-8812315 | Gomadingen, Theater, Premiere, Büchner
Theater im Farrenstall wagt Büchners „Woyzeck“ – auf Schwäbisch
Von Jutta Rieger
GOMADINGEN. Es ist ein Wagnis, und das Ensemble weiß es. Büchners Fragment über den geschundenen Soldaten, gespielt in breitem Älbler Dialekt, auf einer Bühne, die früher ein Farrenstall war. Am Freitag war Premiere, und der Saal tobte.
Regisseurin Mira Kessler hat den Text gemeinsam mit den Schauspielern übertragen. Aus dem Hauptmann wird ein Großbauer, aus dem Doktor ein Viehhändler mit Experimentierlust. Das funktioniert erstaunlich gut, weil Büchners knappe, abgehackte Sätze im Dialekt noch härter klingen.
Getragen wird der Abend von Simon Albrecht als Woyzeck. Er spielt ihn nicht als Opfer, sondern als Mann, der ganz genau merkt, wie ihm die Welt entgleitet – und gerade deshalb verzweifelt.
Kuhglocken statt Orchester
Die Musik kommt von zwei Musikern mit Akkordeon, Kontrabass und einer Sammlung alter Kuhglocken, die von der Decke hängen. Wenn Marie zum Tanz geht, klingen sie wie ein Jahrmarkt, später wie ein Totengeläut.
Nicht alles gelingt. Die Szene beim Doktor zieht sich, und wer kein Schwäbisch versteht, dürfte manche Pointe verpassen. Das Publikum in Gomadingen störte das nicht: minutenlanger Applaus im Stehen.
Weitere Vorstellungen bis 14. Dezember, jeweils freitags und samstags um 20 Uhr. Karten gibt es beim Rathaus Gomadingen und an der Abendkasse.
====
steinlachtal | moessingen-plant-rueckhaltebecken-butzenbach-8812402 | Mössingen, Hochwasserschutz, Nach der Flut, Gemeinderat Mössingen
Mössingen plant Rückhaltebecken am Butzenbach
Von Annette Reiber
MÖSSINGEN. Ein Damm von 180 Metern Länge und bis zu sieben Metern Höhe soll Mössingen künftig vor dem Butzenbach schützen. Der Gemeinderat hat am Montagabend einstimmig beschlossen, die Planung für ein Hochwasserrückhaltebecken oberhalb von Belsen in Auftrag zu geben.
Das Becken soll bei Starkregen bis zu 95.000 Kubikmeter Wasser zurückhalten. Die Kosten schätzt die Verwaltung auf elf bis vierzehn Millionen Euro, das Land könnte bis zu 70 Prozent übernehmen.
„Wir reden seit 20 Jahren über dieses Becken. Jetzt haben alle gesehen, was passiert, wenn man es nicht baut“, sagte Stadtbaumeister Jochen Ruoff.
@SERIES a b2 f
Bis das Becken steht, dürften allerdings mindestens fünf Jahre vergehen. Für die Zwischenzeit will die Stadt mobile Schutzwände anschaffen und die Durchlässe unter der Bahnlinie vergrößern.
Anwohner der Butzenbachstraße zeigten sich in der Bürgerfragestunde skeptisch. „Fünf Jahre sind lang, wenn man jedes Mal Angst hat, sobald es am Himmel dunkel wird“, sagte eine Frau.
====
wirtschaft | kessler-antriebstechnik-streicht-120-stellen-metzingen-8812466 | Metzingen, Arbeitsplätze, IG Metall, Maschinenbau
Antriebshersteller Kessler streicht in Metzingen 120 Stellen
Von Dieter Lamparter
METZINGEN. Der Antriebstechnik-Hersteller Kessler will an seinem Stammsitz in Metzingen bis Ende kommenden Jahres 120 von rund 780 Arbeitsplätzen abbauen. Das hat die Geschäftsführung am Mittwoch bei einer Betriebsversammlung mitgeteilt.
Als Grund nennt das Familienunternehmen die schwache Nachfrage aus dem Maschinenbau und der Autoindustrie. Der Umsatz sei in den ersten drei Quartalen um knapp 18 Prozent eingebrochen.
Betroffen sind vor allem die Montage und die Verwaltung. Ein Teil der Fertigung soll in das Werk im tschechischen Pilsen verlagert werden, wo Kessler seit 2015 produziert.
Die IG Metall Reutlingen-Tübingen reagierte empört. „Noch im Frühjahr hat man uns Standortsicherheit versprochen. Jetzt sollen die Beschäftigten die Zeche für Managementfehler zahlen“, sagte Gewerkschaftssekretärin Sandra Mutschler.
Geschäftsführer Martin Kessler, der das Unternehmen in dritter Generation leitet, betonte, man wolle betriebsbedingte Kündigungen möglichst vermeiden. Angeboten werden sollen Altersteilzeit und Abfindungen.
Die Verhandlungen mit dem Betriebsrat über einen Sozialplan sollen noch im Dezember beginnen.
====
alb | der-letzte-wanderschaefer-von-zainingen-8812519 | Römerstein, Schäferei, Biosphärengebiet, Wolf
Der letzte Wanderschäfer von Zainingen
Von Gerd Klingler
RÖMERSTEIN. Wenn Ulrich Bader morgens mit seinen 600 Merinolandschafen über die Wacholderheide zieht, ist er meist allein. Zwei Hunde, ein Hirtenstab, ein Rucksack mit Vesper – viel mehr braucht es nicht.
Bader ist einer von nur noch rund 20 Wanderschäfern auf der Schwäbischen Alb. Vor fünfzig Jahren waren es mehr als zehnmal so viele. Die Wolle bringt kaum noch etwas ein, der Erlös deckt nicht einmal die Kosten der Schur.
Leben kann er nur, weil er für die Landschaftspflege bezahlt wird. Ohne die Schafe würden die Heiden im Biosphärengebiet binnen weniger Jahre verbuschen – und mit ihnen Enziane, Orchideen und seltene Schmetterlinge verschwinden.
Sorgen macht dem 61-Jährigen vor allem die Nachfolge. Sein Sohn arbeitet als Mechatroniker in Metzingen. „I versteh's ja. Sieben Tag' die Woch', bei jedem Wetter, und am End' bleibt weniger als beim Daimler am Band.“
Dazu kommt seit einem Jahr die Sorge vor dem Wolf. Im Frühjahr wurde ein Tier auf der Zollernalb nachgewiesen. Bader hat seine Nachtpferche mit Elektronetzen nachgerüstet, bezahlt hat das zum Teil das Land.
Aufhören will er trotzdem nicht. „Solang d' Knie mitmachet“, sagt er und pfeift die Hunde heran.
Ulrich Bader mit seiner Herde auf der Heide bei Zainingen. Foto: Gerd Klingler
====
tuebingen | wg-zimmer-tuebingen-kostet-540-euro-8812577 | Tübingen, Wohnungsmarkt, Studierende, Wohnen für Hilfe
Tübinger Studierende zahlen im Schnitt 540 Euro für ein WG-Zimmer
Von Lisa Wendling
TÜBINGEN. Ein WG-Zimmer in Tübingen kostet inzwischen durchschnittlich 540 Euro warm im Monat. Das geht aus einer Umfrage der Studierendenvertretung unter gut 2000 Studentinnen und Studenten hervor.
Vor fünf Jahren lag der Wert noch bei 410 Euro. Damit gehört die Universitätsstadt zu den teuersten Hochschulstandorten im Land, nur in Heidelberg, Freiburg und Stuttgart sind die Zimmer noch teurer.
Besonders knapp ist der Wohnraum zu Semesterbeginn. Noch Anfang November waren nach Schätzung der Studierendenvertretung rund 800 Erstsemester ohne feste Bleibe, viele pendeln aus Reutlingen, Rottenburg oder sogar Stuttgart.
Die Stadt verweist auf das neue Wohnheim an der Hegelstraße mit 230 Plätzen, das im Sommer bezogen werden soll. Außerdem wirbt sie mit der Aktion „Wohnen für Hilfe“ um ältere Menschen, die ein Zimmer gegen Unterstützung im Alltag vermieten.
Für Jana Ott reicht das nicht. Die 20-jährige Medizinstudentin schläft seit sechs Wochen auf der Couch einer Kommilitonin. „Ich habe mehr als 70 Anfragen verschickt. Zu drei Besichtigungen wurde ich eingeladen, jedes Mal waren 40 andere da.“
Die Studierendenvertretung fordert, leer stehende Büroflächen in der Innenstadt vorübergehend als Notunterkünfte zu nutzen.
====
steinlachtal | nach-der-flut-versicherungen-zahlen-schleppend-8812634 | Nehren, Versicherungen, Nach der Flut, Elementarschaden
Nach der Flut: Versicherer lassen Betroffene warten
Von Annette Reiber
NEHREN. Fünf Monate nach dem Hochwasser warten viele Betroffene im Steinlachtal noch immer auf ihr Geld. Nach einer Umfrage der Verbraucherzentrale unter 120 Haushalten hat bislang nur gut die Hälfte eine Abschlagszahlung erhalten.
@SERIES b c f
Marion und Peter Schäfer aus Nehren haben ihre Elementarschadenversicherung seit 2011. Trotzdem streiten sie bis heute mit dem Versicherer darüber, ob das Wasser als Überschwemmung oder als Rückstau aus der Kanalisation ins Haus gekommen ist. Davon hängt ab, ob die Police greift.
„Wir hatten drei Gutachter im Haus, jeder sagt etwas anderes“, sagt Peter Schäfer. Die Familie lebt seit Juni in einer Ferienwohnung in Hechingen.
Die Versicherungswirtschaft weist die Vorwürfe zurück. Die große Zahl der Schäden und fehlende Handwerker hätten die Bearbeitung verzögert, die meisten Fälle seien inzwischen abgeschlossen.
Die Verbraucherzentrale bietet Betroffenen eine kostenlose Beratung an. Termine gibt es jeden Donnerstag im Rathaus Mössingen.
====
reutlingen | stadtbibliothek-oeffnet-sonntags-open-library-8812701 | Reutlingen, Stadtbibliothek, Open Library, Verdi
Stadtbibliothek öffnet künftig auch sonntags
Von Sabine Krämer
REUTLINGEN. Lesen, lernen, Zeitung blättern – ab Januar geht das in der Reutlinger Stadtbibliothek auch am Sonntag. Von 11 bis 17 Uhr bleibt die Hauptstelle geöffnet, zunächst für ein Jahr auf Probe.
Möglich wird das durch das Konzept der „Open Library“: Am Sonntag ist kein Fachpersonal vor Ort, Besucherinnen und Besucher ab 18 Jahren kommen mit ihrem Bibliotheksausweis und einer PIN ins Gebäude. Ausleihe und Rückgabe laufen über Automaten.
Ein Sicherheitsdienst ist während der Öffnungszeit im Haus. Die Kosten von rund 45.000 Euro im Jahr trägt zur Hälfte das Land aus einem Förderprogramm.
Bibliotheksleiterin Claudia Hespeler erhofft sich vor allem mehr junge Leute. „Unsere Lernplätze sind unter der Woche ab dem frühen Nachmittag komplett belegt. Viele Schülerinnen und Schüler haben zu Hause keinen ruhigen Ort zum Lernen.“
Die Gewerkschaft Verdi sieht das Modell kritisch. Bibliotheken seien mehr als Ausleihstationen, ohne Personal gehe ein wichtiger Teil der Beratung verloren.
Wer die Sonntagsöffnung nutzen will, muss sich vorher einmalig an der Infotheke freischalten lassen.
====
sport | tus-metzingen-verliert-spitzenspiel-knapp-8812760 | TuS Metzingen, Handball, Frauen-Bundesliga, Öschhalle
Metzinger Handballerinnen verlieren das Spitzenspiel in letzter Sekunde
Von Markus Haug
METZINGEN. Zwei Sekunden fehlten am Ende zum Punktgewinn. Beim 29:30 gegen den Tabellenführer zeigten die Handballerinnen der TuS Metzingen ihre beste Saisonleistung – und standen trotzdem mit leeren Händen da.
Vor 2100 Zuschauern in der Öschhalle lag die TuS zur Pause mit 15:13 vorn. Torhüterin Lena Brandt parierte in der ersten Hälfte zwölf Würfe, darunter zwei Siebenmeter.
Nach dem Wechsel stellten die Gäste auf eine offensive Deckung um, die Metzingerinnen leisteten sich mehrere technische Fehler. Fünf Minuten vor Schluss stand es 27:27.
Den entscheidenden Treffer erzielte die dänische Rückraumspielerin der Gäste mit der Schlusssirene aus neun Metern.
„Wir haben gezeigt, dass wir mit den Besten mithalten können. Das nehmen wir mit“, sagte Trainer Timo Heck. Weiter geht es nach der Länderspielpause mit dem Heimspiel gegen Oldenburg.
====
steinlachtal | turnhalle-nehren-bleibt-bis-sommer-gesperrt-8812815 | Nehren, Schulsport, Nach der Flut, TSV Nehren
Turnhalle in Nehren bleibt bis zum Sommer gesperrt
Von Annette Reiber
NEHREN. Die Turnhalle der Grundschule Nehren wird frühestens nach den Sommerferien wieder nutzbar sein. Das hat Bürgermeister Egon Betz im Gemeinderat mitgeteilt. Die Trocknung des Hallenbodens habe länger gedauert als erwartet, zudem sei in den Umkleiden Schimmel gefunden worden.
Für den Schulsport weichen die Klassen in die Halle nach Ofterdingen aus. Ein Bus bringt die Kinder zweimal am Tag hin und zurück, die Kosten von rund 30.000 Euro übernimmt die Gemeinde.
Härter trifft es die Vereine. Der TSV Nehren musste zwei Handball-Jugendmannschaften vom Spielbetrieb abmelden, die Turnabteilung trainiert in einem leer stehenden Supermarkt.
„Die Kinder sind großartig, die machen alles mit. Aber auf Dauer geht das so nicht“, sagt Abteilungsleiterin Nicole Walz.
@SERIES a b c f
====
blaulicht | schockanruf-betrueger-erbeuten-38000-euro-8812870 | Tübingen, Polizei, Betrug, Schockanruf
Schockanrufe: Betrüger erbeuten von Rentnerin 38.000 Euro
Von Tobias Zeller
TÜBINGEN. Mit der Masche des Schockanrufs haben Betrüger am Dienstag eine 81-jährige Frau aus Tübingen um 38.000 Euro gebracht. Ein Anrufer hatte sich als Polizist ausgegeben und behauptet, die Tochter der Frau habe einen tödlichen Verkehrsunfall verursacht.
Um eine Untersuchungshaft zu verhindern, sei eine Kaution nötig. Die Frau hob daraufhin bei zwei Banken Geld ab und übergab es am Nachmittag einem angeblichen Gerichtsboten vor ihrer Wohnung in der Weststadt.
Der Abholer wird als etwa 25 Jahre alt und 1,80 Meter groß beschrieben. Er trug eine dunkle Daunenjacke und sprach akzentfreies Deutsch.
Allein im Bereich des Polizeipräsidiums Reutlingen wurden in diesem Jahr bereits mehr als 400 solcher Anrufe angezeigt. In den meisten Fällen erkennen die Angerufenen den Betrug rechtzeitig.
Die Polizei betont: Polizei und Justiz verlangen niemals am Telefon Geld oder Wertsachen. Wer einen solchen Anruf erhält, sollte auflegen und selbst die 110 wählen.
====
alb | weg-zum-uracher-wasserfall-wird-saniert-8812934 | Bad Urach, Wasserfall, Wandern, Tourismus
Weg zum Uracher Wasserfall wird für 1,2 Millionen Euro saniert
Von Gerd Klingler
BAD URACH. Der meistbegangene Wanderweg der Region bekommt eine Generalsanierung. Ab Mitte Januar wird der Weg vom Parkplatz im Maisental zum Uracher Wasserfall für rund vier Monate gesperrt.
Der Weg ist an vielen Stellen ausgewaschen, Stufen sind lose, Geländer verrostet. An schönen Wochenenden sind hier bis zu 5000 Menschen unterwegs, Unfälle mit verletzten Wanderern sind keine Seltenheit.
Künftig soll der untere Abschnitt auf 600 Metern barrierefrei sein, sodass auch Menschen mit Rollstuhl oder Kinderwagen den Wasserfall sehen können. Oberhalb bleiben die Treppen erhalten, werden aber neu gesetzt.
Die Kosten teilen sich die Stadt Bad Urach, das Land und der Naturpark Schwäbische Alb.
„Der Wasserfall ist unser Aushängeschild. Wir wollen, dass die Leute sicher hinkommen, ohne dass wir die Natur zubetonieren“, sagt Tourismuschefin Elke Sauter.
Während der Sperrung ist der Wasserfall über den längeren Weg vom Rutschenhof aus erreichbar. Wegen Glätte sollte man ihn im Winter nur mit festem Schuhwerk begehen.
====
wirtschaft | streuobst-mostobstpreise-im-keller-8812988 | Streuobst, Landwirtschaft, Dettingen an der Erms, Naturschutz
Streuobst: Mostereien zahlen so wenig wie seit Jahren nicht
Von Dieter Lamparter
KREIS REUTLINGEN. Es war ein gutes Apfeljahr auf der Alb und im Albvorland – und genau das ist das Problem. Weil die Bäume voll hingen, sind die Preise für Mostobst eingebrochen. Viele Keltereien zahlen in diesem Herbst nur 8 bis 10 Euro für 100 Kilogramm.
Im vergangenen Jahr waren es nach einer schwachen Ernte noch bis zu 25 Euro gewesen. Für viele Stücklesbesitzer lohnt sich das Auflesen damit kaum noch.
„Wenn du einen ganzen Samstag mit der Familie auf der Wiese bist und am Ende 40 Euro rausbekommst, dann lässt du's halt liegen“, sagt Hans-Peter Rall aus Dettingen an der Erms.
Naturschützer sehen das mit Sorge. Die Streuobstwiesen am Albtrauf gehören zu den größten zusammenhängenden in Europa. Werden sie nicht mehr gepflegt, verschwinden sie – und mit ihnen Lebensraum für Steinkauz, Wendehals und zahllose Insekten.
Einige Initiativen setzen deshalb auf Aufpreismodelle: Sie zahlen garantiert 20 Euro pro Doppelzentner für zertifiziertes Streuobst und verkaufen den Saft etwas teurer. Im Landkreis machen inzwischen 14 Keltereien mit.
====
steinlachtal | landrat-ehrt-40-fluthelfer-in-moessingen-8813042 | Mössingen, Ehrenamt, Nach der Flut, Feuerwehr
Landrat zeichnet 40 Fluthelferinnen und Fluthelfer aus
Von Annette Reiber
MÖSSINGEN. Sie haben Keller ausgepumpt, Schlamm geschaufelt, Suppe gekocht und Kinder betreut: Im Mössinger Rathaus hat der Landrat am Freitag 40 Ehrenamtliche für ihren Einsatz beim Hochwasser ausgezeichnet.
Unter den Geehrten war die 16-jährige Selin Aksoy aus Belsen. Sie hatte in der Flutnacht über eine Chatgruppe mehr als 200 Helfer koordiniert, die Sandsäcke füllten und ältere Nachbarn aus ihren Wohnungen holten.
Auch die Freiwillige Feuerwehr Ofterdingen wurde geehrt. Ihre Einsatzkräfte waren in den ersten 72 Stunden nach dem Unwetter nahezu ununterbrochen auf den Beinen.
@SERIES a b f
„Sie haben gezeigt, was eine Gemeinschaft in der Not leisten kann“, sagte der Landrat. Alle Geehrten erhielten eine Urkunde und die Ehrennadel des Landkreises.
====
kultur | jugendsinfonieorchester-mahler-stadthalle-8813101 | Reutlingen, Stadthalle, Klassik, Jugendsinfonieorchester
Jugendsinfonieorchester wagt sich an Mahlers Erste – und gewinnt
Von Jutta Rieger
REUTLINGEN. Ein Laienorchester, das sich an Mahlers erste Sinfonie wagt, braucht Mut. Das Jugendsinfonieorchester Reutlingen hat ihn – und wurde am Sonntag in der ausverkauften Stadthalle mit Jubel belohnt.
Rund 90 junge Musikerinnen und Musiker zwischen 14 und 24 Jahren standen auf der Bühne. Seit dem Sommer hatten sie an dem Werk gearbeitet, zuletzt bei einer Probenwoche in Bad Urach.
Dirigent Felix Wagenblast ließ sich Zeit. Das Flirren der Streicher zu Beginn, der Kuckucksruf der Klarinette – das klang nicht nach Schülerorchester, sondern nach großer Konzentration.
Im Trauermarsch des dritten Satzes, dem „Bruder Jakob“ in Moll, zeigte sich die Stärke der Bläser. Kontrabassistin Hannah Lutz meisterte das berüchtigte Solo zu Beginn des Satzes mit großer Ruhe.
Im Finale gab es kleinere Wackler bei den Einsätzen, doch die Energie übertrug sich. Nach dem letzten Akkord hielt es das Publikum nicht mehr auf den Sitzen.
Das Orchester spielt das Programm noch einmal am 8. Dezember in der Tübinger Stiftskirche.
"""

# ---------------------------------------------------------------- template
NAV = [
    mark("navigation", "Lokales  Region  Sport  Kultur  Wirtschaft  Blaulicht  Service  Trauer"),
    mark("navigation", "E-Paper | Abo-Shop | Anzeigen aufgeben | Anmelden"),
]
COOKIE = [
    mark("cookie", "Wir und unsere Partner speichern und verarbeiten Informationen auf Ihrem Gerät, um Inhalte zu personalisieren und die Nutzung unseres Angebots zu analysieren. Mit „Alle akzeptieren“ willigen Sie ein, Ihre Auswahl können Sie jederzeit über „Privatsphäre“ im Seitenfuß widerrufen."),
    mark("cookie", "Alle akzeptieren"),
    mark("cookie", "Einstellungen verwalten"),
    mark("cookie", "Nur technisch notwendige"),
]
BREADCRUMB = {
    "reutlingen": "Startseite › Lokales › Reutlingen",
    "tuebingen": "Startseite › Lokales › Tübingen",
    "steinlachtal": "Startseite › Lokales › Mössingen & Steinlachtal",
    "alb": "Startseite › Region › Alb & Ermstal",
    "sport": "Startseite › Sport › Sport regional",
    "kultur": "Startseite › Kultur",
    "wirtschaft": "Startseite › Wirtschaft",
    "blaulicht": "Startseite › Lokales › Blaulicht",
}
SHARE_TOP = [
    mark("share", "Facebook"),
    mark("share", "WhatsApp"),
    mark("share", "E-Mail"),
    mark("share", "Link kopieren"),
]
UI_TOOLS = [mark("ui", "Merken"), mark("ui", "Drucken")]
NL_A = [
    mark("newsletter", "Der NAZ-Morgenbrief: Was die Region heute bewegt – werktags um 6 Uhr in Ihrem Postfach."),
    mark("newsletter", "Ihre E-Mail-Adresse"),
    mark("newsletter", "Kostenlos anmelden"),
]
NL_B = [
    mark("newsletter", "Noch vor dem ersten Kaffee wissen, was zwischen Neckar und Alb los ist? Der Morgenbrief macht's möglich."),
    mark("newsletter", "Ihre E-Mail-Adresse"),
    mark("newsletter", "Jetzt abonnieren"),
]
NL_FINE = mark("newsletter", "Mit der Anmeldung akzeptieren Sie unsere Datenschutzhinweise. Eine Abmeldung ist jederzeit möglich.")
AD = mark("ad", "Anzeige")
PAYWALL_CAMPAIGN = [
    mark("paywall", "Winterangebot: NAZ+ drei Monate lang für 1 € im Monat"),
    mark("paywall", "Alle Artikel auf neckar-alb-zeitung.de, das E-Paper schon am Vorabend ab 21 Uhr und unser Morgenbrief."),
    mark("paywall", "Angebot sichern"),
]
APPEAL_HEAD = mark("appeal", "Weihnachtsaktion „Leser helfen Lesern“")
APPEAL_TEXT = mark("appeal", "In diesem Jahr sammeln wir für Familien, die beim Hochwasser im Steinlachtal ihr Zuhause verloren haben, und für die Tafelläden im Landkreis.")
APPEAL_BUTTONS = [mark("appeal", "25 Euro"), mark("appeal", "50 Euro"),
                  mark("appeal", "100 Euro"), mark("appeal", "Wunschbetrag")]
APPEAL_CTA = mark("appeal", "Jetzt spenden")
APPEAL_NOTE_A = mark("appeal", "Jeder Euro kommt an: Die Verwaltungskosten trägt der Verlag.")
APPEAL_NOTE_B = mark("appeal", "Ab 300 Euro schicken wir Ihnen automatisch eine Zuwendungsbestätigung.")
RELATED_HEAD = mark("related", "Mehr aus der Region")
# teasers of stories outside this sample, rotating through the related box
RELATED_POOL = [
    "Neue Buslinie verbindet Pfullingen und Eningen im Halbstundentakt",
    "Tübinger Weihnachtsmarkt: Diese Straßen sind gesperrt",
    "Kreisklinik Münsingen: Notaufnahme nachts nur noch eingeschränkt",
    "Achalm-Funkturm bekommt neue Beleuchtung",
    "Grundschule Sondelfingen: Eltern fordern Schulweghelfer",
    "Kreisliga A: Die Ergebnisse vom Wochenende im Überblick",
]
COMMENTS_RULES = mark("comments", "Kommentieren können nur angemeldete Abonnentinnen und Abonnenten. Es gelten unsere Diskussionsregeln.")
COMMENTS_OFF = mark("comments", "Die Kommentarfunktion ist für diesen Artikel deaktiviert.")
SOCIAL_A = mark("social", "Die NAZ jetzt auch bei WhatsApp: Folgen Sie unserem Kanal und verpassen Sie keine Eilmeldung mehr.")
SOCIAL_B = mark("social", "Folgen Sie der Neckar-Alb-Zeitung auf Instagram und Facebook.")
APP = mark("app", "Nachrichten und E-Paper immer dabei: Die NAZ-App gibt es kostenlos im App Store und bei Google Play.")
PODCAST = mark("audio", "Neu im Podcast „Zwischen Alb und Neckar“: Jeden Donnerstag eine Folge – überall, wo es Podcasts gibt.")
FOOTER = mark("navigation", "Impressum · Datenschutz · AGB · Kontakt · Mediadaten · Privatsphäre")
LEGAL = mark("legal", "© Neckar-Alb Medien GmbH & Co. KG 2024. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung des Verlags.")

COOKIE_NONE = {5, 14}          # consent already stored
COOKIE_BOTTOM = {9, 16}        # banner rendered after the footer
SHARE_NONE = {8, 16}
NL_NONE = {4, 11}
APPEAL_NONE = {6, 9, 17}
CAMPAIGN = {2, 7, 8, 13, 18}
SWAPPED_TRAILER = {2, 7, 12, 15}
PODCAST_PAGES = {1, 4, 9, 12, 16}
DATES = ["18. November", "19. November", "19. November", "20. November",
         "21. November", "22. November", "23. November", "25. November",
         "26. November", "27. November", "28. November", "29. November",
         "30. November", "2. Dezember", "3. Dezember", "4. Dezember",
         "5. Dezember", "6. Dezember"]


def fmt_int(x):
    return "{:,}".format(x).replace(",", ".")


def render(n, arts):
    a = arts[n - 1]
    body = expand(a, SERIES)
    headline, byline, paras = body[0], body[1], body[2:]
    w = words(body)
    tgt = readmore_targets(arts)
    L = list(NAV)
    if n not in COOKIE_NONE and n not in COOKIE_BOTTOM:
        L += COOKIE
    L.append(mark("navigation", BREADCRUMB[a["section"]]))
    L.append(headline)
    L.append(byline)
    L.append(mark("ui", "Lesezeit: %d Min." % max(2, round(w / 70))))
    if n % 3 != 0:
        secs = int(w * 0.45)
        L.append(mark("audio", "Artikel anhören · %d:%02d" % (secs // 60, secs % 60)))
    if n not in SHARE_NONE:
        L += SHARE_TOP
        L += UI_TOOLS
    # body with inserts
    rm_at = 2 if len(paras) >= 5 else 1
    nl_at = len(paras) // 2 + 1
    ad_at = 1 if n % 4 != 1 else None
    for k, p in enumerate(paras, 1):
        L.append(p)
        if k == ad_at:
            L.append(AD)
        if k == rm_at:
            L.append(mark("related", "Lesen Sie auch: " + arts[tgt[n] - 1]["lines"][0]))
        if k == nl_at and n not in NL_NONE and k < len(paras):
            L += NL_A if n % 2 else NL_B
            L.append(NL_FINE)
    # trailer blocks
    rel = related_pages(n, offsets=(1, 5), exclude=(tgt[n],))
    related = [RELATED_HEAD] + [mark("related", arts[p - 1]["lines"][0]) for p in rel]
    related.insert(1 + (n % 3 == 0), mark("related", RELATED_POOL[n % len(RELATED_POOL)]))
    appeal = []
    if n not in APPEAL_NONE:
        donors = 2341 + 67 * n + (n * n * 7) % 40
        euros = 184312 + 4137 * n + (n * 389) % 1000
        appeal = [APPEAL_HEAD, APPEAL_TEXT,
                  mark("appeal", "Bereits gespendet: %s Euro von %s Leserinnen und Lesern (Stand: %s)"
                       % (fmt_int(euros), fmt_int(donors), DATES[n - 1])),
                  mark("appeal", "Spendenziel 300.000 Euro – %d %% erreicht" % int(euros * 100 / 300000))]
        appeal += APPEAL_BUTTONS + [APPEAL_CTA, APPEAL_NOTE_A if n % 2 else APPEAL_NOTE_B]
    campaign = PAYWALL_CAMPAIGN if n in CAMPAIGN else []
    tags = [mark("navigation", "Themen: " + " · ".join(a["tags"]))]
    if a["section"] == "blaulicht":
        comments = [COMMENTS_OFF]
    else:
        comments = [mark("comments", "Kommentare (%d)" % ((n * 37) % 53 + 2)), COMMENTS_RULES]
    social = [SOCIAL_A if n % 3 != 1 else SOCIAL_B]
    extra = []
    if n % 2 == 0:
        extra.append(APP)
    if n in PODCAST_PAGES:
        extra.append(PODCAST)
    if n in SWAPPED_TRAILER:
        order = [campaign, appeal, tags, related, comments, extra, social]
    else:
        order = [tags, campaign, related, appeal, social, comments, extra]
    for block in order:
        L += block
    L.append(FOOTER)
    L.append(LEGAL)
    if n in COOKIE_BOTTOM:
        L += COOKIE
    return L
