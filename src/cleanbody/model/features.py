"""What the learned lexicon sees in a block: its words and its shape.

The same function serves training and cleaning, so the model reads text exactly as it
was trained to. Where a block sits is left to the region engine, which already asks
less of the edges than of the middle: the model judges what a block says and looks
like. Every feature is a short string with a prefix saying its kind, so an explanation
can name it:

- ``w:donate``: a word (lowercase; digits become ``0``); ``b:support us``: two words in
  a row, in blocks short enough to be a widget line;
- ``c:转载``: two characters in a row of a script written without spaces (Chinese,
  Japanese, Thai) or in syllable blocks (Korean);
- ``s:...``: the block's shape: its length, how it ends, capitals, an amount, a price, a
  count, a URL, an e-mail address, a handle, a leading arrow or bullet, separators;
- ``n:...``: its neighbours' shape (short lines around it: a widget's buttons and labels).

>>> sorted(block_features("Donate €10 now", 9, 10))[:6]
['b:00 now', 'b:donate 00', 's:amount', 's:chars<20', 's:ends_open', 'w:00']
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

__all__ = ["block_features", "document_features"]

#: Blocks with more words than this get no word pairs: a paragraph is told by its words,
#: a widget line by its phrases, and pairs of a long paragraph cost time for nothing.
MAX_PAIR_WORDS: Final = 40
#: Character pairs are taken from the first this many characters of a block.
MAX_PAIR_CHARS: Final = 400
#: A word in at least this many blocks of a document...
TOPIC_MIN_BLOCKS: Final = 4
#: ...and in at least this share of them is the document's topic, not a widget's word.
TOPIC_SHARE: Final = 0.25
#: Length classes, in characters (dense scripts count three times).
_LENGTHS: Final = (20, 50, 100, 200, 400)

_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_DENSE = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_DENSE_RUN = re.compile("[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}")
_AMOUNT = re.compile(
    r"(?:[$€£¥₹₽₺₩₫฿]|\b(?:usd|eur|gbp|chf|sek|nok|dkk|pln|czk|huf|ron|uah|rub|try|inr|"
    r"idr|vnd|krw|jpy|cny|rmb|kr|zł|kč|ft|lei|грн|руб|₪|ريال|تومان|ليرة)\b)\s?\d|\d\s?"
    r"(?:[$€£¥₹₽₺₩₫฿₪]|kr\b|zł|kč|ft\b|lei\b|грн|руб|元|円|원|đ)",
)
_ONLY_NUMBER = re.compile(r"^\W*\d[\d\s.,:/%+]*\W*(?:\w{0,12})?\W*$")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|co|io)\b")
_EMAIL = re.compile(r"\S@\S+\.\w")
_HANDLE = re.compile(r"(?:^|\s)@\w")
_PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
_LEADING_MARK = re.compile("^[\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff>»›•·*▶►-]")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
_SEPARATOR = re.compile(r"\s[|·•/›»]\s")
_TERMINAL = ".!?。！？…\"'”»」)"


def _length_class(text: str) -> str:
    size = len(text) + 2 * len(_DENSE.findall(text[:MAX_PAIR_CHARS]))
    for limit in _LENGTHS:
        if size < limit:
            return f"s:chars<{limit}"
    return f"s:chars>={_LENGTHS[-1]}"


def _all_caps(text: str) -> bool:
    letters = [char for char in text[:200] if char.isalpha()]
    return len(letters) >= 4 and all(char.isupper() for char in letters)


#: Shape features that hold when their test does (tests on the stripped block).
_SHAPE_TESTS: Final = (
    ("s:all_caps", _all_caps),
    ("s:amount", lambda text: _AMOUNT.search(text) is not None),
    ("s:only_number", lambda text: _ONLY_NUMBER.match(text) is not None),
    ("s:percent", lambda text: "%" in text),
    ("s:url", lambda text: _URL.search(text) is not None),
    ("s:email", lambda text: _EMAIL.search(text) is not None),
    ("s:handle", lambda text: _HANDLE.search(text) is not None),
    ("s:phone", lambda text: _PHONE.search(text) is not None),
    ("s:leading_mark", lambda text: _LEADING_MARK.match(text) is not None),
    ("s:emoji", lambda text: _EMOJI.search(text) is not None),
    ("s:separators", lambda text: _SEPARATOR.search(text) is not None),
    ("s:copyright", lambda text: "©" in text),
    ("s:quotes", lambda text: any(mark in text for mark in '“”«»„「」"')),
    ("s:question", lambda text: "?" in text or "？" in text),
)


def _shape(text: str) -> list[str]:
    """Features of the block's form, in any language."""
    stripped = text.strip()
    last = stripped[-1:] or " "
    ending = (
        "s:ends_sentence" if last in _TERMINAL else "s:ends_colon" if last == ":" else "s:ends_open"
    )
    return [
        _length_class(stripped),
        ending,
        *(name for name, test in _SHAPE_TESTS if test(stripped)),
    ]


def block_features(text: str, index: int, count: int) -> list[str]:
    """The features of one block (``text``) at ``index`` of ``count`` blocks."""
    lowered = text.lower()
    words = [_DIGIT.sub("0", word) for word in _WORD.findall(lowered)]
    features = [f"w:{word}" for word in words]
    if len(words) <= MAX_PAIR_WORDS:
        features.extend(f"b:{first} {second}" for first, second in itertools.pairwise(words))
    for run in _DENSE_RUN.findall(lowered[:MAX_PAIR_CHARS]):
        features.extend(f"c:{run[at : at + 2]}" for at in range(len(run) - 1))
    features.extend(_shape(text))
    return features


def _is_short(text: str) -> bool:
    return len(text.strip()) < _LENGTHS[1]


def document_features(blocks: Sequence[str]) -> list[list[str]]:
    """The features of every block of a document, neighbours' shape included.

    >>> paragraph = "The council met on Monday and approved the new budget for the libraries."
    >>> rows = document_features([paragraph, "Share"])
    >>> "n:prev_long" in rows[1], "n:next_short" in rows[0]
    (True, True)
    """
    count = len(blocks)
    rows = [block_features(text, index, count) for index, text in enumerate(blocks)]
    # A word in many blocks is the document's topic ("cookies" in a story on cookie law),
    # not a widget's: a widget says its words once. Such words are left out.
    spread: Counter[str] = Counter()
    for features in rows:
        spread.update({feature for feature in features if feature.startswith("w:")})
    many = max(TOPIC_MIN_BLOCKS, int(TOPIC_SHARE * count))
    topic = {feature for feature, blocks_with in spread.items() if blocks_with >= many}
    if topic:
        rows = [[feature for feature in row if feature not in topic] for row in rows]
    for index, row in enumerate(rows):
        if index > 0:
            row.append("n:prev_short" if _is_short(blocks[index - 1]) else "n:prev_long")
        if index < count - 1:
            row.append("n:next_short" if _is_short(blocks[index + 1]) else "n:next_long")
    return rows
