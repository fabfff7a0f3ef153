import random
from lib import B, write_page

SITE, LANG, HOST = "sb6-de", "de", "www.lahntal-bote.de"

BG1 = ("Der Kreistag hatte Ende September mit 41 zu 38 Stimmen beschlossen, die Geburtsstation der Kreisklinik Hinterland "
       "in Biedenkopf zum 31. März 2027 zu schließen. Die Klinikleitung begründet den Schritt mit dem Mangel an Hebammen "
       "und einem jährlichen Defizit von rund 2,4 Millionen Euro.")
def BG2(n):
    return ("Im vergangenen Jahr kamen in Biedenkopf %s Kinder zur Welt. Nach einer Schließung müssten Schwangere aus dem "
            "oberen Hinterland bis zu 50 Minuten nach Marburg oder Frankenberg fahren." % n)
HG = "Hintergrund"

ARTS = [
dict(sec="lokales/hinterland", crumb="Lokales › Hinterland", slug="hebammen-protestieren-vor-dem-kreishaus",
 h="Hebammen protestieren vor dem Kreishaus gegen Aus der Geburtsstation",
 s="Rund 300 Menschen zogen am Samstag mit Trillerpfeifen und Kinderwagen durch Marburg. Die Forderung: Die Kreisklinik Hinterland soll weiter Geburten betreuen.",
 by="Von Anja Brückner · 14.11.2026",
 cap="Mit Plakaten und Kinderwagen zogen die Demonstrierenden vom Erwin-Piscator-Haus zum Kreishaus.", foto="Foto: Thorsten Richter",
 rel="Hebammenmangel in Hessen: Warum so viele den Beruf verlassen",
 body=[
 "Es war laut vor dem Kreishaus am Samstagvormittag. Hebammen, Eltern, Großeltern und auffällig viele kleine Kinder hatten sich auf dem Vorplatz versammelt, um gegen die geplante Schließung der Geburtsstation in Biedenkopf zu protestieren.",
 "„Wir sind nicht gegen Reformen, wir sind gegen lange Wege“, rief Hebamme Katrin Wege-Hoffmann ins Mikrofon. Sie arbeitet seit 19 Jahren an der Kreisklinik und hat nach eigener Schätzung „weit über 1500 Kindern“ auf die Welt geholfen.",
 HG,
 BG1,
 BG2("312"),
 "Landrätin Martina Schenk (SPD) nahm die Unterschriftenlisten nicht persönlich entgegen, ließ aber über ihren Sprecher ausrichten, man nehme „die Sorgen der Menschen im Hinterland sehr ernst“.",
 "Die Initiative „Geburt im Hinterland“ kündigte weitere Aktionen an. Als Nächstes wolle man vor der Kreistagssitzung im Dezember eine Mahnwache abhalten.",
 ]),
dict(sec="lokales/marburg", crumb="Lokales › Marburg", slug="weihnachtsmarkt-marburg-mehr-besucher-weniger-umsatz",
 h="Weihnachtsmarkt: Mehr Besucher, aber die Kassen klingeln leiser",
 s="Nach dem ersten Wochenende ziehen die Händler auf dem Marktplatz eine gemischte Bilanz.",
 by="Von Jonas Kellermann · 30.11.2026",
 cap=None, foto=None,
 rel="Öffnungszeiten und Parken: Alles Wichtige zum Marburger Weihnachtsmarkt",
 body=[
 "Volle Gassen, lange Schlangen am Kinderkarussell, Gedränge vor dem Crêpes-Stand: Das erste Adventswochenende hat dem Marburger Weihnachtsmarkt so viele Besucher beschert wie lange nicht.",
 "Das Stadtmarketing schätzt, dass von Freitag bis Sonntag rund 45.000 Menschen über den Marktplatz und durch die Oberstadt geschlendert sind – etwa zehn Prozent mehr als im Vorjahr.",
 "Bei den Händlern kommt davon allerdings weniger an. „Die Leute gucken, die Leute freuen sich, aber sie kaufen vorsichtiger“, sagt Renate Völk, die seit 22 Jahren handgezogene Kerzen verkauft.",
 "Glühwein für 4,50 Euro",
 "Auch am Glühweinstand merkt man die Zurückhaltung. Der Becher kostet in diesem Jahr 4,50 Euro, 50 Cent mehr als 2025. „Viele trinken einen statt zwei“, sagt ein Standbetreiber.",
 "Der Weihnachtsmarkt hat noch bis zum 23. Dezember täglich von 11 bis 21 Uhr geöffnet, freitags und samstags bis 22 Uhr.",
 ]),
dict(sec="lokales/marburg", crumb="Lokales › Marburg", slug="stadtwerke-erhoehen-fernwaermepreise-januar",
 h="Stadtwerke erhöhen Fernwärmepreise zum Januar – was das für Haushalte bedeutet",
 s="Ein Durchschnittshaushalt zahlt künftig rund 14 Euro mehr im Monat. Wir beantworten die wichtigsten Fragen.",
 by="Von Sabine Ortmann · 20.11.2026",
 cap=None, foto=None,
 rel="Heizkosten sparen: Zehn Tipps vom Energieberater",
 body=[
 "Die Stadtwerke Marburg heben zum 1. Januar die Preise für Fernwärme an. Das hat der Versorger am Donnerstag mitgeteilt. Betroffen sind rund 9.800 Haushalte, vor allem in den Stadtteilen Richtsberg, Waldtal und am Oberen Rotenberg.",
 "Wie stark steigen die Preise?",
 "Der Arbeitspreis steigt von 11,9 auf 13,4 Cent pro Kilowattstunde. Für eine Wohnung mit 70 Quadratmetern bedeutet das nach Berechnungen der Stadtwerke Mehrkosten von etwa 14 Euro im Monat.",
 "Warum wird es teurer?",
 "Als Gründe nennt das Unternehmen höhere Netzentgelte, den steigenden CO2-Preis und Investitionen in die Umstellung auf erneuerbare Wärmequellen.",
 "Kann ich wechseln?",
 "Nein. Anders als bei Strom und Gas gibt es bei der Fernwärme keinen freien Anbieterwechsel. Wer sich ungerecht behandelt fühlt, kann die Preisgleitklausel von der Verbraucherzentrale prüfen lassen.",
 "Was rät die Verbraucherzentrale?",
 "Abschläge prüfen, Heizkörper entlüften, Raumtemperatur um ein Grad senken – das spart nach Angaben der Verbraucherschützer rund sechs Prozent Energie.",
 ]),
dict(sec="lokales/hinterland", crumb="Lokales › Hinterland", slug="landraetin-verteidigt-schliessungsplaene-sozialausschuss",
 h="Landrätin verteidigt Schließungspläne: „Wir können keine Hebammen backen“",
 s="Im Sozialausschuss prallen die Positionen aufeinander. Die Opposition fordert ein unabhängiges Gutachten.",
 by="Von Anja Brückner · 19.11.2026",
 cap=None, foto=None,
 rel="Kreishaushalt 2027: Wo der Landkreis sparen will",
 body=[
 "Zwei Stunden dauerte die Debatte im Sozialausschuss des Kreistages am Mittwochabend, und am Ende waren die Fronten so verhärtet wie zuvor.",
 "Landrätin Martina Schenk (SPD) verteidigte die geplante Schließung der Geburtsstation mit deutlichen Worten. „Wir können keine Hebammen backen. Von acht Stellen sind derzeit drei besetzt. So kann man keinen sicheren Kreißsaal betreiben.“",
 "CDU und Freie Wähler warfen der Kreisspitze vor, sich zu früh festgelegt zu haben. „Man hat nie ernsthaft versucht, Personal zu gewinnen“, sagte der CDU-Fraktionsvorsitzende Dieter Lauber.",
 "Die Opposition beantragte ein unabhängiges Gutachten zu den Alternativen, etwa einem hebammengeleiteten Kreißsaal. Der Antrag soll in der Kreistagssitzung am 11. Dezember beraten werden.",
 HG,
 BG1,
 BG2("312"),
 ]),
dict(sec="region", crumb="Region › Menschen", slug="der-letzte-schmied-von-dautphetal",
 h="Der letzte Schmied von Dautphetal",
 s="Seit 1887 wird in der Werkstatt der Familie Koch Eisen geschlagen. Reinhard Koch ist 71 – und einen Nachfolger gibt es nicht.",
 by="Von Jonas Kellermann · 22.11.2026",
 cap="Reinhard Koch an seiner Esse, die er jeden Morgen um sieben Uhr anheizt.", foto="Foto: Lena Dörr",
 rel="Handwerk im Landkreis: Hunderte Betriebe suchen Nachfolger",
 body=[
 "Das Erste, was man in der Schmiede in Holzhausen wahrnimmt, ist der Geruch: Kohle, heißes Metall, ein bisschen Öl. Dann das Geräusch – ein gleichmäßiges, helles Klingen, wenn der Hammer auf den Amboss trifft.",
 "Reinhard Koch schmiedet gerade einen Kaminhaken. Eine Auftragsarbeit, wie fast alles, was er heute macht. Hufe beschlägt er längst nicht mehr. „Die Pferde sind weg, die Bauern auch“, sagt er.",
 "Sein Urgroßvater hat die Werkstatt 1887 gegründet. Der Amboss, an dem Koch steht, stammt noch aus dieser Zeit.",
 "Feuer, Hammer, Geduld.",
 "So beschreibt er sein Handwerk. Mehr brauche es nicht. Nur eben jemanden, der es lernen will.",
 "Zwei Lehrlinge hat Koch in seinem Berufsleben ausgebildet. Beide sind heute in der Industrie. „Ich kann es ihnen nicht verdenken. Davon leben kann man kaum.“",
 "Was aus der Schmiede wird, wenn er aufhört, weiß er nicht. Vielleicht ein Museum, sagt er. Dann lacht er und legt das nächste Eisen ins Feuer.",
 ]),
dict(sec="sport/fussball", crumb="Sport › Fußball", slug="eintracht-stadtallendorf-siegt-spaet-gegen-baunatal",
 h="Eintracht Stadtallendorf siegt spät gegen Baunatal",
 s="Ein Kopfball in der Nachspielzeit beschert dem Hessenligisten den dritten Sieg in Folge.",
 by="Von Marco Heil · 23.11.2026",
 cap=None, foto=None,
 rel="Hessenliga: Die Tabelle nach dem 17. Spieltag",
 body=[
 "Es lief bereits die dritte Minute der Nachspielzeit, als Luca Herbener im Strafraum am höchsten stieg. Sein Kopfball nach einer Ecke von Ahmet Yilmaz schlug unhaltbar im Winkel ein – 2:1 für Eintracht Stadtallendorf gegen den KSV Baunatal.",
 "Vor 650 Zuschauern im Herrenwaldstadion hatte Baunatal zunächst die besseren Chancen und ging kurz nach der Pause durch einen Foulelfmeter in Führung.",
 "Stadtallendorf kam erst in der Schlussphase auf. Der eingewechselte Dennis Kraft glich in der 78. Minute aus.",
 "„Die Jungs haben nie aufgehört zu glauben“, sagte Trainer Dragan Petrović nach dem Spiel.",
 "Mit dem Sieg klettert die Eintracht auf Platz fünf. Am kommenden Samstag geht es zum Tabellenzweiten nach Fulda.",
 ]),
dict(sec="medien", crumb="Medien", slug="warum-lokalzeitungen-geld-fuer-online-artikel-verlangen",
 h="Warum Lokalzeitungen Geld für Online-Artikel verlangen",
 s="Viele Leserinnen und Leser ärgern sich über Bezahlschranken. Chefredakteur Tobias Lenz beantwortet die häufigsten Fragen.",
 by="Von Tobias Lenz, Chefredakteur · 26.11.2026",
 cap=None, foto=None,
 rel="So arbeitet unsere Lokalredaktion: Ein Tag im Newsroom",
 body=[
 "Kaum ein Thema erreicht uns so häufig per Leserbrief wie dieses: Warum kann ich nicht alle Artikel frei lesen? Früher war doch auch alles kostenlos im Netz.",
 "Das stimmt. Aber die Rechnung ist nie aufgegangen. Die Anzeigen, die einst die gedruckte Zeitung finanziert haben, sind zu großen Teilen zu Suchmaschinen und sozialen Netzwerken abgewandert.",
 "Gleichzeitig kostet guter Lokaljournalismus Geld. Eine Reporterin, die drei Stunden in einer Ausschusssitzung sitzt, muss bezahlt werden – egal, ob ihr Text auf Papier oder auf dem Smartphone gelesen wird.",
 "Warum einige Artikel frei sind",
 "Wir haben uns für ein sogenanntes Metermodell entschieden: Eine bestimmte Zahl von Artikeln pro Monat ist kostenlos, danach bitten wir um ein Abonnement. Meldungen zu Unwettern, Unfällen oder Wahlen bleiben immer frei.",
 "Was mit dem Geld passiert",
 "Jeder Euro aus den Digitalabos fließt in die Redaktion. Seit 2024 konnten wir so zwei zusätzliche Stellen im Hinterland besetzen.",
 "Wir wissen, dass nicht jeder ein Abo abschließen kann oder will. Aber wir sind überzeugt: Ohne zahlende Leserinnen und Leser gibt es auf Dauer keine unabhängige Lokalzeitung.",
 ]),
dict(sec="lokales/hinterland", crumb="Lokales › Hinterland", slug="petition-geburtsstation-14000-unterschriften-uebergeben",
 h="14.000 Unterschriften für die Geburtsstation übergeben",
 s="Die Initiative „Geburt im Hinterland“ hat ihre Petition an den Kreistagsvorsitzenden überreicht. Die Landrätin blieb fern.",
 by="Von Anja Brückner · 27.11.2026",
 cap="Die Kartons mit den Unterschriftenlisten wurden im Foyer des Kreishauses übergeben.", foto="Foto: Thorsten Richter",
 rel="Kommentar: Die Geburtsstation ist mehr als eine Zahl im Haushalt",
 body=[
 "Sieben Umzugskartons stapelten sich am Donnerstag im Foyer des Kreishauses. Darin: die Unterschriften von 14.112 Menschen, die sich für den Erhalt der Geburtsstation an der Kreisklinik Hinterland aussprechen.",
 "Kreistagsvorsitzender Helmut Rau nahm die Listen entgegen und versprach, die Petition „ordnungsgemäß und zügig“ zu behandeln.",
 "Dass Landrätin Martina Schenk nicht erschienen war, sorgte bei den rund 80 Anwesenden für Unmut. Ein Sprecher verwies auf einen Termin in Wiesbaden.",
 "„Wir sind in acht Wochen von null auf 14.000 gekommen. Das zeigt, wie sehr das Thema die Menschen bewegt“, sagte Initiatorin Svenja Bender, selbst Mutter von zwei Kindern, die beide in Biedenkopf zur Welt kamen.",
 BG1,
 BG2("312"),
 "Über das weitere Vorgehen entscheidet der Kreistag am 11. Dezember.",
 ]),
dict(sec="blaulicht", crumb="Blaulicht", slug="einbruchserie-coelbe-polizei-sucht-zeugen",
 h="Einbruchserie in Cölbe: Polizei sucht Zeugen",
 s="Innerhalb von zwei Wochen sind Unbekannte in fünf Einfamilienhäuser eingestiegen.",
 by="Von Redaktion · 24.11.2026",
 cap=None, foto=None,
 rel="Einbruchschutz: Was die Polizei kostenlos berät",
 body=[
 "Die Polizei in Marburg ermittelt wegen einer Serie von Wohnungseinbrüchen in Cölbe und im Ortsteil Schönstadt. Seit dem 10. November wurden fünf Einbrüche in Einfamilienhäuser angezeigt.",
 "Die Täter gingen nach Angaben der Ermittler immer ähnlich vor: Sie hebelten in den frühen Abendstunden Terrassentüren oder Kellerfenster auf, während die Bewohner nicht zu Hause waren.",
 "Erbeutet wurden vor allem Schmuck, Bargeld und elektronische Geräte. Der Gesamtschaden wird auf rund 35.000 Euro geschätzt.",
 "Zeugen, die in den vergangenen Wochen verdächtige Personen oder Fahrzeuge beobachtet haben, werden gebeten, sich unter der Telefonnummer 06421 406-0 bei der Kriminalpolizei zu melden.",
 ]),
dict(sec="meinung", crumb="Meinung › Kommentar", slug="kommentar-lahnbruecke-symbol-fuer-stillstand",
 h="Die Lahnbrücke ist ein Symbol für Stillstand",
 s="Ein Kommentar von Sabine Ortmann",
 by="26.11.2026",
 cap=None, foto=None,
 rel="Lahnbrücke: Sanierung verzögert sich erneut um ein Jahr",
 body=[
 "Seit viereinhalb Jahren steht an der Weidenhäuser Brücke ein Bauzaun. Seit viereinhalb Jahren quält sich der Verkehr einspurig über die Lahn. Und nun die Nachricht: Es dauert noch ein Jahr länger.",
 "Man könnte darüber lachen, wenn es nicht so ärgerlich wäre. Die Gründe, die die Stadt nennt, sind jedes Mal andere: erst fehlende Gutachten, dann Lieferschwierigkeiten, jetzt ein Rechtsstreit mit einer Baufirma.",
 "Das Problem ist nicht die einzelne Verzögerung. Das Problem ist, dass niemand Verantwortung übernimmt.",
 "Die Bürgerinnen und Bürger haben ein Recht darauf zu erfahren, was schiefläuft. Eine öffentliche Sitzung, ein offener Zeitplan, ein Ansprechpartner – das wäre das Mindeste.",
 "Sonst wird die Brücke zum Denkmal. Nicht für Ingenieurskunst, sondern für Stillstand.",
 ]),
dict(sec="lokales/marburg", crumb="Lokales › Marburg", slug="vollsperrung-b62-coelbe-buergeln",
 h="Vollsperrung der B62 zwischen Cölbe und Bürgeln ab Montag",
 s="Hessen Mobil erneuert die Fahrbahn auf vier Kilometern. Pendler müssen mit Umwegen von bis zu 15 Minuten rechnen.",
 by="Von Redaktion · 28.11.2026",
 cap=None, foto=None,
 rel="Baustellen im Landkreis: Die aktuelle Übersicht",
 body=[
 "Ab Montag, 30. November, ist die B62 zwischen Cölbe und Bürgeln voll gesperrt. Hessen Mobil erneuert auf einer Länge von rund vier Kilometern die Fahrbahndecke.",
 "Die Arbeiten sollen nach derzeitiger Planung bis zum 18. Dezember abgeschlossen sein, sofern das Wetter mitspielt.",
 "Umleitungen",
 "Richtung Kirchhain: über Cölbe, Bernsdorf und die L3089.",
 "Richtung Marburg: über Bürgeln, Anzefahr und die L3088.",
 "Lkw über 7,5 Tonnen: großräumig über die A49.",
 "Der Busverkehr der Linie 380 wird ebenfalls umgeleitet. Die Haltestellen Cölbe Bahnhof und Bürgeln Mitte werden nicht angefahren.",
 ]),
dict(sec="lokales/hinterland", crumb="Lokales › Hinterland", slug="gesundheitsministerin-besucht-biedenkopf-keine-zusage",
 h="Gesundheitsministerin besucht Biedenkopf – eine Zusage bringt sie nicht mit",
 s="Beim Rundgang durch die Kreisklinik hört die Ministerin viel Kritik. Sie verweist auf die Krankenhausreform des Bundes.",
 by="Von Anja Brückner · 02.12.2026",
 cap="Die Ministerin im Gespräch mit Hebammen der Kreisklinik.", foto="Foto: Lena Dörr",
 rel="Krankenhausreform: Welche Kliniken in Mittelhessen betroffen sind",
 body=[
 "Eine gute Stunde nahm sich die hessische Gesundheitsministerin am Dienstag Zeit für die Kreisklinik Hinterland. Sie besichtigte den Kreißsaal, sprach mit Hebammen und Ärzten und stellte sich anschließend den Fragen von Mitgliedern der Initiative „Geburt im Hinterland“.",
 "Eine Zusage für den Erhalt der Geburtsstation machte sie nicht. „Die Entscheidung liegt beim Träger, also beim Landkreis“, sagte sie. Das Land könne allenfalls bei Fördermitteln für einen hebammengeleiteten Kreißsaal helfen.",
 "Die Initiative zeigte sich enttäuscht. „Wir haben auf Verständnis gehofft und Zuständigkeiten bekommen“, sagte Svenja Bender.",
 HG,
 BG1,
 BG2("314"),
 "Die Kreistagssitzung zum Thema findet am 11. Dezember um 17 Uhr im Kreishaus statt und ist öffentlich.",
 ]),
dict(sec="kultur", crumb="Kultur", slug="marburger-kammerorchester-50-jahre",
 h="50 Jahre Marburger Kammerorchester: Ein Jubiläum mit Mozart und einer Uraufführung",
 s=None,
 by="Von Clara Weinrich · 25.11.2026",
 cap="Das Kammerorchester bei der Generalprobe in der Lutherischen Pfarrkirche.", foto="Foto: Peter Sommer",
 rel="Konzerttipps für den Advent in Marburg und Umgebung",
 body=[
 "1976 gründeten sieben Studierende der Philipps-Universität ein kleines Streichensemble, um gemeinsam Barockmusik zu spielen. Ein halbes Jahrhundert später ist daraus das Marburger Kammerorchester geworden, mit 38 Mitgliedern und einem festen Platz im Kulturleben der Stadt.",
 "Zum Jubiläum gibt es am 13. Dezember ein Festkonzert in der Lutherischen Pfarrkirche. Auf dem Programm stehen Mozarts Sinfonie Nr. 29 und das Violinkonzert A-Dur.",
 "Höhepunkt soll eine Uraufführung sein: Die Marburger Komponistin Hanna Grieb hat für das Orchester ein zwölfminütiges Stück geschrieben. Der Titel: „Lahnlicht“.",
 "„Ich wollte etwas schreiben, das nach dieser Stadt klingt“, sagt Grieb. „Nach Nebel über dem Fluss und Glocken am Sonntagmorgen.“",
 "Karten gibt es für 18 Euro, ermäßigt 10 Euro, bei der Tourist-Information und an der Abendkasse.",
 ]),
dict(sec="wissen", crumb="Wissen › Forschung", slug="philipps-universitaet-schnelltest-borreliose",
 h="Marburger Forschende entwickeln Schnelltest für Borreliose",
 s="Das Ergebnis soll nach 20 Minuten vorliegen. Bis der Test in Arztpraxen kommt, dürfte es aber noch dauern.",
 by="Von Clara Weinrich · 18.11.2026",
 cap=None, foto=None,
 rel="Zecken im Winter: Warum die Gefahr nicht vorbei ist",
 body=[
 "Ein Team der Philipps-Universität Marburg hat einen Schnelltest entwickelt, der eine Borreliose-Infektion innerhalb von 20 Minuten nachweisen soll. Die Ergebnisse wurden im Fachjournal „Clinical Microbiology and Infection“ veröffentlicht.",
 "Bisher dauert die Diagnose oft Tage oder Wochen, weil Antikörper im Blut erst spät nachweisbar sind. Der neue Test erkennt stattdessen Bestandteile des Erregers selbst.",
 "In einer ersten Studie mit 412 Patientinnen und Patienten lag die Trefferquote bei 94 Prozent.",
 "„Das ist vielversprechend, aber noch kein Durchbruch für die Praxis“, sagt Studienleiterin Prof. Dr. Miriam Falk. Nun sollen größere Studien folgen.",
 "Borreliose wird durch Zeckenstiche übertragen. In Hessen werden jährlich mehrere Tausend Fälle gemeldet.",
 ]),
dict(sec="ratgeber/digital", crumb="Ratgeber › Digital", slug="cookie-banner-einwilligungsverordnung-websites",
 h="Cookie-Banner: Was die neue Einwilligungsverordnung für Websites bedeutet",
 s="Seit April können Nutzer ihre Cookie-Entscheidungen zentral verwalten. Doch kaum ein Dienst macht mit. Ein Überblick.",
 by="Von Sabine Ortmann · 21.11.2026",
 cap=None, foto=None,
 rel="Datenschutz im Browser: So löschen Sie Cookies richtig",
 body=[
 "Wer im Netz unterwegs ist, kennt das: Auf fast jeder Website erscheint zuerst ein Fenster, in dem man Cookies akzeptieren oder ablehnen soll. Oft ist „Alle akzeptieren“ groß und farbig, „Ablehnen“ dagegen versteckt.",
 "Die Einwilligungsverwaltungsverordnung sollte das ändern. Sie erlaubt sogenannte anerkannte Dienste zur Einwilligungsverwaltung – eine Art Datenschutz-Assistent, bei dem man seine Entscheidungen einmal hinterlegt.",
 "Das Problem: Websites sind nicht verpflichtet, diese Dienste zu berücksichtigen. Bislang ist bundesweit erst ein einziger Anbieter anerkannt.",
 "Was Nutzer tun können",
 "Im Browser Drittanbieter-Cookies blockieren.",
 "Cookie-Banner nicht reflexhaft wegklicken, sondern „Ablehnen“ oder „Nur notwendige“ wählen.",
 "Regelmäßig gespeicherte Cookies löschen.",
 "„Ablehnen muss genauso einfach sein wie Zustimmen“, sagt Datenschutzjurist Felix Amann. Viele Banner verstießen dagegen nach wie vor.",
 ]),
dict(sec="lokales/hinterland", crumb="Lokales › Hinterland", slug="kreistag-beraet-gutachten-geburtsstation",
 h="Letzte Chance für die Geburtsstation? Kreisausschuss lässt Alternativen prüfen",
 s="Mit knapper Mehrheit beschließt das Gremium ein Gutachten zu einem hebammengeleiteten Kreißsaal. An der Schließung ändert das vorerst nichts.",
 by="Von Anja Brückner · 03.12.2026",
 cap=None, foto=None,
 rel="Hebammengeleiteter Kreißsaal: Wie das Modell in anderen Kliniken funktioniert",
 body=[
 "Nach einer fast vierstündigen Sitzung hat der Kreisausschuss am Mittwochabend beschlossen, ein externes Gutachten zu Alternativen für die Geburtsstation der Kreisklinik Hinterland in Auftrag zu geben.",
 "Der Antrag von CDU und Freien Wählern erhielt fünf Ja-Stimmen bei vier Gegenstimmen. Den Ausschlag gab ein Vertreter der Grünen, der gegen die Linie seiner Fraktion stimmte. Der Kreistag muss am 11. Dezember noch zustimmen.",
 "Das Gutachten soll bis Ende Februar vorliegen und insbesondere die Möglichkeit eines hebammengeleiteten Kreißsaals prüfen.",
 "Im Zuschauerraum brandete Applaus auf. „Das ist kein Sieg, aber eine Tür, die noch offen ist“, sagte Svenja Bender von der Initiative „Geburt im Hinterland“.",
 HG,
 BG1,
 BG2("312"),
 ]),
dict(sec="ratgeber/verbraucher", crumb="Ratgeber › Verbraucher", slug="abofallen-fake-shops-verbraucherzentrale-warnt",
 h="Fake-Shops und Abofallen: Verbraucherzentrale warnt vor Weihnachtsbetrug",
 s="Besonders vor den Feiertagen häufen sich die Beschwerden. Woran man unseriöse Angebote erkennt.",
 by="Von Redaktion · 29.11.2026",
 cap=None, foto=None,
 rel="Online-Shopping: Diese Rechte haben Sie beim Widerruf",
 body=[
 "Die Verbraucherzentrale Hessen warnt vor einer Zunahme von Fake-Shops in der Vorweihnachtszeit. Allein im November seien mehr als doppelt so viele Beschwerden eingegangen wie im Vormonat.",
 "Typisch seien Angebote für Markenware zu auffällig niedrigen Preisen, die nur per Vorkasse bezahlt werden können. Die Ware kommt dann nie an.",
 "Eine weitere Masche sind sogenannte Abofallen: Man bestellt vermeintlich eine kostenlose Probe und schließt dabei im Kleingedruckten ein monatliches Abo ab.",
 "Warnsignale",
 "Nur Vorkasse als Zahlungsart.",
 "Fehlendes oder unvollständiges Impressum.",
 "Preise weit unter dem Marktüblichen.",
 "Wer bereits bezahlt hat, sollte sofort seine Bank kontaktieren und Anzeige bei der Polizei erstatten.",
 ]),
dict(sec="lokales/hinterland", crumb="Lokales › Hinterland", slug="erster-schnee-hinterland-streudienste-dauereinsatz",
 h="Erster Schnee im Hinterland: Streudienste im Dauereinsatz",
 s="Auf der Sackpfeife liegen zwölf Zentimeter. Mehrere Unfälle auf glatten Straßen, verletzt wurde niemand.",
 by="Von Marco Heil · 01.12.2026",
 cap="Winterlicher Blick von der Sackpfeife auf Biedenkopf.", foto="Foto: Leserfoto / Heike Schmitt",
 rel="Winterreifenpflicht: Was gilt bei Schnee und Glätte?",
 body=[
 "Der Winter ist da, zumindest in den höheren Lagen. In der Nacht zum Dienstag hat es im Hinterland zum ersten Mal in dieser Saison kräftig geschneit.",
 "Auf der Sackpfeife bei Biedenkopf maß der Deutsche Wetterdienst am Morgen zwölf Zentimeter Neuschnee, in Breidenbach und Dautphetal waren es fünf bis acht Zentimeter.",
 "Die Streudienste des Landkreises waren seit drei Uhr unterwegs. Trotzdem kam es auf der B253 und der L3050 zu mehreren Unfällen mit Blechschaden.",
 "Skilift? Noch nicht.",
 "Für den Betrieb der Lifte an der Sackpfeife reicht die Schneedecke noch nicht aus. Der Betreiber hofft auf das zweite Adventswochenende.",
 "Der Wetterdienst rechnet bis Donnerstag mit weiteren Schneeschauern und Nachtfrost bis minus sechs Grad.",
 ]),
]

