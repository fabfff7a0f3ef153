from common import parse, expand, chance, write_site, splice
import os

SLUG, DOMAIN, LANG = "gazeta-nadodrzanska", "gazetanadodrzanska.pl", "pl"
BG = {
    "LW1": "Andrzej Wolak, burmistrz Lipnicy w latach 2014-2023, został zatrzymany przez CBA w listopadzie 2023 roku. Prokuratura zarzuca mu przyjęcie co najmniej 480 tys. zł łapówek w zamian za ustawianie przetargów na remonty dróg gminnych.",
    "LW2": "Byłemu burmistrzowi grozi do 12 lat więzienia. Od chwili zatrzymania przebywa w areszcie tymczasowym.",
}
DZIAL = {"region": "Region", "sport": "Sport", "gospodarka": "Gospodarka", "kultura": "Kultura",
         "edukacja": "Edukacja"}
PREMIUM = {3, 8, 12, 13}


def render(i, page, rng):
    lines = expand(page["lines"], BG)
    sec = page["path"].split("/")[0]
    top, mid, end = [], [], []
    if chance(rng, 0.85):
        top.append(f"[navigation] Strona główna » Wiadomości » {DZIAL[sec]}")
    if i in PREMIUM:
        top.append("[paywall] Artykuł Premium. Subskrypcja Gazety Nadodrzańskiej już od 9,90 zł miesięcznie – czytaj bez ograniczeń. Kup dostęp")
    audio = chance(rng, 0.5) and f"[audio] Posłuchaj artykułu · {rng.randint(1, 5)}:{rng.randint(0, 59):02d}"
    rel = [f"[related] Czytaj także: {h}" for h in page["rel"]]
    if chance(rng, 0.7):
        if rng.random() < 0.5:
            mid.append("[newsletter] Zapisz się na newsletter Gazety Nadodrzańskiej – najważniejsze wiadomości z regionu codziennie o 7:00 w Twojej skrzynce.")
        else:
            mid.append("[newsletter] Najważniejsze informacje z Opolszczyzny prosto na Twoją skrzynkę. Zapisz się na bezpłatny newsletter!")
    if chance(rng, 0.55):
        n = rng.randint(1180, 1420)
        end.append(f"[appeal] Wspieraj lokalne dziennikarstwo. W tym miesiącu wsparło nas już {n:,} Czytelników – dołącz do nich!".replace(",", " "))
    if chance(rng, 0.6):
        end.append("[app] Pobierz aplikację Gazety Nadodrzańskiej i bądź na bieżąco z wiadomościami z regionu. Google Play | App Store")
    if chance(rng, 0.75):
        end.append("[social] Obserwuj Gazetę Nadodrzańską w Google News")
    if chance(rng, 0.7):
        n = rng.randint(1, 150)
        end.append(f"[comments] Komentarze ({n})")
    if chance(rng, 0.93):
        end.append("[legal] © 2025 Wydawnictwo Nadodrze sp. z o.o. Wszelkie prawa zastrzeżone. Regulamin · Polityka prywatności")
    body = [lines[0], lines[1]]
    if audio:
        body.append(audio)
    paras = lines[2:]
    paras = splice(paras, 3 if i % 2 else 2, mid)
    # "Czytaj także" sits mid-story on odd pages, below the story on even ones
    if i % 2:
        paras = splice(paras, len(paras) - 2, rel)
        body += paras
    else:
        body += paras + rel
    return top + body + end


if __name__ == "__main__":
    write_site(SLUG, DOMAIN, LANG, parse(os.path.join(os.path.dirname(__file__), "pl.txt")), render, "pl")
