"""A rule-based recogniser for people and organisations no gazetteer lists.

It reads names from their context, with the words of :mod:`urdu_entities.lang.context_rules`:

* a **title** before a name (``وزیر داخلہ رحمان ملک``, ``ڈاکٹر کاکاتی``): the name-like words
  after it, up to a word that follows names (a postposition, ``نے``, punctuation);
* **given names and surnames**: a run of two or more known name parts (``نثار احمد
  فاروقی``), or a known given name followed by a name-like word and then ``نے``
  (``اکرم ڈوگر نے کہا``). Name parts are the tables of ``lang/given_names.py`` and the
  words of the people the loaded gazetteers list;
* the **head** of an organisation name (``پارٹی``, ``کمیشن``, ``اتھارٹی``, ``بینک``,
  ``یونیورسٹی``, ``لیگ``): the name-like words and known places before it
  (``سٹیٹ بینک``, ``گجرات واٹر سپلائی اینڈ سیوریج بورڈ``);
* a run of spelled-out letters (``بی این پی``) that is not a person's initials;
* a **facility** named after a person (``لاہور کے قذافی اسٹیڈیم میں``): a place.

A word is *name-like* when it is an Urdu word that is not an ordinary word
(:mod:`urdu_entities.lang.common_words`), a postposition, a title or a cue word. Its
candidates carry no canonical name (``resolved=False``; the resolver composes one), and
score below the gazetteer's and the tagger's confident spans, so known names win.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from urdu_entities.gazetteer import Gazetteer
from urdu_entities.gazetteer.shipped import derived
from urdu_entities.lang import context_rules as rules
from urdu_entities.lang import cues
from urdu_entities.lang.common_words import ORDINARY_WORDS
from urdu_entities.lang.postpositions import NAME_FOLLOWERS, POSTPOSITIONS
from urdu_entities.lang.titles import TITLES
from urdu_entities.models import Label
from urdu_entities.recognisers.base import Recogniser
from urdu_entities.text import lexicon
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document
from urdu_entities.text.edges import title_ends_at, title_size
from urdu_entities.text.tokenize import TokenKind

#: ``Candidate.source`` of this recogniser's proposals.
SOURCE = "context"
#: Scores: below a gazetteer match (1.0) and a confident tagger span (0.9 x confidence).
SCORE_TITLE = 0.75
SCORE_NAME_PARTS = 0.7
SCORE_ORG = 0.7
SCORE_ACRONYM = 0.6
SCORE_FACILITY = 0.75

_TITLE_WORDS = frozenset(w for t in TITLES for w in t.split())
_NOT_NAME = (
    ORDINARY_WORDS
    | POSTPOSITIONS
    | NAME_FOLLOWERS
    | _TITLE_WORDS
    | rules.ORG_NAME_HEADS
    | cues.ORG_HEADS
    | cues.PLACE_WORDS
    | cues.DIRECTION_WORDS
    | cues.DESIGNATIONS
    | cues.NATIONALITIES
    | cues.GROUP_NOUNS
    | cues.REPORTING_VERBS
    | rules.ORG_JOINERS
)
#: Letters that are also ordinary words (``کے``, ``سی``): an acronym needs another letter.
_AMBIGUOUS_LETTERS = frozenset(w for w in lexicon.LETTERS if w in ORDINARY_WORDS) | {"کے"}


#: What one gazetteer gives the name parts: how many listed people each word is in, and the
#: words of its other entries (and of one-word people).
PartCounts = tuple[dict[str, int], list[str]]


def part_counts(gazetteer: Gazetteer) -> PartCounts:
    """The words of ``gazetteer``'s entries that :func:`person_parts` reads, counted."""
    people: Counter[str] = Counter()
    other: set[str] = set()
    entries = list(gazetteer.entry_data())
    owners: list[tuple[int, bool]] = []
    forms: list[str] = []
    for number, entry in enumerate(entries):
        ambiguous = entry.get("ambiguous", ())
        person = entry["label"] == Label.PER.value
        for form in entry["forms"]:
            if form not in ambiguous:
                owners.append((number, person))
                forms.append(form)
    words_by_entry: dict[int, set[str]] = {}
    for (number, person), key in zip(owners, lexicon.phrase_keys(forms), strict=True):
        words = key.split()
        if len(words) >= 2 or not person:
            words_by_entry.setdefault(number, set()).update(words)
    for number, found in words_by_entry.items():
        if entries[number]["label"] == Label.PER.value:
            people.update(found)
        else:
            other.update(found)
    return dict(sorted(people.items())), sorted(other)