def build():
    rnd = random.Random(6202)
    camp_pages = {3, 7, 10, 14, 18}
    for i, a in enumerate(ARTS, 1):
        lines = []
        if rnd.random() < 0.72:
            lines.append(B("navigation", "Zum Inhalt springen"))
        lines.append(B("navigation", "Startseite › " + a["crumb"]))
        metered = rnd.random() < 0.6
        if metered:
            lines.append(B("paywall", "Sie lesen %d von 5 kostenlosen Artikeln in diesem Monat." % rnd.randint(1, 5)))
        lines.append(a["h"])
        if a.get("s"):
            lines.append(a["s"])
        lines.append(a["by"])
        if rnd.random() < 0.55:
            m, s = rnd.randint(1, 5), rnd.randint(0, 59)
            lines.append(B("audio", "Artikel anhören (%d:%02d Min.)" % (m, s)))
        if a.get("cap"):
            lines.append(a["cap"])
            lines.append(B("legal", a["foto"]))
        body = list(a["body"])
        n = len(body)
        mids = []
        if i not in (9, 13):
            mids.append((max(1, n // 2 - 1), [B("related", "Lesen Sie auch: " + a["rel"])]))
        if rnd.random() < 0.7:
            if i % 4 == 1:
                nl = [B("newsletter", "Der Lahntal-Bote-Newsletter: Jeden Morgen um 6 Uhr die wichtigsten Nachrichten aus der Region."),
                      B("ui", "Kostenlos anmelden")]
            else:
                nl = [B("newsletter", "Morgenpost fürs Lahntal: Die wichtigsten Nachrichten aus der Region, werktags um 6 Uhr per E-Mail."),
                      B("newsletter", "Ihre E-Mail-Adresse"),
                      B("ui", "Kostenlos anmelden")]
            mids.append((max(2, n - 2), nl))
        if rnd.random() < 0.6:
            mids.append((rnd.randint(1, n - 1), [B("ad", "Anzeige")]))
        for pos, blk in sorted(mids, key=lambda x: -x[0]):
            body[pos:pos] = blk
        lines += body
        bottom = []
        pw = []
        if rnd.random() < 0.65 or i in camp_pages:
            pw.append(B("paywall", "Unbegrenzt lesen mit LB+"))
            if i in camp_pages:
                pw.append(B("paywall", "Adventsangebot: 12 Monate LB+ für 4,99 € im Monat – nur bis 24. Dezember."))
            elif i % 3 == 0:
                pw.append(B("paywall", "Jetzt 3 Monate für je 1 € testen, danach 9,90 € im Monat. Jederzeit kündbar."))
            else:
                pw.append(B("paywall", "Jetzt 4 Wochen für 0,99 € testen, danach 9,90 € im Monat. Jederzeit kündbar."))
            pw += [B("ui", "Jetzt testen"), B("ui", "Bereits Abonnent? Hier anmelden")]
        share = []
        if rnd.random() < 0.8:
            share = [B("share", "Artikel teilen" if i % 5 else "Diesen Artikel teilen")]
        social = [B("social", "Folgen Sie dem Lahntal-Boten auf Facebook und Instagram")] if rnd.random() < 0.5 else []
        comments = [B("comments", "Kommentare (%d)" % rnd.randint(0, 87))] if rnd.random() < 0.6 else []
        order = [share, pw, comments, social] if rnd.random() < 0.65 else [pw, share, social, comments]
        for b in order:
            bottom += b
        bottom.append(B("legal", "© Lahntal-Bote 2026 · Alle Rechte vorbehalten"))
        if rnd.random() < 0.5:
            bottom.append(B("legal", "Vervielfältigung nur mit Genehmigung der Mittelhessischen Verlagsgesellschaft mbH."))
        if rnd.random() < 0.5:
            bottom.append(B("cookie", "Cookie-Einstellungen"))
        lines += bottom
        url = "https://%s/%s/%s" % (HOST, a["sec"], a["slug"])
        write_page(SITE, i, LANG, url, lines)

if __name__ == "__main__":
    assert len(ARTS) == 18, len(ARTS)
    build()
