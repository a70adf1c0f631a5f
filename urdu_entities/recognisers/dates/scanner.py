"""The scan: which parser may start where, ranges and lists of dates, the context a weak
form needs, and the left-to-right loop that turns the longest expression at each trigger into
a candidate."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from urdu_entities.lang import calendar as cal
from urdu_entities.models import Label
from urdu_entities.recognisers.dates import lexicon as lx
from urdu_entities.recognisers.dates.calendars import month_days
from urdu_entities.recognisers.dates.grammar import Grammar
from urdu_entities.recognisers.dates.parsed import STRONG, WEEKDAY, ParsedDate
from urdu_entities.recognisers.dates.units import Units
from urdu_entities.recognisers.dates.values import Renderer
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document

SOURCE = "dates"

_MAX_SERIES = 8  # days in one list (``10، 11 اور 12 ستمبر``)

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
)


class Scanner(Grammar):
    """One scan of one document."""

    def __init__(self, doc: Document, reference_date: dt.date | None) -> None:
        super().__init__(Units(doc))
        self.doc = doc
        self.renderer = Renderer(reference_date, self.future_after)

    def simple_at(self, i: int) -> ParsedDate | None:
        if i >= self.n:
            return None
        best: ParsedDate | None = None
        t = self.texts[i]
        number = self.u.is_number(i) or t in lx.CARDINAL
        for name, first_words, takes_numbers in _DISPATCH:
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

    def extend(self, d: ParsedDate) -> ParsedDate:
        """Add a part of month/year after ``d`` (``اگست کے آخر``) or a range's far end."""
        if (
            d.kind == "point"
            and not d.hijri
            and d.day is None
            and d.weekday is None
            and self.text(d.end) in lx.GENITIVES
        ):
            part = lx.PARTS_AFTER.match(self.texts, d.end + 1)
            if part is not None and (d.month is not None or part[0] in cal.PART_MONTHS):
                return replace(d, end=part[1], kind="part", part=part[0], weak=None, score=STRONG)
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
    def run(self) -> list[Candidate]:
        out: list[Candidate] = []
        done = 0
        for i in self.u.triggers(lx.STARTERS):
            if i < done:
                continue
            found = self.expression_at(i)
            if found is None:
                continue
            out.append(self.candidate(found))
            done = found.end
        return out

    def candidate(self, d: ParsedDate) -> Candidate:
        start, end = self.u.start(d.start), self.u.end(d.end - 1)
        value, canonical = self.renderer.render(d)
        tok_start, tok_end = self.doc.token_range(start, end)
        self.renderer.saw(d)
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
        )