def person_parts(gazetteers: Sequence[Gazetteer]) -> frozenset[str]:
    """The given-name tables, and words found in the names of at least
    :data:`~urdu_entities.lang.context_rules.MIN_PART_PEOPLE` people the gazetteers list,
    less ordinary words and words of other entries: the name parts a run of names is read
    from. The shipped gazetteer's counts come from the shipped index when it is current."""
    people: Counter[str] = Counter()
    other: set[str] = set()
    for g in gazetteers:
        counted, others = derived(g, "person_part_counts", part_counts)
        people.update(counted)
        other.update(others)
    parts = set(lexicon.NAMES) | {
        w for w, n in people.items() if n >= rules.MIN_PART_PEOPLE and w not in other
    }
    return frozenset(
        p for p in parts
        if p not in _NOT_NAME and len(p) >= 2 and p not in lexicon.LETTERS
    )


class ContextRecogniser(Recogniser):
    """Unknown people and organisations from titles, name parts, reporting verbs and
    organisation heads (see the module docstring).

    Args:
        gazetteers: gazetteers whose people give the name parts (the pipeline's own).
    """

    name = SOURCE
    reads = ("tokens", "gazetteer")

    def __init__(self, gazetteers: Sequence[Gazetteer] = ()) -> None:
        self._gazetteers = list(gazetteers)
        self._parts: frozenset[str] | None = None

    @property
    def name_parts(self) -> frozenset[str]:
        """Known given names and surnames (computed on first use)."""
        if self._parts is None:
            self._parts = person_parts(self._gazetteers)
        return self._parts

    def find(self, doc: Document) -> list[Candidate]:
        """Candidates found by the rules; none on exactly the span of a gazetteer match,
        and no person's name over a known place or organisation."""
        parts = self.name_parts
        words = [t.text if t.kind is TokenKind.WORD else "" for t in doc.tokens]
        matches = doc.layers.get("gazetteer", [])
        known = {(c.tok_start, c.tok_end) for c in matches}
        # Tokens of sure place and organisation matches are not a person's name.
        for c in matches:
            if c.label in (Label.LOC, Label.ORG) and not c.needs_context:
                for k in range(c.tok_start, c.tok_end):
                    words[k] = ""
        org_words = [t.text if t.kind is TokenKind.WORD else "" for t in doc.tokens]
        places = frozenset(
            k for c in matches if c.label is Label.LOC and not c.needs_context
            for k in range(c.tok_start, c.tok_end)
        )
        people: dict[int, int] = {}
        for c in matches:
            if c.label is Label.PER and not c.needs_context:
                people[c.tok_end] = min(c.tok_start, people.get(c.tok_end, c.tok_start))
        found: list[Candidate] = []
        for sentence in doc.sentences:
            span = range(sentence.start, sentence.end)
            found += _after_titles(doc, words, span, parts)
            found += _name_runs(doc, words, span, parts)
            found += _organisations(doc, org_words, span, parts, places)
            found += _acronyms(doc, org_words, span, parts)
            found += _facilities(doc, org_words, span, parts, people, places)
        return [c for c in found if (c.tok_start, c.tok_end) not in known]


def _name_like(word: str, parts: frozenset[str], inside: bool = False) -> bool:
    """Whether ``word`` may be part of a name (``inside``: not as its first word)."""
    if not word:
        return False
    if word in parts or (inside and word in rules.PARTS_ALSO_WORDS):
        return True
    return word not in _NOT_NAME and len(word) >= 2


def _ends_name(words: list[str], k: int, end: int, parts: frozenset[str]) -> bool:
    """Whether a name may end before ``k``: the text ends, or the next word cannot go on
    a name (an ordinary word, a postposition, punctuation)."""
    return k >= end or not _name_like(words[k], parts, inside=True)


