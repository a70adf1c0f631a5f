"""Where in a document a gazetteer match can start: the fast layer of the finder.

The finder (:meth:`~urdu_entities.gazetteer.index.Gazetteer.find`) walks forward from a
token while its window is still a prefix of some key, trying name keys, skeletons and names
glued to the next word. That walk is exact but costs Python work per token. This module
finds, in whole-text steps, the few tokens where the walk can find anything, so that it runs
only there; elsewhere it provably finds nothing:

* A name-key match or a glued match from token ``i`` spells a name key (without spaces)
  starting with token ``i``'s word, in the document's *word stream* (the words run together,
  a break mark for each punctuation token). So token ``i`` must start an occurrence of some
  key in that stream.
* A skeleton match from token ``i`` is a skeleton key equal to the words' skeletons joined
  by spaces from token ``i`` on, in the *skeleton stream*.

Occurrences are found by an Aho-Corasick automaton (``pyahocorasick``, one C pass over each
stream). Until a gazetteer has screened :data:`AUTOMATON_AFTER_TOKENS` tokens, and always for
a gazetteer of more than :data:`AUTOMATON_MAX_KEYS` keys (an automaton over millions of keys
takes minutes and gigabytes to build), a cheaper screen stands in: a set of each key's first
:data:`PREFIX_CHARS` characters (and of the keys shorter than that), probed at every token
start. Same guarantee, looser filter, no build cost on the first call.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import accumulate

import ahocorasick

from urdu_entities.gazetteer.keys import variant_fold

#: Stands for a punctuation token in the streams: no key contains it.
BREAK = "\x00"
#: Up to this many keys (of one kind) a gazetteer's starts are found by an automaton.
AUTOMATON_MAX_KEYS = 300_000
#: Tokens screened with the prefix sets before the automata are built (~50 ms for the
#: shipped gazetteer), so that a short first call does not pay for them.
AUTOMATON_AFTER_TOKENS = 30_000
#: Key prefix length the prefix screen probes with.
PREFIX_CHARS = 6


class _Screen:
    """Token starts in a stream where some key may begin."""

    def starts(self, stream: str, positions: Sequence[int]) -> set[int]:
        """Indices ``i`` such that a key occurs in ``stream`` at ``positions[i]``."""
        raise NotImplementedError


class _Automaton(_Screen):
    def __init__(self, keys: Iterable[str]) -> None:
        automaton = ahocorasick.Automaton()
        for key in keys:
            if key:
                automaton.add_word(key, len(key) - 1)
        self._automaton = automaton
        self._empty = not len(automaton)
        if not self._empty:
            automaton.make_automaton()

    def starts(self, stream: str, positions: Sequence[int]) -> set[int]:
        if self._empty:
            return set()
        at = dict(zip(positions, range(len(positions)), strict=True))
        get = at.get
        found = {get(end - back) for end, back in self._automaton.iter(stream)}
        found.discard(None)
        return found  # type: ignore[return-value]


class _Prefixes(_Screen):
    def __init__(self, keys: Iterable[str]) -> None:
        heads: set[str] = set()
        short: set[str] = set()
        for key in keys:
            if len(key) >= PREFIX_CHARS:
                heads.add(key[:PREFIX_CHARS])
            elif key:
                short.add(key)
        self._heads = heads
        self._short = short
        self._short_lengths = sorted({len(k) for k in short})

    def starts(self, stream: str, positions: Sequence[int]) -> set[int]:
        heads, short, width = self._heads, self._short, PREFIX_CHARS
        found = {i for i, p in enumerate(positions) if stream[p : p + width] in heads}
        for length in self._short_lengths:
            found.update(i for i, p in enumerate(positions) if stream[p : p + length] in short)
        return found


class StartScreen:
    """The fast layer over one gazetteer's name keys (without spaces), skeleton keys and
    variant keys (name keys with the letters of spelling variants folded by
    :func:`~urdu_entities.gazetteer.keys.variant_fold`, as ``LayerKeys.variant_sorted`` holds them,
    matched against the word stream folded the same way); each list without repeats."""

    def __init__(
        self,
        compact_keys: Sequence[str],
        skeleton_keys: Sequence[str],
        variant_keys: Sequence[str] = (),
    ) -> None:
        folded = list(variant_keys)
        self._keys = (compact_keys, skeleton_keys, folded)
        self._names: _Screen = _Prefixes(compact_keys)
        self._skeletons: _Screen = _Prefixes(skeleton_keys)
        self._variants: _Screen = _Prefixes(folded)
        self._screened = 0
        self._final = (
            max(len(compact_keys), len(skeleton_keys), len(folded)) > AUTOMATON_MAX_KEYS
        )

    def _upgrade(self, tokens: int) -> None:
        self._screened += tokens
        if self._screened >= AUTOMATON_AFTER_TOKENS:
            self._final = True
            compact_keys, skeleton_keys, folded = self._keys
            self._names, self._skeletons = _Automaton(compact_keys), _Automaton(skeleton_keys)
            self._variants = _Automaton(folded)

    def starts(self, words: Sequence[str], skeletons: Sequence[str]) -> list[int]:
        """Token indices where the finder's walk may find a match, in order.

        ``words`` are the tokens' match words (``""`` for punctuation), ``skeletons`` their
        word skeletons (``""`` for punctuation)."""
        if not self._final:
            self._upgrade(len(words))
        pieces = [w or BREAK for w in words]
        positions = list(accumulate(map(len, pieces), initial=0))
        positions.pop()
        found = self._names.starts("".join(pieces), positions)
        folded = [variant_fold(piece) for piece in pieces]
        folded_positions = list(accumulate(map(len, folded), initial=0))
        folded_positions.pop()
        found |= self._variants.starts("".join(folded), folded_positions)
        pieces = [s if w else BREAK for w, s in zip(words, skeletons, strict=True)]
        # Joined by spaces: token i starts after i separators.
        positions = [p + i for i, p in enumerate(accumulate(map(len, pieces), initial=0))]
        positions.pop()
        found |= self._skeletons.starts(" ".join(pieces), positions)
        return sorted(found)
