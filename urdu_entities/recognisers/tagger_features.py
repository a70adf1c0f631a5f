"""Token features for the sequence tagger: pure functions of a :class:`Document` and the
gazetteer membership of its tokens.

Training (``scripts/train_tagger.py``) and tagging (:mod:`urdu_entities.tagger`) both call
:func:`gazetteer_tags` and :func:`sentence_features`, so the model always sees features
computed the same way. Feature names are short strings; a feature is present or absent.

The features are chosen to carry across domains: the word and its consonant skeleton,
affixes, gazetteer membership by type, titles and designations before a name, initials
written in Urdu, reporting verbs after it, postpositions, ordinary words (counted in training text,
:mod:`urdu_entities.lang.common_words`) on and next to the token, Latin script and position
in the sentence. Changing any of them changes :data:`FEATURES_VERSION`, and the shipped model must
be retrained.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache

from urdu_entities.gazetteer.index import Gazetteer
from urdu_entities.lang import cues
from urdu_entities.lang.common_words import ORDINARY_WORDS
from urdu_entities.lang.letters_fold import SKELETON_DROP, SKELETON_FOLD
from urdu_entities.lang.postpositions import POSTPOSITIONS
from urdu_entities.lang.titles import TITLE_GAP, TITLES
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document
from urdu_entities.text.edges import title_size
from urdu_entities.text.lexicon import is_known_name_part, is_letter_name
from urdu_entities.text.tokenize import Sentence, TokenKind

#: Bumped whenever a feature changes; stored with the model and checked on load.
FEATURES_VERSION = 4

_SKELETON = str.maketrans({**SKELETON_FOLD, **{c: None for c in SKELETON_DROP}})
_TITLE_FIRST = frozenset(t.split()[0] for t in TITLES)
_KIND = {
    TokenKind.WORD: "w",
    TokenKind.NUMBER: "n",
    TokenKind.LATIN: "l",
    TokenKind.OTHER_WORD: "o",
    TokenKind.PUNCT: "p",
}


def gazetteer_tags(doc: Document, gazetteer: Gazetteer | None) -> list[str]:
    """Gazetteer membership of each token: ``B-PER``/``I-PER``/... for tokens inside a
    gazetteer match (longest match first, no overlaps), with ``?`` appended when the match
    is on an ambiguous form that needs context; ``""`` outside matches."""
    if gazetteer is None or not len(gazetteer):
        return [""] * len(doc.tokens)
    return membership_tags(doc, gazetteer.find(doc))


def membership_tags(doc: Document, matches: Iterable[Candidate]) -> list[str]:
    """:func:`gazetteer_tags` from gazetteer matches found already (candidates with a
    gazetteer ``entry``; others are ignored)."""
    tags = [""] * len(doc.tokens)
    found = sorted(
        (c for c in matches if c.entry is not None),
        key=lambda c: (c.tok_start - c.tok_end, c.tok_start),
    )
    for c in found:
        span = range(c.tok_start, c.tok_end)
        if any(tags[k] for k in span):
            continue
        mark = "?" if c.needs_context else ""
        label = c.label.value
        for k in span:
            tags[k] = ("B-" if k == c.tok_start else "I-") + label + mark
    return tags


def _titles(words: Sequence[str]) -> tuple[list[bool], list[bool]]:
    """Which tokens are inside a title, and which tokens directly follow one (a comma may
    stand between)."""
    n = len(words)
    inside = [False] * n
    after = [False] * n
    for i, word in enumerate(words):
        if word not in _TITLE_FIRST:
            continue
        size = title_size(words, i)
        if size:
            for k in range(i, i + size):
                inside[k] = True
            end = i + size
            if end < n:
                after[end] = True
                if words[end] in TITLE_GAP and end + 1 < n:
                    after[end + 1] = True
    return inside, after


def _shape(text: str) -> str:
    if text[:1].isupper():
        return "X" if text.isupper() and len(text) > 1 else "Xx"
    return "x"


@lru_cache(maxsize=65536)
def _unigram(text: str, kind: TokenKind) -> tuple[str, ...]:
    """Features of a token on its own (cached: words repeat)."""
    return tuple(_unigram_list(text, kind))


def _unigram_list(text: str, kind: TokenKind) -> list[str]:
    k = _KIND[kind]
    if kind is TokenKind.LATIN:
        low = text.casefold()
        return ["k=l", "w=" + low, "shape=" + _shape(text), "s2=" + low[-2:]]
    if kind is TokenKind.NUMBER:
        return ["k=n", "len=" + str(min(len(text), 5))]
    if kind is TokenKind.PUNCT:
        return ["k=p", "w=" + text]
    n = len(text)
    feats = ["k=" + k, "w=" + text, "len=" + str(min(n, 7))]
    if n >= 3:
        feats += [
            "p2=" + text[:2],
            "p3=" + text[:3],
            "s1=" + text[-1],
            "s2=" + text[-2:],
            "s3=" + text[-3:],
        ]
        if n >= 5:
            feats.append("sk=" + text.translate(_SKELETON))
    if text in POSTPOSITIONS:
        feats.append("pp")
    if is_letter_name(text):
        feats.append("init")
    if is_known_name_part(text):
        feats.append("given")
    if text in cues.ORG_HEADS:
        feats.append("orghead")
    if text in cues.PLACE_WORDS:
        feats.append("placeword")
    if text in cues.DIRECTION_WORDS:
        feats.append("dir")
    if text in cues.DESIGNATIONS:
        feats.append("desig")
    if text in cues.NATIONALITIES:
        feats.append("nat")
    if text in cues.GROUP_NOUNS:
        feats.append("group")
    if text in ORDINARY_WORDS:
        feats.append("ord")
    return feats


_START = ("<s>", TokenKind.PUNCT)
_END = ("</s>", TokenKind.PUNCT)


@lru_cache(maxsize=65536)
def _as_left(text: str, kind: TokenKind | None) -> tuple[str, ...]:
    """What a token contributes to the features of the token after it."""
    word = text.casefold() if kind is TokenKind.LATIN else text
    feats = ["w-1=" + word]
    if kind is None:
        return tuple(feats)
    if word in POSTPOSITIONS:
        feats.append("pp-1")
    if is_letter_name(word):
        feats.append("init-1")
    if is_known_name_part(word):
        feats.append("given-1")
    if word in cues.DESIGNATIONS:
        feats.append("desig-1")
    if word in cues.NATIONALITIES:
        feats.append("nat-1")
    if word in ORDINARY_WORDS:
        feats.append("ord-1")
    return tuple(feats)


@lru_cache(maxsize=65536)
def _as_right(text: str, kind: TokenKind | None) -> tuple[str, ...]:
    """What a token contributes to the features of the token before it."""
    word = text.casefold() if kind is TokenKind.LATIN else text
    feats = ["w+1=" + word]
    if kind is None:
        return tuple(feats)
    if word in POSTPOSITIONS:
        feats.append("pp+1")
    if is_letter_name(word):
        feats.append("init+1")
    if is_known_name_part(word):
        feats.append("given+1")
    if word in cues.ORG_HEADS:
        feats.append("orghead+1")
    if word in cues.GROUP_NOUNS:
        feats.append("group+1")
    if word in ORDINARY_WORDS:
        feats.append("ord+1")
    return tuple(feats)


def _reporting(words: Sequence[str], kinds: Sequence[TokenKind]) -> list[tuple[str, ...]]:
    """``ne+1``..``ne+3`` (and ``rv`` when a reporting verb follows) for each token that
    stands up to three words before ``نے`` with no punctuation between."""
    n = len(words)
    out: list[tuple[str, ...]] = [()] * n
    for j, word in enumerate(words):
        if word != cues.ERGATIVE:
            continue
        rv = j + 1 < n and words[j + 1] in cues.REPORTING_VERBS
        for gap in (1, 2, 3):
            i = j - gap
            if i < 0:
                break
            if not out[i]:
                out[i] = (f"ne+{gap}", "rv") if rv else (f"ne+{gap}",)
            if kinds[i] is TokenKind.PUNCT or words[i] == cues.ERGATIVE:
                break
    return out


_POS = ("pos=0", "pos=1", "pos=2", "pos=3")

#: Entries a part cache holds before it is emptied (words repeat; a long text of new words
#: must not grow it without bound).
_CACHE_LIMIT = 65536

Feature = str | bytes
Piece = tuple[Feature, ...]


class _Parts:
    """The pieces a token's features are put together from, cached per distinct word.

    With a ``vocabulary`` (feature → its UTF-8 bytes, for the features a model knows), every
    piece is kept as just the known features, encoded: crfsuite skips the features its model
    lacks, so the model scores the same, in the same order, but nothing unknown is handed
    to it and nothing is encoded twice. Without one, pieces are the plain feature strings.
    """

    def __init__(self, vocabulary: Mapping[str, bytes] | None) -> None:
        self.vocabulary = vocabulary
        self._unigrams: dict[str, tuple[Feature, ...]] = {}
        self._lefts: dict[str, tuple[Feature, ...]] = {}
        self._rights: dict[str, tuple[Feature, ...]] = {}
        self._constants: dict[str, tuple[Feature, ...]] = {}
        self._tuples: dict[tuple[str, ...], tuple[Feature, ...]] = {}
        self.start_left = self.encode(_as_left("<s>", None))
        self.end_right = self.encode(_as_right("</s>", None))
        self.pos = tuple(self.const(p) for p in _POS)
        self.bias = self.const("b")

    def encode(self, feats: Iterable[str]) -> tuple[Feature, ...]:
        known = self.vocabulary
        if known is None:
            return tuple(feats)
        return tuple(known[f] for f in feats if f in known)

    def const(self, feat: str) -> tuple[Feature, ...]:
        """A single feature, as a piece: empty when the model does not know it."""
        piece = self._constants.get(feat)
        if piece is None:
            piece = self._constants[feat] = self.encode((feat,))
        return piece

    def group(self, feats: tuple[str, ...]) -> tuple[Feature, ...]:
        piece = self._tuples.get(feats)
        if piece is None:
            piece = self._tuples[feats] = self.encode(feats)
        return piece

    def _pieces(
        self,
        cache: dict[str, tuple[Feature, ...]],
        make: Callable[[str, TokenKind], tuple[str, ...]],
        texts: Sequence[str],
        kinds: Sequence[TokenKind],
    ) -> list[Piece]:
        # A token's kind follows from its text (the tokeniser classifies by the first
        # character), so the text alone keys the cache.
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        found = list(map(cache.get, texts))
        if None in found:
            for k, piece in enumerate(found):
                if piece is None:
                    found[k] = cache[texts[k]] = self.encode(make(texts[k], kinds[k]))
        return found  # type: ignore[return-value]

    def unigrams(self, texts: Sequence[str], kinds: Sequence[TokenKind]) -> list[Piece]:
        return self._pieces(self._unigrams, _unigram, texts, kinds)

    def lefts(self, texts: Sequence[str], kinds: Sequence[TokenKind]) -> list[Piece]:
        return self._pieces(self._lefts, _as_left, texts, kinds)

    def rights(self, texts: Sequence[str], kinds: Sequence[TokenKind]) -> list[Piece]:
        return self._pieces(self._rights, _as_right, texts, kinds)


_PLAIN = _Parts(None)
_BY_VOCABULARY: dict[int, _Parts] = {}


def _parts(vocabulary: Mapping[str, bytes] | None) -> _Parts:
    if vocabulary is None:
        return _PLAIN
    parts = _BY_VOCABULARY.get(id(vocabulary))
    if parts is None or parts.vocabulary is not vocabulary:
        parts = _BY_VOCABULARY[id(vocabulary)] = _Parts(vocabulary)
    return parts


def sentence_features(
    doc: Document,
    sentence: Sentence,
    gaz: Sequence[str],
    vocabulary: Mapping[str, bytes] | None = None,
) -> list[list[Feature]]:
    """Features of each token of one sentence; context stops at the sentence's edges.

    ``gaz`` is :func:`gazetteer_tags` of the whole document (or ``""`` for every token when
    gazetteer features are to be left out). With ``vocabulary`` (a model's features → their
    UTF-8 bytes) only the features it lists are returned, encoded (see :class:`_Parts`).

    A token's features, in this order: ``b``, its own (:func:`_unigram`), its left
    neighbour's (:func:`_as_left`), its right neighbour's (:func:`_as_right`), its position,
    the ergative cues (:func:`_reporting`), then the context block below, which runs only
    for tokens where some context feature can apply."""
    start, end = sentence.start, sentence.end
    texts = doc.token_texts[start:end]
    kinds = doc.token_kinds[start:end]
    n = len(texts)
    if not n:
        return []
    words = [t.casefold() if k is TokenKind.LATIN else t for t, k in zip(texts, kinds, strict=True)]
    tags = gaz[start:end]
    in_title, after_title = _titles(words)
    reporting = _reporting(words, kinds)
    place = [w in cues.PLACE_WORDS for w in words]
    parts = _parts(vocabulary)
    pos = parts.pos
    positions = [*pos[: min(n, 3)], *[pos[3]] * (n - 3)]
    lefts = [parts.start_left, *parts.lefts(texts, kinds)[:-1]]
    rights = [*parts.rights(texts, kinds)[1:], parts.end_right]
    bias, group = parts.bias, parts.group
    out: list[list[Feature]] = [
        [*bias, *u, *left, *right, *p, *(group(r) if r else ())]
        for u, left, right, p, r in zip(
            parts.unigrams(texts, kinds), lefts, rights, positions, reporting, strict=True
        )
    ]
    # Tokens where a context feature may apply: the last, those in or next to a gazetteer
    # match, a title or a place word. Elsewhere every condition below is false.
    context = {n - 1}
    for k in range(n):
        if tags[k] or place[k]:
            context.update((k - 1, k, k + 1))
        elif after_title[k]:
            context.update((k, k + 1))
        elif in_title[k]:
            context.add(k)
    const = parts.const
    for i in sorted(context):
        if not 0 <= i < n:
            continue
        feats = out[i]
        if i == n - 1:
            feats.extend(const("last"))
        # Gazetteer membership of this token and its neighbours.
        tag = tags[i]
        if tag:
            feats.extend(const("g=" + tag))
            feats.extend(const("gt=" + tag[2:]))
        if i and tags[i - 1]:
            feats.extend(const("g-1=" + tags[i - 1]))
        if i + 1 < n and tags[i + 1]:
            feats.extend(const("g+1=" + tags[i + 1]))
        # Titles and designations.
        if in_title[i]:
            feats.extend(const("title"))
        if after_title[i]:
            feats.extend(const("after_title"))
        elif i and after_title[i - 1] and not in_title[i - 1]:
            feats.extend(const("after_title2"))
        if (i and place[i - 1]) or (i + 1 < n and place[i + 1]):
            feats.extend(const("placeword±1"))
    return out
