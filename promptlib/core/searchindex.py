"""Which folded texts hold a word, without reading the texts on a keystroke.

Search must answer a keystroke within a frame at 100,000 templates (docs/ARCHITECTURE.md,
"Performance targets"). Reading every template's text for a word costs 15-45 ms there
even at C speed (`str.__contains__` over ~400 characters a text), so a keystroke must
not read the texts at all. A query word holds no whitespace, so it occurs in a text
exactly when it occurs inside one of the text's words (its whitespace-separated
tokens). `TextIndex` therefore keeps, built in idle time (`prepare`):

- the vocabulary: every distinct token, with the texts holding it (postings);
- for each single character, the texts holding it, as a bitset (Python int, bit i for
  text i): a one-letter query matches most tokens, so it is answered from these.

A word of two or more characters is answered from the tokens holding it: the
vocabulary is searched (at C speed; a longer word searches only the tokens its start
matched at the previous keystroke) and their postings are joined. A frequent token's
postings are a bitset, a rare one's a tuple of positions, whichever is smaller.
Answers are exact: the texts holding the word, as a plain scan finds them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from itertools import compress, repeat
from operator import contains

KEPT_WORDS = 64   # recent answers kept for the next keystroke
_STEP = 400       # texts tokenised per idle step (~10 ms)
_SEAL_STEP = 200_000  # positions turned into postings per idle step (~10 ms)

# _PLANES[k] maps a byte to its bit k (0 or 1): bytes.translate unpacks bit k of every byte.
_PLANES = [bytes((value >> bit) & 1 for value in range(256)) for bit in range(8)]


class TextIndex:
    """Tokens and characters of a fixed number of texts; `holding(word)` is exact.

    The texts are given whole (`TextIndex(texts)`, then `prepare`), or one at a time at
    their positions (`TextIndex(size=n)`, `add`, then `prepare`): the catalog streams
    100,000 templates' folded texts through `add` and keeps none of them.
    """

    def __init__(self, texts: Sequence[str] = (), *, size: int | None = None) -> None:
        self.texts = list(texts)     # read before the index is ready; dropped once it is
        self.size = len(self.texts) if size is None else size
        self.everything = (1 << self.size) - 1
        self.ready = False
        self.texts_read = 0     # texts read to answer a word: 0 once the index is ready
        self._vocabulary: list[str] = []
        self._postings: list[int | tuple[int, ...]] = []
        self._characters: dict[str, int] = {}
        self._words: dict[str, tuple[int, list[int]]] = {}   # word -> (bitset, token numbers)
        # token -> its positions until sealed: a list, or once the token is frequent one
        # byte per text (a list of 100,000 positions is 800 KB, the bytes 100 KB).
        self._adding: dict[str, list[int] | bytearray] = {}
        self._dense = max(1, self.size // 64)   # more positions than this: a bitset when sealed
        self._character_selectors: dict[str, bytearray] = {}  # character -> one byte per text

    def __len__(self) -> int:
        return self.size

    def add(self, position: int, text: str) -> None:
        """Index *text* as the text at *position* (each position once, before `prepare`)."""
        postings = self._adding
        for token in set(text.split()):
            found = postings.get(token)
            if found is None:
                postings[token] = [position]
            elif type(found) is list:
                found.append(position)
                if len(found) > self._dense:
                    dense = postings[token] = bytearray(self.size)
                    deque(map(dense.__setitem__, found, repeat(1)), 0)
            else:
                found[position] = 1
        selectors = self._character_selectors
        for character in set(text):
            held = selectors.get(character)
            if held is None:
                held = selectors[character] = bytearray(self.size)
            held[position] = 1

    def prepare(self) -> Iterator[None]:
        """Build the index, a short step at a time (for idle time); `ready` when done."""
        for start in range(0, len(self.texts), _STEP):
            for position, text in enumerate(self.texts[start:start + _STEP], start):
                self.add(position, text)
            yield None
        # A bitset costs size/8 bytes, a tuple 8 bytes a position.
        postings, self._adding = self._adding, {}
        self._vocabulary = list(postings)
        self._postings = []
        work = 0
        for token in self._vocabulary:
            held = postings.pop(token)   # each freed as soon as it is sealed
            if type(held) is bytearray:
                self._postings.append(pack(held))
                work += self.size // 8
            else:
                self._postings.append(self.bitset(held) if len(held) > self._dense else tuple(held))
                work += len(held) + 50
            if work > _SEAL_STEP:
                work = 0
                yield None
        selectors, self._character_selectors = self._character_selectors, {}
        for character in sorted(selectors):
            self._characters[character] = pack(selectors.pop(character))
            yield None
        self.texts = []
        self.ready = True
    def holding(self, word: str) -> int:
        """The bitset of the texts holding *word* (non-empty, no whitespace)."""
        if len(word) == 1:
            known = self._characters.get(word)
            if known is None:
                known = self._characters[word] = self._read(word) if not self.ready else 0
            return known
        if not self.ready:
            return self._read(word)
        kept = self._words.pop(word, None)
        if kept is None:
            start = self._words.get(word[:-1])
            # Every token holding the word holds its start: search only those.
            tokens = start[1] if start is not None else range(len(self._vocabulary))
            vocabulary = self._vocabulary
            matched = list(compress(tokens, map(contains, map(vocabulary.__getitem__, tokens), repeat(word))))
            kept = (self._join(matched), matched)
        self._words[word] = kept   # (re)inserted as the most recent
        while len(self._words) > KEPT_WORDS:
            del self._words[next(iter(self._words))]
        return kept[0]

    def _join(self, tokens: list[int]) -> int:
        bits = 0
        selectors: bytearray | None = None
        for token in tokens:
            held = self._postings[token]
            if isinstance(held, int):
                bits |= held
            else:
                if selectors is None:
                    selectors = bytearray(self.size)
                deque(map(selectors.__setitem__, held, repeat(1)), 0)
        return bits | pack(selectors) if selectors is not None else bits

    def _read(self, word: str) -> int:
        """The plain way, before the index is ready: read every text."""
        self.texts_read += len(self.texts)
        return _read(self.texts, word) if self.texts else 0

    def positions(self, bits: int) -> list[int]:
        """The positions set in *bits*, in order."""
        if not bits:
            return []
        size = self.size
        packed = bits.to_bytes((size + 7) // 8, "little")
        selectors = bytearray(len(packed) * 8)
        for bit, plane in enumerate(_PLANES):
            selectors[bit::8] = packed.translate(plane)
        return list(compress(_numbers(size), selectors))

    def bitset(self, positions: Sequence[int]) -> int:
        """The bitset of *positions*."""
        selectors = bytearray(self.size)
        deque(map(selectors.__setitem__, positions, repeat(1)), 0)
        return pack(selectors)


_NUMBERS: list[int] = []


def _numbers(size: int) -> list[int]:
    """0, 1, ... size-1 made once: a keystroke's answer then copies these ints instead of
    making up to 100,000 new ones (~1 ms instead of ~2.2 ms here)."""
    if len(_NUMBERS) < size:
        _NUMBERS.extend(range(len(_NUMBERS), size))
    return _NUMBERS


def _read(texts: list[str], word: str) -> int:
    """The bitset of *texts* holding *word*, read at C speed."""
    return pack(bytes(map(contains, texts, repeat(word))))


def pack(selectors: bytes | bytearray) -> int:
    """The bitset whose bit i is set when selectors[i] is 1: the sum of its eight bit
    planes, each read at C speed as a little-endian number with one byte per bit."""
    return sum(int.from_bytes(selectors[bit::8], "little") << bit for bit in range(8))
