"""The scan: which parser may start where, ranges and lists of dates, parts and times added
after a date, the context a weak form needs, and the left-to-right loop that keeps the
longest expression at each trigger.

A scan first parses the whole document, then finds its dateline (when asked to and no
reference date is given), then renders the dates it was asked for as candidates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import replace

from urdu_entities.lang import calendar as cal
from urdu_entities.models import DateKind, Label
from urdu_entities.recognisers.dates import lexicon as lx
from urdu_entities.recognisers.dates.calendars import month_days
from urdu_entities.recognisers.dates.grammar import Grammar
from urdu_entities.recognisers.dates.parsed import STRONG, WEEKDAY, ParsedDate, date_kind
from urdu_entities.recognisers.dates.units import Units
from urdu_entities.recognisers.dates.values import Renderer
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document

SOURCE = "dates"

_MAX_SERIES = 8  # days in one list (``10، 11 اور 12 ستمبر``)

_NUMBER_WORDS = frozenset(set(lx.HALF_WORDS) | lx.AND_A_HALF | lx.HUNDRED | lx.THOUSAND)

#: Which parser may start at which word: (method, first words, starts at a number).
_DISPATCH: tuple[tuple[str, frozenset[str], bool], ...] = (
    ("numeric", frozenset(), True),
    ("day_first", lx.FIRST_DAY, True),
    ("month_first", frozenset(lx.MONTHS.first_words() | lx.MONTH_PREFIXES), False),
    ("hijri_first", frozenset(lx.HIJRI.first_words() | lx.MONTH_PREFIXES), False),
    ("part_before", frozenset(lx.PARTS_BEFORE.first_words()), False),
    (
        "relative",
        frozenset(
            lx.DAY_PHRASES.first_words()
            | set(lx.DEICTIC)
            | set(lx.TENSE_DAYS)
            | lx.MOD_BEFORE.first_words()
            | set(lx.UNITS)
            | lx.ANAPHORIC
        ),
        True,
    ),
    (
        "weekday_phrase",
        frozenset(set(lx.WEEKDAYS) | lx.WEEKDAY_PREFIXES | lx.MOD_BEFORE.first_words()),
        False,
    ),
    ("century", frozenset(lx.ORDINAL), True),
    ("year_phrase", frozenset(lx.YEAR_PREFIXES | lx.WEAK_YEAR_PREFIXES), True),
    ("day_only", lx.FIRST_DAY, True),
    ("bare_unit_part", lx.BARE_UNITS, False),
    ("duration", _NUMBER_WORDS, True),  # last: a year or date of the same length wins
)

_DISPATCH_NO_DURATIONS = tuple(d for d in _DISPATCH if d[0] != "duration")

#: The kinds found when none are named: every kind but durations.
DEFAULT_KINDS: frozenset[DateKind] = frozenset(DateKind) - {DateKind.DURATION}


class Scanner(Grammar):
    """One scan of one document.

    ``kinds``: the kinds of date to return; a part of a month or year whose kind is not
    wanted gives the month or year itself (``اگست کے آخر`` → ``اگست``). ``dateline``: resolve
    relative dates against the document's own date when ``reference_date`` is ``None``.
    ``range_ends``: give each end of a range and each item of a list as a date of its own
    (``[1947ء] سے [1954ء]``, as TimeML annotates ranges) instead of one interval.
    """

    def __init__(
        self,
        doc: Document,
        reference_date: dt.date | None,
        *,
        kinds: Collection[DateKind] = DEFAULT_KINDS,
        dateline: bool = True,
        hijri_offset: int = 0,
        range_ends: bool = False,
    ) -> None:
        super().__init__(Units(doc), reference_date)
        self.doc = doc
        self.kinds = frozenset(kinds)
        self.use_dateline = dateline
        self.hijri_offset = hijri_offset
        self.range_ends = range_ends
        self._dispatch = _DISPATCH if DateKind.DURATION in self.kinds else _DISPATCH_NO_DURATIONS

    def simple_at(self, i: int) -> ParsedDate | None:
        if i >= self.n:
            return None
        best: ParsedDate | None = None
        t = self.texts[i]
        number = self.u.is_number(i) or t in lx.CARDINAL
        for name, first_words, takes_numbers in self._dispatch:
            if not ((number and takes_numbers) or t in first_words):
                continue
            found: ParsedDate | None = getattr(self, name)(i)
            if found is not None and (best is None or found.end > best.end):
                best = found
        return best

    # -- combinations ---------------------------------------------------------------------
    def day_series(self, i: int) -> ParsedDate | None:
        """``10 سے 13 ستمبر``, ``10-13 ستمبر``, ``10، 11 اور 12 ستمبر``."""
        first = self.day_at(i)
        if first is None:
            return None
        days = [first[0]]
        starts = [i]
        kinds: list[str] = []
        pos = first[1]
        final: ParsedDate | None = None
        while len(days) <= _MAX_SERIES:
            if self.text(pos) in lx.LIST:
                kind, nxt = "list", pos + 1
            else:
                connector = lx.RANGE.match(self.texts, pos)
                if connector is None:
                    return None
                kind, nxt = "range", connector[1]
            full = self.day_first(nxt)
            kinds.append(kind)
            if full is not None:
                final = full
                break
            found = self.day_at(nxt)
            if found is None:
                return None
            days.append(found[0])
            starts.append(nxt)
            pos = found[1]
        if final is None or final.day is None or final.month is None:
            return None
        limit = 30 if final.hijri else month_days(final.year, final.month)
        if any(d > limit for d in days):
            return None
        items = [
            replace(final, start=s, end=s + 1, day=d, weekday=None)
            for s, d in zip(starts, days, strict=True)
        ]
        if kinds == ["range"]:
            if days[0] >= final.day:
                return None
            return ParsedDate(i, final.end, "range", items=(items[0], final))
        if "range" in kinds:
            return None
        return ParsedDate(i, final.end, "set", items=(*items, final))

    def combine(self, a: ParsedDate, b: ParsedDate) -> ParsedDate | None:
        """A range ``a – b`` when both sides are compatible dates."""
        if a.kind == "weekday" and b.kind == "weekday":
            return ParsedDate(a.start, b.end, "range", items=(a, b), score=WEEKDAY)
        if a.kind != "point" or b.kind != "point" or a.hijri != b.hijri:
            return None
        if a.weekday is not None and b.weekday is None:
            return None
        if a.month_rel is not None or b.month_rel is not None:
            return None
        left = a
        if (
            left.year is None
            and left.year_offset is None
            and not left.anaphoric
            and left.month is not None
        ):
            left = replace(
                left, year=b.year, bc=b.bc, year_offset=b.year_offset, anaphoric=b.anaphoric
            )

        def shape(d: ParsedDate) -> tuple[bool, bool, bool]:
            has_year = d.year is not None or d.year_offset is not None or d.anaphoric
            return has_year, d.month is not None, d.day is not None

        if shape(left) != shape(b):
            return None
        if left.year is not None and b.year is not None and not left.bc and not b.bc:
            key_a = (left.year, left.month or 0, left.day or 0)
            key_b = (b.year, b.month or 0, b.day or 0)
            if key_a >= key_b:
                return None
        elif left.year == b.year and left.month == b.month and (left.day or 0) >= (b.day or 0):
            return None
        weak = a.weak if a.weak is not None and b.weak is not None else None
        return ParsedDate(a.start, b.end, "range", items=(left, b), weak=weak)

    def part_after(self, d: ParsedDate) -> ParsedDate | None:
        """``اگست کے آخر``, ``2019 کے آخر``, ``رواں ماہ کے آخر``: a part after ``d``."""
        if self.text(d.end) not in lx.GENITIVES:
            return None
        named = d.kind == "point" and not d.hijri and d.day is None and d.weekday is None
        relative = d.kind == "relative" and d.unit in ("M", "Y") and not d.ago
        if not (named or relative):
            return None
        part = lx.PARTS_AFTER.match(self.texts, d.end + 1)
        if part is None:
            return None
        of_year = d.unit == "Y" if relative else d.month is None
        if of_year and part[0] not in cal.PART_MONTHS:
            return None
        return replace(d, end=part[1], kind="part", part=part[0], weak=None, score=STRONG, of=d)

    def with_time(self, d: ParsedDate) -> ParsedDate:
        """``d`` with the time of day written after it (``منگل کی شام سات بجے``), for a day,
        a weekday or a relative day."""
        if not (
            (d.kind == "point" and d.day is not None)
            or d.kind == "weekday"
            or (d.kind == "relative" and d.unit == "D")
        ):
            return d
        found = self.time_at(d.end, d.period)
        if found is None:
            return d
        return replace(d, end=found[0], time=found[1])

    def extend(self, d: ParsedDate) -> ParsedDate:
        """Add what may follow ``d``: a part (``اگست کے آخر``), a time of day, or a range's
        far end."""
        part = self.part_after(d)
        if part is not None:
            return part
        timed = self.with_time(d)
        if timed is not d:
            return timed
        connector = lx.RANGE.match(self.texts, d.end)
        if connector is None:
            return d
        nxt = connector[1]
        right = self.weekday_phrase(nxt, cued=True) if d.kind == "weekday" else None
        right = right or self.simple_at(nxt)
        if right is not None:
            joined = self.combine(d, right)
            if joined is not None:
                return joined
        # 1990-91
        short = self.number_at(nxt)
        if (
            d.kind == "point"
            and d.weak == "year"
            and d.year is not None
            and self.text(d.end) == "-"
            and short is not None
            and short.digits == 2
        ):
            year = d.year // 100 * 100 + short.value
            if year > d.year:
                last = ParsedDate(nxt, short.end, "point", year=year)
                return ParsedDate(d.start, short.end, "range", items=(d, last), weak="year")
        return d

    def context_ok(self, d: ParsedDate) -> bool:
        """Whether a weak form (bare year, bare month) stands in a date context."""
        prev, nxt = self.text(d.start - 1), self.text(d.end)
        nxt_is_punct = self.u.is_punct(d.end)
        if d.weak == "year":
            if prev in lx.QUANTITY_BEFORE or prev in lx.JOINERS:
                return False
            if lx.QUANTITY_AFTER.match(self.texts, d.end) is not None:
                return False
            if d.end >= self.n:
                return True
            if nxt_is_punct:
                return nxt not in lx.JOINERS and nxt != "-"
            return nxt in lx.FOLLOWERS
        # a bare month name
        if d.ambiguous:
            return (
                nxt in lx.FOLLOWERS
                and nxt not in lx.AMBIG_MONTH_NOT_BEFORE
                and prev not in lx.AMBIG_MONTH_NOT_AFTER
            )
        return d.end >= self.n or nxt_is_punct or nxt in lx.FOLLOWERS

    def expression_at(self, i: int) -> ParsedDate | None:
        best = self.simple_at(i)
        series = self.day_series(i)
        if series is not None and (best is None or series.end > best.end):
            best = series
        if best is None:
            return None
        if best.kind not in ("range", "set"):
            best = self.extend(best)
        if best.weak is not None and not self.context_ok(best):
            return None
        return best

    # -- the loop -------------------------------------------------------------------------
    def parse(self) -> list[ParsedDate]:
        """Every date expression, in text order, not overlapping, of every kind."""
        out: list[ParsedDate] = []
        done = 0
        for i in self.u.triggers(lx.STARTERS):
            if i < done:
                continue
            found = self.expression_at(i)
            if found is None:
                continue
            out.append(found)
            done = found.end
        return out

    def wanted(self, d: ParsedDate) -> ParsedDate | None:
        """``d`` if its kind is wanted, else what of it is (a part's month or year)."""
        if date_kind(d) in self.kinds:
            return d
        if d.of is not None:
            return self.wanted(d.of)
        return None

    def run(self) -> list[Candidate]:
        parsed = self.parse()
        reference = self.ref
        if reference is None and self.use_dateline:
            reference = self.dateline(parsed)
        renderer = Renderer(reference, self.future_after, hijri_offset=self.hijri_offset)
        out: list[Candidate] = []
        for found in parsed:
            chosen = self.wanted(found)
            if chosen is not None:
                pieces: tuple[ParsedDate, ...] = (chosen,)
                if self.range_ends and chosen.kind in ("range", "set"):
                    pieces = chosen.items
                out.extend(self.candidate(piece, renderer) for piece in pieces)
            renderer.saw(found)
        return out

    def dateline(self, parsed: list[ParsedDate]) -> dt.date | None:
        """The document's own date: a full Gregorian date on the first line of a text that
        goes on after it, standing (nearly) alone on that line, in brackets, or right after a
        dateline word (``شائع شدہ``)."""
        text = self.doc.text
        line_end = text.find("\n")
        if line_end < 0 or not text[line_end:].strip():
            return None
        for d in parsed:
            start, end = self.u.start(d.start), self.u.end(d.end - 1)
            if end > line_end:
                break
            if d.kind != "point" or d.hijri or d.bc or None in (d.year, d.month, d.day):
                continue
            assert d.year is not None and d.month is not None and d.day is not None
            others = len(text[:start].split()) + len(text[end:line_end].split())
            bracketed = self.text(d.start - 1) in ("(", "[") and self.text(d.end) in (")", "]")
            introduced = any(
                (w := lx.DATELINE_WORDS.match(self.texts, j)) is not None
                and w[1] in (d.start, d.start - 1)
                for j in range(max(0, d.start - 4), d.start)
            )
            if others <= lx.DATELINE_MAX_LINE_WORDS or bracketed or introduced:
                return dt.date(d.year, d.month, d.day)
        return None

    def candidate(self, d: ParsedDate, renderer: Renderer) -> Candidate:
        start, end = self.u.start(d.start), self.u.end(d.end - 1)
        value, canonical = renderer.render(d)
        tok_start, tok_end = self.doc.token_range(start, end)
        return Candidate(
            start=start,
            end=end,
            tok_start=tok_start,
            tok_end=tok_end,
            label=Label.DATE,
            source=SOURCE,
            score=d.score,
            canonical=canonical,
            value=value,
            date_kind=date_kind(d),
        )
