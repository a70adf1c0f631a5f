"""Gazetteer: an index of known names and the longest-match finder over a document.

Entries come in *layers*: entries added later by the user (``Pipeline(gazetteers=...)`` or
:meth:`Gazetteer.add`) take precedence over earlier ones (the shipped data) when both claim
the same form.

Entries are stored column by column and turned into :class:`GazetteerEntry` objects only
when a match needs them, so that very large gazetteers stay small and load fast.
"""

from __future__ import annotations

import gc
import json
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain, compress
from pathlib import Path

from urdu_entities.gazetteer import cache as gazetteer_cache
from urdu_entities.gazetteer import keys
from urdu_entities.gazetteer.files import (
    ParsedFile,
    Problem,
    parse_source,
    read_source,
    read_trusted,
)
from urdu_entities.gazetteer.keys import LayerKeys, layer_keys
from urdu_entities.gazetteer.matcher import StartScreen
from urdu_entities.lang.common_words import VARIANT_GUARD, VARIANT_NEVER_INSIDE
from urdu_entities.lang.punctuation import ARTICLES, JOINERS
from urdu_entities.lang.suffixes import GLUED_POSTPOSITIONS, INFLECTIONS
from urdu_entities.models import GazetteerEntry, GazetteerEntryData, GazetteerIds, Label
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document
from urdu_entities.text.tokenize import TokenKind

#: Longest name, in tokens, that the finder looks for.
MAX_TOKENS = 10
#: A name glued to the next word (``فورمحکام``) is split only if the rest is this long and
#: is not an inflectional ending.
MIN_GLUED_REST = 3

_NAME, _VARIANT, _LATIN, _SKELETON, _GLUED = "name", "variant", "latin", "skeleton", "glued"
_GLUED_ENDINGS = tuple(GLUED_POSTPOSITIONS)
_SCORES = {_NAME: 1.0, _VARIANT: 0.95, _LATIN: 0.95, _SKELETON: 0.85, _GLUED: 0.8}
#: Longest run of Latin tokens (with their joiners) tried as one name.
MAX_LATIN_TOKENS = 9


@dataclass(frozen=True, slots=True)
class Record:
    """An indexed entry and where it came from."""

    entry: GazetteerEntry
    layer: int
    path: str
    line: int
    #: Diacritised spellings of ambiguous forms (``کِم`` for ``کم``): the marks alone show
    #: the word is the name, so a match written exactly so needs no further context.
    marked: frozenset[str] = frozenset()

    @property
    def id(self) -> str | None:
        return self.entry.id


@dataclass(frozen=True, slots=True)
class LookupHit:
    """Why a surface form resolves to an entry (see :meth:`Gazetteer.lookup`)."""

    record: Record
    level: str
    key: str
    ambiguous: bool


class _Index:
    """key → packed hits; a hit is ``entry_number * 2 + ambiguous``."""

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

    def bulk(self, keys: Sequence[str], hits: Sequence[int]) -> None:
        """Add many hits at once; on an empty index without repeated keys this is one C-level
        dict build instead of a Python loop."""
        if self._single:
            # Keys new to the index and once in ``keys`` go in at C speed; the rest one by one,
            # in order, so that which hit comes first stays as :meth:`add` makes it.
            counts = Counter(keys)
            single = self._single
            fresh = [k not in single and counts[k] == 1 for k in keys]
            single.update(compress(zip(keys, hits, strict=True), fresh))
            for key, hit, done in zip(keys, hits, fresh, strict=True):
                if not done:
                    self.add(key, hit)
            return
        # Built from the end, so that the first hit of a repeated key is the one kept.
        self._single = dict(zip(reversed(keys), reversed(hits), strict=True))
        if len(self._single) == len(keys):
            return
        repeated = {key for key, count in Counter(keys).items() if count > 1}
        pairs = zip(keys, hits, strict=True)
        for key, hit in compress(pairs, map(repeated.__contains__, keys)):
            bucket = self._multi.setdefault(key, [])
            if hit not in bucket:
                bucket.append(hit)
        for key in [key for key, bucket in self._multi.items() if len(bucket) == 1]:
            del self._multi[key]

    def get(self, key: str) -> list[int]:
        first = self._single.get(key)
        if first is None:
            return []
        return self._multi.get(key) or [first]

    def all_keys(self) -> Iterable[str]:
        return self._single.keys()

    def conflicting(self) -> Iterable[tuple[str, list[int]]]:
        return self._multi.items()


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building millions of acyclic objects: its
    repeated full passes would otherwise make loading a large gazetteer superlinear."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _has_prefix(sorted_keys: Sequence[str], prefix: str) -> bool:
    i = bisect_left(sorted_keys, prefix)
    return i < len(sorted_keys) and sorted_keys[i].startswith(prefix)


