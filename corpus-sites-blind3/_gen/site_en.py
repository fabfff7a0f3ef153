from common import parse, expand, chance, write_site, splice
import os

SLUG, DOMAIN, LANG = "harbour-ledger", "harbourledger.co.uk", "en"
BG = {
    "NG1": "The independent inquiry into maternity care at Northgate General Hospital was set up in March 2024 after a Harbour Ledger investigation found that at least 41 families had raised concerns about the unit over a decade.",
    "NG2": "It is chaired by the former midwife and health service regulator Dame Helen Pryce and is expected to publish its final report in the spring of 2026.",
}
SECTION = {"news": "News", "health": "Health", "business": "Business", "sport": "Sport", "politics": "Politics"}


def render(i, page, rng):
    lines = expand(page["lines"], BG)
    sec = page["path"].split("/")[0]
    top, mid, end = [], [], []
    if chance(rng, 0.7):
        top.append("[cookie] We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies. Manage preferences")
    if chance(rng, 0.88):
        top.append(f"[navigation] Home / {SECTION[sec]}")
    audio = chance(rng, 0.6) and f"[audio] Listen to this article · {rng.randint(2, 6)} min"
    if chance(rng, 0.82):
        if rng.random() < 0.5:
            mid.append("[newsletter] Get the Morning Ledger: the day's top stories from Portharbour and the harbour towns in your inbox by 7am. Sign up free")
        else:
            mid.append("[newsletter] Sign up to the Morning Ledger - the local news that matters to you, every weekday morning. Sign up free")
    rel = [f"[related] Read more: {h}" for h in page["rel"]]
    if chance(rng, 0.85):
        n = rng.randint(1900, 2900)
        end.append(f"[appeal] The Harbour Ledger is independent and funded by its readers. {n:,} readers gave this month - will you join them? Support us from just £2")
    if chance(rng, 0.9):
        end.append("[share] Share this article: Facebook · X · WhatsApp · Email · Copy link")
    if chance(rng, 0.7):
        end.append("[social] Follow The Harbour Ledger on Facebook, Instagram and X for breaking news from across the harbour towns")
    if chance(rng, 0.5):
        end.append(f"[comments] {rng.randint(3, 240)} comments")
    if chance(rng, 0.95):
        end.append("[legal] © 2025 Harbour Ledger Media Ltd. Registered in England and Wales No. 08412377. All rights reserved.")
    # headline, (audio), byline, paragraphs with mid-article widgets
    body = [lines[0]]
    if audio:
        body.append(audio)
    body.append(lines[1])
    paras = lines[2:]
    k = 3 if i % 2 else 4
    # a related link sits in the middle on some pages, at the end on others
    rel_mid, rel_end = (rel[:1], rel[1:]) if i % 3 == 0 else ([], rel)
    paras = splice(paras, k + 2, rel_mid)
    body += splice(paras, k, mid)
    return top + body + rel_end + end


if __name__ == "__main__":
    write_site(SLUG, DOMAIN, LANG, parse(os.path.join(os.path.dirname(__file__), "en.txt")), render, "en")
