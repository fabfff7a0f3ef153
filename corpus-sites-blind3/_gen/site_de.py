from common import parse, expand, chance, write_site, splice
import os

SLUG, DOMAIN, LANG = "rheintal-kurier", "rheintal-kurier.de", "de"
BG = {
    "NB1": "Die Nibelungenbrücke zwischen Hallbach und Leversdorf ist seit August 2024 für Lastwagen über 7,5 Tonnen gesperrt, nachdem Prüfer Risse in den Spannstählen der Hauptträger entdeckt hatten.",
    "NB2": "Vor der Sperrung überquerten täglich rund 38.000 Fahrzeuge die Brücke. Ein Neubau soll nach heutigem Stand frühestens 2031 fertig sein.",
}
RESSORT = {"region": "Region", "polizei": "Polizei", "kultur": "Kultur", "wirtschaft": "Wirtschaft",
           "sport": "Sport", "bildung": "Bildung", "verkehr": "Verkehr", "gesundheit": "Gesundheit",
           "umwelt": "Umwelt"}
PLUS = {3, 6, 10, 11, 14}  # K+ articles


def render(i, page, rng):
    lines = expand(page["lines"], BG)
    sec = page["path"].split("/")[0]
    top, mid, end = [], [], []
    if chance(rng, 0.9):
        top.append(f"[navigation] Startseite › {RESSORT[sec]}")
    if i in PLUS:
        top.append("[paywall] K+ Artikel")
    audio = chance(rng, 0.7) and f"[audio] Artikel anhören · {rng.randint(2, 5)}:{rng.randint(0, 59):02d} Min."
    if i in PLUS:
        mid.append("[paywall] Weiterlesen mit K+: Alle Artikel auf rheintal-kurier.de und in der App – im ersten Monat für nur 0,99 €. Jetzt testen")
    elif chance(rng, 0.8):
        if rng.random() < 0.5:
            mid.append("[newsletter] Kurier am Morgen: Die wichtigsten Nachrichten aus Hallbach und dem Rheintal – jeden Werktag um 6 Uhr kostenlos in Ihrem Postfach. Jetzt anmelden")
        else:
            mid.append("[newsletter] Der Newsletter „Kurier am Morgen“ bringt Ihnen jeden Werktag die wichtigsten Nachrichten aus der Region. Kostenlos abonnieren")
    if chance(rng, 0.6):
        mid.append("[ad] Anzeige")
    rel = [f"[related] Lesen Sie auch: {h}" for h in page["rel"]]
    if chance(rng, 0.8):
        end.append("[share] Artikel teilen: Facebook | WhatsApp | X | E-Mail")
    if chance(rng, 0.65):
        end.append("[app] Immer bestens informiert: Laden Sie jetzt die kostenlose Rheintal-Kurier-App für iOS und Android herunter.")
    if chance(rng, 0.75):
        n = rng.randint(0, 87)
        end.append(f"[comments] Kommentare ({n})" if n else "[comments] Noch keine Kommentare. Schreiben Sie den ersten Kommentar!")
    if chance(rng, 0.94):
        end.append("[legal] © Rheintal-Kurier Verlagsgesellschaft mbH & Co. KG 2025 · Impressum · Datenschutz · AGB")
    body = [lines[0], lines[1]]
    if audio:
        body.append(audio)
    paras = lines[2:]
    # "Lesen Sie auch" sits in the middle of the story on this site
    paras = splice(paras, 2, rel)
    body += splice(paras, 4 if i % 2 else 5, mid)
    return top + body + end


if __name__ == "__main__":
    write_site(SLUG, DOMAIN, LANG, parse(os.path.join(os.path.dirname(__file__), "de.txt")), render, "de")