def _variant_allowed(parts: Sequence[str]) -> bool:
    """A spelling variant may match unless it is a single ordinary word (the guard list) or
    takes in a postposition."""
    if len(parts) == 1:
        return parts[0] not in VARIANT_GUARD
    return not any(p in VARIANT_NEVER_INSIDE for p in parts)


def _entry_data(entry: GazetteerEntry) -> GazetteerEntryData:
    return entry.model_dump(exclude_none=True, exclude_defaults=True)  # type: ignore[return-value]


class Gazetteer:
    """Known names, indexed for matching over normalised tokens."""

    def __init__(self, entries: Iterable[GazetteerEntry] = ()) -> None:
        # Validated entries; a layer read from the cache keeps each as its JSON text, parsed
        # only when the entry is matched.
        self._data: list[GazetteerEntryData | str] = []
        self._lines: list[int] = []
        self._layer_starts: list[int] = []  # first entry number of each layer
        self._layer_paths: list[str] = []
        self._marked: dict[int, frozenset[str]] = {}
        self._names = _Index()
        self._skeletons = _Index()
        self._variants = _Index()
        self._latins = _Index()
        self._lock = threading.Lock()
        # compact name keys, skeleton prefixes, variant keys (all sorted), the start screen
        self._sorted: tuple[list[str], set[str], list[str], StartScreen] | None = None
        # each layer's prefix tables: compact name keys, skeleton prefixes, variant keys
        self._tables: list[tuple[list[str], list[str], list[str]]] = []
        self._records: dict[int, Record] = {}
        self._longest_name = 0  # length of the longest name key: no longer text can match
        entries = list(entries)
        if entries:
            self.add_entries(entries)

    # ------------------------------------------------------------------ building
    @classmethod
    def from_files(
        cls,
        paths: Iterable[str | Path],
        *,
        cache_dir: str | Path | None = None,
        trusted: bool = False,
    ) -> Gazetteer:
        """Load files in order; later files take precedence. All files are validated before
        any is indexed, so a bad file leaves nothing half loaded. ``cache_dir``, ``trusted``:
        see :meth:`add_files`."""
        gazetteer = cls()
        gazetteer.add_files(paths, cache_dir=cache_dir, trusted=trusted)
        return gazetteer

    def add_files(
        self,
        paths: Iterable[str | Path],
        *,
        cache_dir: str | Path | None = None,
        trusted: bool = False,
    ) -> None:
        """Add files as one new layer each; raises :class:`GazetteerError` before changing
        anything if any file is invalid.

        With ``cache_dir``, each file's validated entries and computed keys are kept there
        (see :mod:`urdu_entities.gazetteer_cache`), so that loading the same file again skips
        validation and key computation.

        ``trusted=True`` skips validation: only for files known to be valid, such as the
        shipped data (which the test suite validates)."""
        with _no_gc():
            self.add_prepared([self._prepare(Path(p), cache_dir, trusted) for p in paths])

    def add_prepared(self, layers: Iterable[tuple[ParsedFile, LayerKeys]]) -> None:
        """Add layers whose keys are computed already (read from a cache or the shipped
        index, :mod:`urdu_entities.gazetteer.prebuilt`), one new layer each."""
        with _no_gc():
            for parsed, computed in layers:
                self._add_layer(parsed, computed)

    @staticmethod
    def _prepare(
        path: Path, cache_dir: str | Path | None, trusted: bool = False
    ) -> tuple[ParsedFile, LayerKeys]:
        if trusted and cache_dir is None:
            parsed = read_trusted(path)
            return parsed, layer_keys(parsed.validated())
        # The file is read once: the cache is keyed by the digest of the very bytes parsed,
        # so a file edited while it is being loaded cannot be cached under the wrong digest.
        source = read_source(path)
        digest = gazetteer_cache.digest(source) if cache_dir is not None else ""
        if cache_dir is not None:
            cached = gazetteer_cache.load(path, cache_dir, digest)
            if cached is not None:
                return cached
        parsed = parse_source(source, path)
        del source
        computed = layer_keys(parsed.validated())
        if cache_dir is not None:
            gazetteer_cache.store(path, cache_dir, digest, parsed, computed)
        return parsed, computed

    def add_entries(self, entries: Iterable[GazetteerEntry], source: str = "<memory>") -> None:
        """Add entries (validated models) as a new layer that takes precedence."""
        data = [_entry_data(e) for e in entries]
        self._add_layer(ParsedFile(source, data, [0] * len(data)), layer_keys(data))

    def add(self, entry: GazetteerEntry) -> None:
        """Add one entry in a layer of its own, above all others."""
        self.add_entries([entry])

    def _add_layer(self, parsed: ParsedFile, computed: LayerKeys) -> None:
        with self._lock:
            first = len(self._data)
            self._layer_starts.append(first)
            self._layer_paths.append(parsed.path)
            self._data.extend(parsed.entries)
            self._lines.extend(parsed.lines)
            for number, visible_forms in computed.marked.items():
                self._marked[first + number] = frozenset(visible_forms)
            offset = first * 2  # hits are packed as entry_number * 2 + ambiguous
            self._tables.append((computed.compact_sorted, computed.skeleton_prefixes,
                                 computed.variant_sorted))
            self._names.bulk(computed.names, [h + offset for h in computed.name_hits])
            self._longest_name = max(self._longest_name, max(map(len, computed.names), default=0))
            self._skeletons.bulk(computed.skeletons, [h + offset for h in computed.skeleton_hits])
            self._variants.bulk(computed.variants, [h + offset for h in computed.variant_hits])
            self._latins.bulk(computed.latins, [h + offset for h in computed.latin_hits])
            self._sorted = None
            self._records.clear()

    def _prefix_tables(self) -> tuple[list[str], set[str], list[str], StartScreen]:
        tables = self._sorted
        if tables is None:
            with self._lock:
                if self._sorted is None:
                    # Each layer's list is sorted already: Timsort merges the runs.
                    compact = sorted(chain.from_iterable(c for c, _, _ in self._tables))
                    skeleton_keys = list(self._skeletons.all_keys())
                    skeleton_prefixes = set(skeleton_keys)
                    for _, prefixes, _ in self._tables:
                        skeleton_prefixes.update(prefixes)
                    variants = sorted(chain.from_iterable(v for _, _, v in self._tables))
                    screen = StartScreen(
                        list(dict.fromkeys(compact)), skeleton_keys, list(dict.fromkeys(variants))
                    )
                    self._sorted = (compact, skeleton_prefixes, variants, screen)
                tables = self._sorted
        return tables

    # ------------------------------------------------------------------ queries
    def __len__(self) -> int:
        return len(self._data)

    def record(self, number: int) -> Record:
        """The entry numbered ``number`` (in loading order) with its provenance."""
        record = self._records.get(number)
        if record is None:
            stored = self._data[number]
            data: GazetteerEntryData = json.loads(stored) if isinstance(stored, str) else stored
            ids = data.get("ids")
            entry = GazetteerEntry.model_construct(
                canonical=data["canonical"],
                label=Label(data["label"]),
                forms=tuple(data["forms"]),
                ids=GazetteerIds.model_construct(**ids) if ids else None,
                attrs=data.get("attrs"),
                ambiguous=tuple(data.get("ambiguous", ())),
            )
            layer = bisect_right(self._layer_starts, number)
            record = Record(entry, layer, self._layer_paths[layer - 1], self._lines[number],
                            self._marked.get(number, frozenset()))
            self._records[number] = record
        return record

    def entries(self) -> Iterable[GazetteerEntry]:
        """Every entry, in loading order."""
        return (self.record(n).entry for n in range(len(self._data)))

    def entry_data(self) -> Iterator[GazetteerEntryData]:
        """Every entry as plain validated data, in loading order: cheaper than
        :meth:`entries` for a pass over all of them."""
        for stored in self._data:
            yield json.loads(stored) if isinstance(stored, str) else stored

    def _ranked(self, hits: list[int]) -> list[int]:
        """Hits best first: the highest layer, then the first added."""
        if len(hits) == 1:
            return hits
        return sorted(hits, key=lambda h: (-bisect_right(self._layer_starts, h >> 1), h))

    def lookup(self, form: str) -> list[LookupHit]:
        """Every entry a surface form resolves to, at each matching level, best first."""
        words = keys.word_tokens(form)
        if not words:
            return []
        probes = [(_NAME, keys.name_key(words), self._names)]
        variant = keys.variant_keys([words])[0]
        if variant:
            probes.append((_VARIANT, variant, self._variants))
        latin = keys.latin_key(form) if any(w.isascii() for w in words) else ""
        if latin:
            probes.append((_LATIN, latin, self._latins))
        skeleton = keys.skeleton_keys([words])[0]
        if skeleton:
            probes.append((_SKELETON, skeleton, self._skeletons))
        found: list[LookupHit] = []
        seen: set[int] = set()
        for level, probe, index in probes:
            for hit in self._ranked(index.get(probe)):
                if hit >> 1 not in seen:
                    seen.add(hit >> 1)
                    found.append(LookupHit(self.record(hit >> 1), level, probe, bool(hit & 1)))
        return found

    def conflicts(self) -> list[Problem]:
        """Forms that name different entries within one layer (the first added wins)."""
        problems = []
        for key, hits in self._names.conflicting():
            by_layer: dict[int, list[Record]] = {}
            for hit in hits:
                record = self.record(hit >> 1)
                by_layer.setdefault(record.layer, []).append(record)
            for records in by_layer.values():
                names = sorted({f"{r.entry.label.value} {r.entry.canonical}" for r in records})
                if len(names) > 1:
                    first = records[0]
                    problems.append(
                        Problem(first.path, first.line, "forms",
                                f"form {key!r} names {len(names)} entries: {', '.join(names)}")
                    )
        return problems

    # ------------------------------------------------------------------ matching
    def _near(self, hit: int, compact: str) -> bool:
        """Whether a skeleton hit is also close in spelling: within a few letter edits of one
        of the entry's forms (``ولادی وستوک`` of ``ولادی ووستوک``; not ``داری قبول`` of
        ``دریائے کابل``, which only shares consonants)."""
        entry = self.record(hit >> 1).entry
        return any(
            keys.edit_distance(compact, "".join(keys.word_tokens(form)))
            <= keys.max_spelling_edits(compact)
            for form in entry.forms
        )

    def _glued_hit(
        self, compact: str, word: str, first: bool = False
    ) -> tuple[int, list[int]] | None:
        """A name whose last word is glued to the next one: ``فورم|حکام``, or to a
        postposition (``پاکستان|کے``); a name of one word (``first``) only to a postposition."""
        # Cuts that would make the head longer than any name are skipped: without the bound
        # a very long word (a run of letters with no space) costs time quadratic in its length.
        if first and not word.endswith(_GLUED_ENDINGS):
            return None
        longest_cut = self._longest_name - len(compact)
        for cut in range(min(len(word) - 1, longest_cut), 1, -1):
            rest = word[cut:]
            if rest not in GLUED_POSTPOSITIONS and (
                first or len(rest) < MIN_GLUED_REST or rest in INFLECTIONS
            ):
                continue
            head = compact + word[:cut]
            if len(head) >= keys.MIN_COMPACT:
                hits = self._names.get(head)
                if hits:
                    return cut, hits
        return None

    def _latin_matches(self, doc: Document) -> list[Candidate]:
        """Names written in Latin letters (``PML-N``, ``Supreme Court``, ``ISPR``): the
        longest run of Latin tokens, joined by spaces or by ``-``/``/``, whose Latin key names
        an entry."""
        tokens = doc.tokens
        n = len(tokens)
        found: list[Candidate] = []
        i = 0
        while i < n:
            if tokens[i].kind is not TokenKind.LATIN:
                i += 1
                continue
            best: tuple[int, list[int]] | None = None
            text = ""
            j = i
            while j < n and j - i < MAX_LATIN_TOKENS:
                t = tokens[j]
                if j > i and "\n" in doc.text[tokens[j - 1].end : t.start]:
                    break  # no name runs across a line or paragraph break
                if t.kind is TokenKind.LATIN:
                    text += t.text
                    hits = self._latins.get(keys.latin_key(text))
                    # A short word matches an acronym only in capitals (``UP``, not ``Up``).
                    if hits and (j > i or len(text) > keys.MAX_LOWER_ACRONYM
                                 or text.isupper()):
                        best = (j + 1, hits)
                elif not (t.text in JOINERS and j + 1 < n
                          and tokens[j + 1].kind is TokenKind.LATIN
                          and tokens[j + 1].start == t.end and tokens[j - 1].end == t.start):
                    break
                j += 1
            if best is None:
                i += 1
                continue
            tok_end, hits = best
            top = self._ranked(hits)[0]
            record = self.record(top >> 1)
            found.append(
                Candidate(
                    start=tokens[i].start,
                    end=tokens[tok_end - 1].end,
                    tok_start=i,
                    tok_end=tok_end,
                    label=record.entry.label,
                    source="gazetteer",
                    score=_SCORES[_LATIN],
                    canonical=record.entry.canonical,
                    id=record.id,
                    entry=record.entry,
                    needs_context=bool(top & 1),
                )
            )
            i = tok_end
        return found

    def find(self, doc: Document) -> list[Candidate]:
        """Longest match starting at every word token; overlaps are left to the resolver.

        The walk from a token runs only where the start screen
        (:mod:`urdu_entities.gazetteer.matcher`) shows that a key begins there."""
        if not self._data:
            return []
        compact_sorted, skeleton_prefixes, variant_sorted, screen = self._prefix_tables()
        tokens = doc.tokens
        latin, punct = TokenKind.LATIN, TokenKind.PUNCT
        words = [
            text.casefold() if kind is latin else text if kind is not punct else ""
            for text, kind in zip(doc.token_texts, doc.token_kinds, strict=True)
        ]
        text = doc.text
        skeleton_of = {w: keys.word_skeleton(w) for w in set(words)}
        # Names in Latin letters are matched by their own pass (see _latin_matches).
        found: list[Candidate] = self._latin_matches(doc)
        known: dict[tuple[str, str], bool] = {}  # does a window open onto some name?
        n = len(tokens)
        for i in screen.starts(words, list(map(skeleton_of.__getitem__, words))):
            if not words[i] or tokens[i].kind is TokenKind.LATIN:
                continue
            compact = skeleton = ""
            parts: list[str] = []
            best: tuple[int, int, str, list[int]] | None = None  # tok_end, char_end, level, hits
            for j in range(i, min(n, i + MAX_TOKENS)):
                word = words[j]
                if not word or (j > i and "\n" in text[tokens[j - 1].end : tokens[j].start]):
                    break  # no name runs across a line or paragraph break
                extended = compact + word
                skeleton = (skeleton + " " if skeleton else "") + keys.word_skeleton(word)
                opens = known.get((extended, skeleton))
                if opens is None:
                    opens = (
                        _has_prefix(compact_sorted, extended)
                        or skeleton in skeleton_prefixes
                        or _has_prefix(variant_sorted, keys.variant_fold(extended))
                    )
                    known[(extended, skeleton)] = opens
                if not opens:
                    glued = self._glued_hit(compact, word, first=j == i)
                    if glued is not None:
                        best = (j + 1, tokens[j].start + glued[0], _GLUED, glued[1])
                    break
                compact = extended
                parts.append(word)
                name = keys.name_key(parts, compact)
                hits = self._names.get(name)
                level = _NAME
                if not hits and _variant_allowed(parts):
                    variant = keys.variant_key(parts)
                    hits = self._variants.get(variant) if variant else []
                    level = _VARIANT
                if not hits and len(compact) >= keys.MIN_FUZZY:
                    hits = [h for h in self._skeletons.get(skeleton) if self._near(h, compact)]
                    level = _SKELETON
                if hits:
                    best = (j + 1, tokens[j].end, level, hits)
                elif best is None:
                    # ``پاکستانکے``: the word opens onto longer names (``پاکستان کی ...``)
                    # but is a name glued to a postposition; a longer match still wins.
                    glued = self._glued_hit(compact[: -len(word)], word, first=True)
                    if glued is not None:
                        best = (j + 1, tokens[j].start + glued[0], _GLUED, glued[1])
            if best is None:
                continue
            tok_end, char_end, level, hits = best
            top = self._ranked(hits)[0]
            if words[i] in ARTICLES and tok_end - i > 1 and any(
                h >> 1 == top >> 1
                for h in self._names.get(
                    keys.name_key(keys.word_tokens(doc.text[tokens[i + 1].start : char_end]))
                )
            ):
                continue  # the match starting at the next word names the same entry
            record = self.record(top >> 1)
            ambiguous = bool(top & 1)
            if ambiguous and record.marked:
                start, end = doc.original_span(tokens[i].start, char_end)
                ambiguous = keys.visible(doc.original[start:end]) not in record.marked
            found.append(
                Candidate(
                    start=tokens[i].start,
                    end=char_end,
                    tok_start=i,
                    tok_end=tok_end,
                    label=record.entry.label,
                    source="gazetteer",
                    score=_SCORES[level],
                    canonical=record.entry.canonical,
                    id=record.id,
                    entry=record.entry,
                    needs_context=ambiguous,
                )
            )
        return found
