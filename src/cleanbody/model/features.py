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

"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final, NamedTuple

__all__ = [
    "BlockParts",
    "amount_button",
    "block_shape",
    "char_pairs",
    "document_char_pairs",
    "document_features",
    "document_parts",
    "document_words",
    "topic_words",
    "word_pairs",
]

#: Blocks with more words than this get no word pairs: a paragraph is told by its words,
#: a widget line by its phrases, and pairs of a long paragraph cost time for nothing.
MAX_PAIR_WORDS: Final = 40
#: Blocks at least this long are paragraphs: their shape is their length and ending.
SHAPED_MAX_CHARS: Final = 200
#: Character pairs are taken from the first this many characters of a block.
MAX_PAIR_CHARS: Final = 400
#: A word in at least this many blocks of a document...
TOPIC_MIN_BLOCKS: Final = 4
#: ...and in at least this share of them is the document's topic, not a widget's word.
TOPIC_SHARE: Final = 0.25
#: An amount button or line is at most this long ("€10 / month", "Other amount: ___").
AMOUNT_BUTTON_CHARS: Final = 30
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
# A result or a clock time ("3-1", "2:0", "14:32"), not an amount.
_SCORE = re.compile(r"^\W*\d+\s*[-–:]\s*\d+\W*$")
# A number under a short currency sign of letters ("Rp25.000", "Rs 500").
_PREFIXED_NUMBER = re.compile(r"^\W*[^\W\d]{1,3}\.?\s?\d[\d\s.,]*\W*$")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net|co|io)\b")
_EMAIL = re.compile(r"\S@[^\s@]+\.\w")  # not \S+: a run of "@" would be quadratic
_HANDLE = re.compile(r"(?:^|\s)@\w")
_PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
_LEADING_MARK = re.compile("^[\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff>»›•·*▶►-]")
_EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
_SEPARATOR = re.compile(r"\s[|·•/›»]\s")
#: Marks that cling to words, turned into spaces before a document is split into words
#: (none is a word character, so the words stay the same; see :func:`document_words`).
_CLINGING_MARKS: Final = tuple(",.:;!?()\"'«»“”„’‘—–-/")
_TERMINAL = ".!?。！？…\"'”»」)"
_QUOTE_MARKS = '“”«»„「」"'


def _length_class(text: str) -> str:
    size = len(text) if text.isascii() else len(text) + 2 * len(_DENSE.findall(text[:400]))
    for limit in _LENGTHS:
        if size < limit:
            return f"s:chars<{limit}"
    return f"s:chars>={_LENGTHS[-1]}"


def _digit_shapes(text: str) -> list[str]:
    """Shapes that need a digit: an amount, a bare number or count, a phone number."""
    found = []
    if _AMOUNT.search(text):
        found.append("s:amount")
    if _ONLY_NUMBER.match(text):
        found.append("s:only_number")
    if _PHONE.search(text):
        found.append("s:phone")
    return found


def amount_button(text: str) -> bool:
    """Whether a block is a button or line of a donation widget's amounts ("₹500", "10 €").

    Its words say little (a currency, a number); its shape says it all.

    >>> [amount_button(t) for t in ("₹500", "Rp25.000", "10 € / month", "3-1", "Won 3-1.")]
    [True, True, True, False, False]
    """
    return len(text) <= AMOUNT_BUTTON_CHARS and bool(
        _DIGIT.search(text)
        and (
            _AMOUNT.search(text)
            or _PREFIXED_NUMBER.match(text)
            or (_ONLY_NUMBER.match(text) and not _SCORE.match(text))
        )
    )


def _other_shapes(text: str) -> list[str]:
    """Shapes told by marks: a URL, an address, a handle, a leading arrow, separators."""
    found = []
    if len(text) >= 4 and text.isupper():
        found.append("s:all_caps")
    if "%" in text:
        found.append("s:percent")
    if ("." in text or "/" in text) and _URL.search(text):
        found.append("s:url")
    if "@" in text:
        found.extend(
            name
            for name, pattern in (("s:email", _EMAIL), ("s:handle", _HANDLE))
            if pattern.search(text)
        )
    if _LEADING_MARK.match(text):
        found.append("s:leading_mark")
    if not text.isascii() and _EMOJI.search(text):
        found.append("s:emoji")
    if _SEPARATOR.search(text):
        found.append("s:separators")
    if "©" in text:
        found.append("s:copyright")
    if any(mark in text for mark in _QUOTE_MARKS):
        found.append("s:quotes")
    if "?" in text or "？" in text:
        found.append("s:question")
    return found


def _shape(stripped: str) -> list[str]:
    """Features of the block's form, in any language (a long paragraph: length and end)."""
    last = stripped[-1:] or " "
    ending = (
        "s:ends_sentence" if last in _TERMINAL else "s:ends_colon" if last == ":" else "s:ends_open"
    )
    features = [_length_class(stripped), ending]
    if len(stripped) < SHAPED_MAX_CHARS:
        if _DIGIT.search(stripped):
            features.extend(_digit_shapes(stripped))
        features.extend(_other_shapes(stripped))
    return features


