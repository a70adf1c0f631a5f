"""Gazetteer: an index of known names and the longest-match finder over a document.

Entries come in *layers*: entries added later by the user (``Pipeline(gazetteers=...)`` or
:meth:`Gazetteer.add`) take precedence over earlier ones (the shipped data) when both claim
the same form.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import keys
from .candidates import Candidate
from .document import Document
from .gazetteer_io import Problem, SourcedEntry, read_file
from .models import GazetteerEntry
from .tokenize import TokenKind

#: Longest name, in tokens, that the finder looks for.
MAX_TOKENS = 10
#: A name glued to the next word (``فورمحکام``) is split only if the rest is this long.
MIN_GLUED_REST = 2

_EXACT, _COMPACT, _SKELETON, _GLUED = "exact", "compact", "skeleton", "glued"
_SCORES = {_EXACT: 1.0, _COMPACT: 0.95, _SKELETON: 0.85, _GLUED: 0.8}


@dataclass(frozen=True, slots=True)
class Record:
    """An indexed entry: the validated entry plus where it came from."""

    entry: GazetteerEntry
    layer: int
    path: str
    line: int
    #: Diacritised spellings of ambiguous forms (``کِم`` for ``کم``): the marks alone show
    #: the word is the name, so a match written exactly so needs no further context.
    marked: frozenset[str] = frozenset()

    @property
    def id(self) -> str | None:
        return self.entry.ids.best()


@dataclass(frozen=True, slots=True)
class LookupHit:
    """Why a surface form resolves to an entry (see :meth:`Gazetteer.lookup`)."""

    record: Record
    level: str
    key: str
    ambiguous: bool


class _Index:
    """key → packed hits; a hit is ``record_index * 2 + ambiguous``."""

    __slots__ = ("_multi", "_single")

    def __init__(self) -> None:
        self._single: dict[str, int] = {}
        self._multi: dict[str, list[int]] = {}

    def add(self, key: str, hit: int) -> None:
        first = self._single.setdefault(key, hit)
        if first != hit:
            bucket = self._multi.setdefault(key, [first])
            if hit not in bucket:
                bucket.append(hit)

    def get(self, key: str) -> list[int]:
        first = self._single.get(key)
        if first is None:
            return []
        return self._multi.get(key, [first])

    def keys(self) -> Iterable[str]:
        return self._single.keys()

    def conflicting(self) -> Iterable[tuple[str, list[int]]]:
        return self._multi.items()

    def __len__(self) -> int:
        return len(self._single)


def _has_prefix(sorted_keys: Sequence[str], prefix: str) -> bool:
    i = bisect_left(sorted_keys, prefix)
    return i < len(sorted_keys) and sorted_keys[i].startswith(prefix)


class Gazetteer:
    """Known names, indexed for matching over normalised tokens."""

    def __init__(self, entries: Iterable[GazetteerEntry] = ()) -> None:
        self._records: list[Record] = []
        self._exact = _Index()
        self._compact = _Index()
        self._skeleton = _Index()
        self._prefix_lock = threading.Lock()
        self._compact_sorted: list[str] | None = None
        self._skeleton_sorted: list[str] | None = None
        self._layers = 0
        entries = list(entries)
        if entries:
            self.add_entries(entries)

    # ------------------------------------------------------------------ building
    @classmethod
    def from_files(cls, paths: Iterable[str | Path]) -> Gazetteer:
        """Load files in order; later files take precedence. All files are validated before
        any is indexed, so a bad file leaves nothing half loaded."""
        gazetteer = cls()
        gazetteer.add_files(paths)
        return gazetteer

    def add_files(self, paths: Iterable[str | Path]) -> None:
        """Add files as one new layer each; raises :class:`GazetteerError` before changing
        anything if any file is invalid."""
        loaded = [read_file(p) for p in paths]
        for sourced in loaded:
            self._add_layer(sourced)

    def add_entries(self, entries: Iterable[GazetteerEntry], source: str = "<memory>") -> None:
        """Add entries (validated models) as a new layer that takes precedence."""
        self._add_layer([SourcedEntry(e, source, 0) for e in entries])

    def add(self, entry: GazetteerEntry) -> None:
        """Add one entry in a layer of its own, above all others."""
        self.add_entries([entry])

    def _add_layer(self, sourced: Sequence[SourcedEntry]) -> None:
        self._layers += 1
        layer = self._layers
        for item in sourced:
            index = len(self._records)
            entry = item.entry
            ambiguous_keys = {" ".join(keys.word_tokens(f)) for f in entry.ambiguous}
            marked = frozenset(
                f for f in entry.forms
                if f not in entry.ambiguous and " ".join(keys.word_tokens(f)) in ambiguous_keys
            )
            self._records.append(Record(entry, layer, item.path, item.line, marked))
            for form in entry.forms:
                if form not in marked:
                    self._index_form(form, index * 2 + (form in entry.ambiguous))
        with self._prefix_lock:
            self._compact_sorted = None
            self._skeleton_sorted = None

    def _index_form(self, form: str, hit: int) -> None:
        words = keys.word_tokens(form)
        if not words:
            return
        self._exact.add(" ".join(words), hit)
        compact = "".join(words)
        self._compact.add(compact, hit)
        if len(compact) >= keys.MIN_FUZZY:
            skeleton = keys.skeleton(compact)
            if len(skeleton) >= keys.MIN_SKELETON:
                self._skeleton.add(skeleton, hit)

    def _prefixes(self) -> tuple[list[str], list[str]]:
        compact, skeleton = self._compact_sorted, self._skeleton_sorted
        if compact is None or skeleton is None:
            with self._prefix_lock:
                if self._compact_sorted is None or self._skeleton_sorted is None:
                    self._compact_sorted = sorted(self._compact.keys())
                    self._skeleton_sorted = sorted(self._skeleton.keys())
                compact, skeleton = self._compact_sorted, self._skeleton_sorted
        return compact, skeleton

    # ------------------------------------------------------------------ queries
    def __len__(self) -> int:
        return len(self._records)

    @property
    def records(self) -> Sequence[Record]:
        return self._records

    def _best(self, hits: list[int]) -> tuple[Record, bool, list[Record]]:
        """The winning hit (highest layer, then first added) and the other candidates."""
        ranked = sorted(hits, key=lambda h: (-self._records[h >> 1].layer, h))
        winner = self._records[ranked[0] >> 1]
        others = [self._records[h >> 1] for h in ranked[1:]]
        return winner, bool(ranked[0] & 1), others

    def lookup(self, form: str) -> list[LookupHit]:
        """Every entry a surface form resolves to, at each matching level, best first."""
        words = keys.word_tokens(form)
        if not words:
            return []
        compact = "".join(words)
        probes = [(_EXACT, " ".join(words), self._exact)]
        if len(compact) >= keys.MIN_COMPACT:
            probes.append((_COMPACT, compact, self._compact))
        if len(compact) >= keys.MIN_FUZZY:
            probes.append((_SKELETON, keys.skeleton(compact), self._skeleton))
        found: list[LookupHit] = []
        seen: set[int] = set()
        for level, key, index in probes:
            hits = sorted(index.get(key), key=lambda h: (-self._records[h >> 1].layer, h))
            for hit in hits:
                if hit >> 1 not in seen:
                    seen.add(hit >> 1)
                    found.append(LookupHit(self._records[hit >> 1], level, key, bool(hit & 1)))
        return found

    def conflicts(self) -> list[Problem]:
        """Forms that name different entries within one layer (the first added wins)."""
        problems = []
        for key, hits in self._exact.conflicting():
            records = [self._records[h >> 1] for h in hits]
            by_layer: dict[int, list[Record]] = {}
            for record in records:
                by_layer.setdefault(record.layer, []).append(record)
            for same_layer in by_layer.values():
                names = sorted({f"{r.entry.label.value} {r.entry.canonical}" for r in same_layer})
                if len(names) > 1:
                    first = same_layer[0]
                    problems.append(
                        Problem(first.path, first.line, "forms",
                                f"form {key!r} names {len(names)} entries: {', '.join(names)}")
                    )
        return problems

    # ------------------------------------------------------------------ matching
    def _window_hit(
        self, spaced: str, compact: str, skeleton: str
    ) -> tuple[str, list[int]] | None:
        hits = self._exact.get(spaced)
        if hits:
            return _EXACT, hits
        if len(compact) >= keys.MIN_COMPACT:
            hits = self._compact.get(compact)
            if hits:
                return _COMPACT, hits
        if len(compact) >= keys.MIN_FUZZY and len(skeleton) >= keys.MIN_SKELETON:
            hits = self._skeleton.get(skeleton)
            if hits:
                return _SKELETON, hits
        return None

    def _glued_hit(self, compact: str, word: str) -> tuple[int, list[int]] | None:
        """A name whose last word is glued to the next one: ``فورم|حکام``."""
        for cut in range(len(word) - MIN_GLUED_REST, 1, -1):
            head = compact + word[:cut]
            if len(head) >= keys.MIN_COMPACT:
                hits = self._compact.get(head)
                if hits:
                    return cut, hits
        return None

    def find(self, doc: Document) -> list[Candidate]:
        """Longest match starting at every word token; overlaps are left to the resolver."""
        if not self._records:
            return []
        compact_sorted, skeleton_sorted = self._prefixes()
        tokens = doc.tokens
        words = [
            t.text.casefold() if t.kind is TokenKind.LATIN else t.text if t.is_word else ""
            for t in tokens
        ]
        found: list[Candidate] = []
        n = len(tokens)
        for i in range(n):
            if not words[i]:
                continue
            compact = previous_skeleton = ""
            parts: list[str] = []
            best: tuple[int, int, str, list[int]] | None = None  # (tok_end, char_end, level, hits)
            for j in range(i, min(n, i + MAX_TOKENS)):
                word = words[j]
                if not word:
                    break
                extended = compact + word
                skeleton = keys.skeleton(extended)
                if not _has_prefix(compact_sorted, extended) and not _has_prefix(
                    skeleton_sorted, skeleton
                ):
                    if j > i:
                        glued = self._glued_hit(compact, word)
                        if glued is not None:
                            cut, hits = glued
                            best = (j + 1, tokens[j].start + cut, _GLUED, hits)
                    break
                # A word that adds no consonant to the skeleton (``اور``, ``کے`` after ک)
                # must not ride along on a fuzzy match.
                if skeleton == previous_skeleton:
                    skeleton = ""
                previous_skeleton = skeleton
                compact = extended
                parts.append(word)
                hit = self._window_hit(" ".join(parts), compact, skeleton)
                if hit is not None:
                    best = (j + 1, tokens[j].end, hit[0], hit[1])
            if best is None:
                continue
            tok_end, char_end, level, hits = best
            record, ambiguous, _ = self._best(hits)
            entry = record.entry
            if ambiguous and record.marked:
                start, end = doc.original_span(tokens[i].start, char_end)
                ambiguous = keys.visible(doc.original[start:end]) not in record.marked
            found.append(
                Candidate(
                    start=tokens[i].start,
                    end=char_end,
                    tok_start=i,
                    tok_end=tok_end,
                    label=entry.label,
                    source="gazetteer",
                    score=_SCORES[level],
                    canonical=entry.canonical,
                    id=record.id,
                    entry=entry,
                    needs_context=ambiguous,
                )
            )
        return found