def _follows_names(words: list[str], k: int, end: int) -> bool:
    return k >= end or words[k] in NAME_FOLLOWERS or not words[k]


def _candidate(doc: Document, start: int, end: int, label: Label, score: float) -> Candidate:
    return Candidate(
        start=doc.tokens[start].start,
        end=doc.tokens[end - 1].end,
        tok_start=start,
        tok_end=end,
        label=label,
        source=SOURCE,
        score=score,
        resolved=False,
    )


def _after_titles(
    doc: Document, words: list[str], span: range, parts: frozenset[str]
) -> list[Candidate]:
    out = []
    end = span.stop
    i = span.start
    while i < end:
        size = title_size(words, i, end - i)
        if not size:
            i += 1
            continue
        title = " ".join(words[i : i + size])
        k = i + size
        if k < end and words[k] in ("،", ","):
            k += 1
        j = k
        while j < end and j - k < rules.MAX_NAME_AFTER_TITLE and _name_like(
            words[j], parts, inside=j > k
        ):
            if title_size(words, j, end - j):
                break
            j += 1
        known = any(words[m] in parts for m in range(k, j))
        if j > k and _ends_name(words, j, end, parts) and (
            known or title not in rules.WEAK_TITLES
        ):
            out.append(_candidate(doc, k, j, Label.PER, SCORE_TITLE))
            i = j
        else:
            i += size
    return out


def _name_runs(
    doc: Document, words: list[str], span: range, parts: frozenset[str]
) -> list[Candidate]:
    out = []
    end = span.stop
    i = span.start
    while i < end:
        if words[i] not in parts:
            i += 1
            continue
        j = i + 1
        while j < end and j - i < rules.MAX_NAME_RUN and (
            words[j] in parts or words[j] in rules.PARTS_ALSO_WORDS
        ):
            j += 1
        if j < end and j - i < rules.MAX_NAME_RUN and _name_like(words[j], parts, True) and (
            j + 1 < end and words[j + 1] == cues.ERGATIVE
        ):
            j += 1  # اکرم ڈوگر نے: one unknown surname before the agentive
        titled = title_ends_at(words, i, span.start)  # the title rule has this name
        if j - i >= 2 and _ends_name(words, j, end, parts) and not titled:
            out.append(_candidate(doc, i, j, Label.PER, SCORE_NAME_PARTS))
        i = max(j, i + 1)
    return out


def _organisations(
    doc: Document, words: list[str], span: range, parts: frozenset[str],
    places: frozenset[int],
) -> list[Candidate]:
    out = []
    for h in span:
        if words[h] not in rules.ORG_NAME_HEADS:
            continue
        i = h
        while i > span.start and h - i < rules.MAX_ORG_MODIFIERS:
            w = words[i - 1]
            if w in rules.ORG_JOINERS and i - 2 > span.start and i < h and (
                _org_word(words[i - 2], parts) or i - 2 in places
            ):
                i -= 1  # واٹر سپلائی اینڈ سیوریج بورڈ
            elif _org_word(w, parts) or i - 1 in places:
                i -= 1
            else:
                break
        # A name, not a phrase: some modifier is a loanword of names or a known place
        # (``سٹیٹ بینک``, ``پنجاب یونیورسٹی``; not ``تحقیقاتی کمیشن``, ``قومی کمیشن``).
        if not any(
            (words[k] in lexicon.NAME_WORDS or k in places)
            and words[k] not in rules.GENERIC_MODIFIERS
            and words[k] not in rules.ORG_JOINERS
            for k in range(i, h)
        ):
            continue
        out.append(_candidate(doc, i, _org_tail(words, h + 1, span.stop, parts, places),
                              Label.ORG, SCORE_ORG))
    return out