class BlockParts(NamedTuple):
    """A block's features by kind, without prefixes (the fast form the scorer reads).

    Attributes:
        words: Its words (lowercase, digits as ``0``), the document's topic words left out.
        pairs: Two words in a row (``"support us"``), in blocks of at most
            ``MAX_PAIR_WORDS`` words.
        chars: Two characters in a row of scripts without spaces or of Hangul.
        shape: Shape and neighbour features, with their prefixes (``s:amount``).
    """

    words: frozenset[str]
    pairs: frozenset[str]
    chars: frozenset[str]
    shape: tuple[str, ...]

    def features(self) -> list[str]:
        """All features as prefixed strings, sorted (for training and explanations)."""
        return sorted(
            [f"w:{word}" for word in self.words]
            + [f"b:{pair}" for pair in self.pairs]
            + [f"c:{chars}" for chars in self.chars]
            + list(self.shape)
        )


def _block_words(lowered: str) -> list[str]:
    return _WORD.findall(_DIGIT.sub("0", lowered) if _DIGIT.search(lowered) else lowered)


def document_words(lowered: Sequence[str]) -> list[list[str]]:
    """The words of each lowercased block of a document, in order, digits as ``0``.

    The same words as ``\\w+`` finds, found faster: marks that cling to words become
    spaces in the whole document at once, and only a token that is not all letters
    then goes through the regex.
    """
    text = "\n".join(lowered)
    for mark in _CLINGING_MARKS:
        text = text.replace(mark, " ")
    blocks = text.split("\n")
    if len(blocks) != len(lowered):  # a block with a line break of its own
        return [_block_words(block) for block in lowered]
    found = []
    for block in blocks:
        words: list[str] = []
        for token in block.split():
            if token.isalpha():  # letters are word characters, and no digit
                words.append(token)
            else:
                words.extend(_block_words(token))
        found.append(words)
    return found


def word_pairs(words: Sequence[str]) -> frozenset[str]:
    """Two words in a row (``"support us"``); none past ``MAX_PAIR_WORDS`` words."""
    if len(words) > MAX_PAIR_WORDS:
        return frozenset()
    return frozenset(f"{first} {second}" for first, second in itertools.pairwise(words))


def char_pairs(lowered: str) -> frozenset[str]:
    """Two characters in a row of a script without spaces, in the block's first part."""
    if lowered.isascii():
        return frozenset()
    return frozenset(
        run[at : at + 2]
        for run in _DENSE_RUN.findall(lowered[:MAX_PAIR_CHARS])
        for at in range(len(run) - 1)
    )


def document_char_pairs(lowered: Sequence[str]) -> list[frozenset[str]]:
    """The character pairs of each lowercased block (none, in most documents)."""
    if not _DENSE.search("\n".join(lowered)):  # one scan instead of one per block
        return [frozenset()] * len(lowered)
    return [char_pairs(block) for block in lowered]


def topic_words(word_sets: Sequence[Iterable[str]]) -> set[str]:
    """The words in so many of a document's blocks that they are its topic.

    Args:
        word_sets: Each block's words, each word once (a set, or a part of one: only
            the words given can be found to be topic).
    """
    count = len(word_sets)
    many = max(TOPIC_MIN_BLOCKS, int(TOPIC_SHARE * count))
    if count < many:
        return set()
    spread = Counter(itertools.chain.from_iterable(word_sets))
    # Counted and filtered in C: a page has a few hundred distinct words.
    return set(itertools.compress(spread.keys(), map(many.__le__, spread.values())))


def block_shape(blocks: Sequence[str], index: int) -> list[str]:
    """The shape features of block ``index`` and of its neighbours."""
    shape = _shape(blocks[index].strip())
    if index > 0:
        shape.append("n:prev_short" if len(blocks[index - 1]) < _LENGTHS[1] else "n:prev_long")
    if index < len(blocks) - 1:
        shape.append("n:next_short" if len(blocks[index + 1]) < _LENGTHS[1] else "n:next_long")
    return shape


def document_parts(blocks: Sequence[str]) -> list[BlockParts]:
    """The features of every block of a document, by kind.

    A word in many blocks is the document's topic ("cookies" in a story on cookie law),
    not a widget's: a widget says its words once. Such words are left out. Neighbours'
    shape is added: a widget's labels and buttons come in runs of short lines.
    """
    lowered = [text.lower() for text in blocks]
    split = document_words(lowered)
    word_sets = [frozenset(words) for words in split]
    topic = topic_words(word_sets)
    chars = document_char_pairs(lowered)
    return [
        BlockParts(
            word_sets[index] - topic if topic else word_sets[index],
            word_pairs(split[index]),
            chars[index],
            tuple(block_shape(blocks, index)),
        )
        for index in range(len(blocks))
    ]


def document_features(blocks: Sequence[str]) -> list[list[str]]:
    """The features of every block of a document as prefixed strings.

    >>> paragraph = "The council met on Monday and approved the new budget for the libraries."
    >>> rows = document_features([paragraph, "Donate €10 now"])
    >>> "n:prev_long" in rows[1], "n:next_short" in rows[0]
    (True, True)
    >>> [feature for feature in rows[1] if feature[0] in "bs"]
    ['b:00 now', 'b:donate 00', 's:amount', 's:chars<20', 's:ends_open']
    """
    return [parts.features() for parts in document_parts(blocks)]
