"""Splitting words that lost their spaces: ``دوہزارچھ`` → ``دو`` ``ہزار`` ``چھ``.

Urdu text often drops the space between words whose last letter does not join the next one,
so one token can hold several words. A :class:`Segmenter` splits a token into the fewest
pieces of a closed vocabulary (the date grammar's words, for instance) and accepts the split
only when one piece is an *anchor*, a word that shows the vocabulary really is being used.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

_CACHE_LIMIT = 1 << 16  # distinct words remembered; cleared when full


class Segmenter:
    """Fewest-pieces splits of words into ``vocabulary``.

    Args:
        vocabulary: the pieces a word may be split into.
        anchors: a split counts only if one of its pieces is an anchor.
        keep: words never split (they are pieces themselves, or start an expression).
        min_length, max_length: only words of this many characters are tried.
    """

    def __init__(
        self,
        vocabulary: Iterable[str],
        anchors: Iterable[str],
        *,
        keep: Iterable[str] = (),
        min_length: int = 3,
        max_length: int = 24,
    ) -> None:
        self._vocabulary = frozenset(vocabulary)
        self._anchors = frozenset(anchors)
        self._keep = frozenset(keep) | self._vocabulary
        self._longest = max(map(len, self._vocabulary), default=0)
        self._min = min_length
        self._max = max_length
        self._cache: dict[str, tuple[str, ...] | None] = {}
        self._glued: set[str] = set()  # the cached words that do split

    def split(self, word: str) -> tuple[str, ...] | None:
        """The pieces of ``word`` (two or more), or ``None`` when it is not glued."""
        cache = self._cache
        if word in cache:
            return cache[word]
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
            self._glued.clear()
        found = None
        if self._min <= len(word) <= self._max and word not in self._keep:
            found = self._split(word)
        cache[word] = found
        if found is not None:
            self._glued.add(word)
        return found

    def splits(self, words: Sequence[str]) -> list[tuple[int, tuple[str, ...]]]:
        """``(index, pieces)`` for every word of ``words`` that splits, in order."""
        distinct = set(words)
        cache = self._cache
        for word in [w for w in distinct if w not in cache]:
            self.split(word)
        glued = distinct & self._glued
        if not glued:
            return []
        return [
            (i, pieces)
            for i, w in enumerate(words)
            if w in glued and (pieces := cache[w]) is not None
        ]

    def _split(self, word: str) -> tuple[str, ...] | None:
        vocabulary = self._vocabulary
        n = len(word)
        # best[end] = (pieces, start of the last piece) of the best split of word[:end]
        best: list[tuple[int, int] | None] = [None] * (n + 1)
        best[0] = (0, 0)
        for end in range(1, n + 1):
            chosen: tuple[int, int] | None = None
            for start in range(max(0, end - self._longest), end):
                prev = best[start]
                if prev is None or word[start:end] not in vocabulary:
                    continue
                if chosen is None or prev[0] + 1 < chosen[0]:
                    chosen = (prev[0] + 1, start)
            best[end] = chosen
        last = best[n]
        if last is None or last[0] < 2:
            return None
        pieces: list[str] = []
        end = n
        while end:
            step = best[end]
            assert step is not None
            pieces.append(word[step[1] : end])
            end = step[1]
        pieces.reverse()
        return tuple(pieces) if any(p in self._anchors for p in pieces) else None