def _org_tail(
    words: list[str], end: int, stop: int, parts: frozenset[str], places: frozenset[int]
) -> int:
    """Where an organisation name ends whose head ends before ``end``: after ``آف`` and the
    name words that follow it (``بینک آف پنجاب``, ``یونیورسٹی آف سائنس اینڈ ٹیکنالوجی``),
    at most :data:`~urdu_entities.lang.context_rules.MAX_ORG_TAIL` of them, joined by
    ``اینڈ``; a known place ends it unless it is the first (``بینک آف پنجاب لاہور``)."""
    if not (end + 1 < stop and words[end] == rules.ORG_TAIL_JOINER
            and _tail_word(words[end + 1], parts)):
        return end
    first = end + 1
    end += 2
    while end < stop and end - first < rules.MAX_ORG_TAIL:
        k = end + 1 if words[end] in rules.ORG_TAIL_AND else end
        if k >= stop or k in places or not _tail_word(words[k], parts):
            break
        end = k + 1
    return end


def _tail_word(word: str, parts: frozenset[str]) -> bool:
    """A word of a name after ``آف``: name-like, or an English loanword of names
    (``سائنس``, ``ٹیکنالوجی`` are ordinary words elsewhere)."""
    return word in lexicon.LOANWORDS or word in lexicon.NAME_WORDS or _name_like(
        word, parts, inside=True
    )


def _facilities(
    doc: Document, words: list[str], span: range, parts: frozenset[str],
    people: dict[int, int], places: frozenset[int],
) -> list[Candidate]:
    """``لاہور کے قذافی اسٹیڈیم میں``: a person's name before a facility head is the
    facility's, a place, when a genitive or a known place stands before the name and a
    postposition or punctuation after the head (``بابر اعظم اسٹیڈیم میں موجود تھے`` is the
    player in the stadium)."""
    out = []
    for h in span:
        if words[h] not in rules.FACILITY_HEADS or (h + 1 < span.stop and words[h + 1] and (
            words[h + 1] not in POSTPOSITIONS
        )):
            continue
        start = people.get(h)
        if start is None:
            start = h
            while start > span.start and h - start < rules.MAX_NAME_RUN and (
                words[start - 1] in parts
            ):
                start -= 1
            if h - start < 2:
                continue  # one known name part alone is too weak
        before = start - 1
        if before >= span.start and (words[before] in rules.FACILITY_OWNER_CUES
                                     or before in places):
            out.append(_candidate(doc, start, h + 1, Label.LOC, SCORE_FACILITY))
    return out


def _org_word(word: str, parts: frozenset[str]) -> bool:
    """A word that may stand before an organisation's head: an English loanword of names
    (``نیشنل``, ``واٹر``) or a name-like word that is not a person's name part."""
    if word in rules.ORG_JOINERS:
        return False
    return word in lexicon.NAME_WORDS or (_name_like(word, parts) and word not in parts)


def _acts_like_organisation(words: list[str], k: int, end: int) -> bool:
    """``… نے`` or ``… کے رہنما`` after a span."""
    if k < end and words[k] == cues.ERGATIVE:
        return True
    return k + 1 < end and words[k] in ("کے", "کی", "کا") and (
        words[k + 1] in rules.ORG_MEMBER_WORDS
    )


def _acronyms(
    doc: Document, words: list[str], span: range, parts: frozenset[str]
) -> list[Candidate]:
    out = []
    i = span.start
    while i < span.stop:
        if words[i] not in lexicon.LETTERS:
            i += 1
            continue
        j = i
        while j < span.stop and words[j] in lexicon.LETTERS:
            j += 1
        after = j
        while j > i and words[j - 1] in _AMBIGUOUS_LETTERS:
            j -= 1  # بی این پی کے رہنما: the last کے is the postposition
        if j == i:
            i = after
            continue
        letters = words[i:j]
        clear = any(w not in _AMBIGUOUS_LETTERS for w in letters)
        # جی ایچ شیخ: initials of a person
        person = j < span.stop and (
            _name_like(words[j], parts) or words[j] in rules.PARTS_ALSO_WORDS
            or words[j] in lexicon.NAMES
        )
        if (
            len(letters) >= rules.MIN_ACRONYM_LETTERS
            and clear
            and not person
            and _acts_like_organisation(words, j, span.stop)
        ):
            out.append(_candidate(doc, i, j, Label.ORG, SCORE_ACRONYM))
        i = after
    return out
