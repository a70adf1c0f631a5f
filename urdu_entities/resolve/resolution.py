"""Resolution: confirm ambiguous matches, choose among overlaps, link short mentions.

Each step reads and returns plain :class:`~urdu_entities.candidates.Candidate` lists.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from urdu_entities.lang.collisions import COMMON_NAME_WORDS
from urdu_entities.lang.common_words import ORDINARY_WORDS
from urdu_entities.lang.context_rules import FACILITY_HEADS
from urdu_entities.lang.punctuation import BRACKETS, JOINERS, MAX_ACRONYM_TOKENS
from urdu_entities.models import Label
from urdu_entities.resolve.romanize import canonical_for_words
from urdu_entities.text import context as rules
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.document import Document
from urdu_entities.text.edges import title_before
from urdu_entities.text.tokenize import TokenKind

#: An ambiguous place or organisation form (``چین``) that no title, list or earlier mention
#: supports is accepted where a name fits only in a document that already names this many
#: unambiguous entities of its type: then the document is about such things.
MIN_NAMED_AROUND = 2

#: Shortest word that may name a person by document alias without a title before it.
MIN_UNTITLED_ALIAS = 3

_NAME_LABELS = (Label.PER, Label.LOC, Label.ORG)

#: Lowest score of a chosen name that :func:`spread_names` repeats across the document.
MIN_SPREAD_SCORE = 0.75
#: Shortest one-word name (letters) that :func:`spread_names` repeats.
MIN_SPREAD_WORD = 4


def _is_guess(c: Candidate) -> bool:
    """A name proposed without a gazetteer entry or a canonical form (a learned tagger's
    span): the gazetteer and rules take precedence over it."""
    return c.entry is None and c.canonical is None and c.label in _NAME_LABELS


#: Sources of rule-based guesses (:mod:`urdu_entities.recognisers.context`): they only fill
#: gaps the learned tagger leaves, so one that overlaps a tagger span gives way to it.
RULE_SOURCES = frozenset({"context"})


def defer_rules(candidates: list[Candidate]) -> list[Candidate]:
    """Drop rule-based guesses that overlap a guess of another recogniser (the tagger's
    span is learned; the rule only reads a cue)."""
    others = [c for c in candidates if _is_guess(c) and c.source not in RULE_SOURCES]
    if not others:
        return candidates
    taken = {k for c in others for k in range(c.tok_start, c.tok_end)}
    return [
        c for c in candidates
        if c.source not in RULE_SOURCES
        or not any(k in taken for k in range(c.tok_start, c.tok_end))
    ]


def weigh_guesses(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """Combine guesses with gazetteer and rule matches, after ``confirm_ambiguous``.

    A gazetteer match with its context wins: a guess on exactly its tokens and label only
    adds its evidence to the match's ``source`` (``gazetteer+model``), and a guess that
    crosses or falls inside a match, touches a date, or lies in a fixed phrase where a name
    is an ordinary word (``کم از کم``) is dropped. An organisation guess that
    strictly contains matches (``پاکستان مسلم لیگ`` around ``پاکستان``) stays, to compete by
    length.
    An ambiguous match the guess agrees with has already been confirmed (see
    :func:`confirm_ambiguous`). Guesses over no match are kept: names no gazetteer lists.
    """
    guesses: list[Candidate] = []
    out: list[Candidate] = []
    for c in candidates:
        (guesses if _is_guess(c) else out).append(c)
    if not guesses:
        return candidates
    sure = [c for c in out if not c.needs_context]
    owner: dict[int, int] = {}
    for i, c in enumerate(sure):
        for k in range(c.tok_start, c.tok_end):
            owner.setdefault(k, i)
    evidence: dict[int, str] = {}
    kept = []
    for g in guesses:
        if rules.in_collision_phrase(doc, g.tok_start, g.tok_end):
            continue  # کم از کم: never a name
        hit = {owner[k] for k in range(g.tok_start, g.tok_end) if k in owner}
        if not hit:
            kept.append(g)
            continue
        same = [i for i in hit if (sure[i].tok_start, sure[i].tok_end) == (g.tok_start,
                                                                         g.tok_end)]
        if same:
            match = sure[same[0]]
            if match.label is g.label and not match.source.endswith("+" + g.source):
                evidence[same[0]] = g.source
            continue
        # Only an organisation name grows around known names (پاکستان مسلم لیگ), and a
        # facility around the person it is named after (قذافی اسٹیڈیم); any other person or
        # place guess around one is an over-long span (پوتن باقاعدگی, کوریا یا برطانیہ).
        grows = g.label is Label.ORG or (
            g.label is Label.LOC and doc.word(g.tok_end - 1) in FACILITY_HEADS
        )
        inside = grows and all(
            g.tok_start <= sure[i].tok_start
            and sure[i].tok_end <= g.tok_end
            and sure[i].label in _NAME_LABELS
            for i in hit
        )
        if inside:
            kept.append(g)
    if evidence:
        marked = {id(sure[i]): src for i, src in evidence.items()}
        out = [
            replace(c, source=f"{c.source}+{marked[id(c)]}") if id(c) in marked else c
            for c in out
        ]
    return out + kept


def name_unknowns(
    doc: Document, chosen: list[Candidate], candidates: list[Candidate]
) -> list[Candidate]:
    """Give chosen names without a canonical form one composed from their parts
    (:func:`~urdu_entities.resolve.romanize.canonical_for_words`): gazetteer matches inside the
    span (``پنجاب`` in ``پنجاب حکومت``), given names and initials, else a romanisation.
    They keep ``id=None`` and ``resolved=False``."""
    by_start: dict[int, list[Candidate]] = {}
    for p in candidates:
        if p.canonical is not None and p.entry is not None and not p.needs_context:
            by_start.setdefault(p.tok_start, []).append(p)
    out = []
    for c in chosen:
        if c.canonical is not None or c.label not in _NAME_LABELS:
            out.append(c)
            continue
        whole = _whole_name(doc, c, by_start)
        if whole is not None:
            out.append(whole)
            continue
        known = {
            _words_key(doc, p.tok_start, p.tok_end): _part_canonical(doc, p, c.label)
            for start in range(c.tok_start, c.tok_end)
            for p in by_start.get(start, ())
            if p.canonical is not None
            and p.tok_end <= c.tok_end
            and (p.tok_start, p.tok_end) != (c.tok_start, c.tok_end)
        }
        canonical = canonical_for_words(_span_words(doc, c), c.label.value, known)
        out.append(replace(c, canonical=canonical or None, id=None, resolved=False))
    return out


def _part_canonical(doc: Document, p: Candidate, label: Label) -> str:
    """The English a known part gives a longer name of another label: a person named by one
    word of their name gives that word's English (``قذافی اسٹیڈیم`` → Gaddafi Stadium, not
    Muammar Gaddafi Stadium), read off a listed form of as many words as the canonical."""
    canonical = p.canonical or ""
    entry = p.entry
    if entry is None or p.label is not Label.PER or label is Label.PER or (
        p.tok_end - p.tok_start != 1
    ):
        return canonical
    english = canonical.split(" (")[0].split()
    word = doc.tokens[p.tok_start].text
    for form in entry.forms:
        words = [t.text for t in Document.from_text(form).tokens if t.is_word]
        if len(words) == len(english) > 1 and word in words:
            return english[words.index(word)]
    return canonical


def _words_key(doc: Document, tok_start: int, tok_end: int) -> str:
    return " ".join(t.text for t in doc.tokens[tok_start:tok_end] if t.is_word)


def _span_words(doc: Document, c: Candidate) -> list[tuple[str, TokenKind]]:
    """The words of a candidate from the document's tokens; a name glued to the next word
    ends inside its last token (``فورمحکام``), which is cut there."""
    words = []
    for t in doc.tokens[c.tok_start : c.tok_end]:
        if t.is_word and t.start < c.end:
            words.append((t.text if t.end <= c.end else doc.text[t.start : c.end], t.kind))
    return words


def _whole_name(
    doc: Document, c: Candidate, by_start: dict[int, list[Candidate]]
) -> Candidate | None:
    """The known entity a guessed span names as a whole, if any: a gazetteer match of the
    guess's label inside it whose English name already holds every other part of the span
    (``پاکستان`` + ``مسلم لیگ نواز`` is Pakistan Muslim League (N), not "Pakistan Pakistan
    Muslim League (N)"). The guess keeps its span and takes the entry."""
    inner = [
        p for k in range(c.tok_start, c.tok_end) for p in by_start.get(k, ())
        if p.tok_end <= c.tok_end and p.label is c.label and p.canonical is not None
    ]
    if not inner:
        return None
    best = max(inner, key=lambda p: p.tok_end - p.tok_start)
    english = set(_english_words(best.canonical or ""))
    covered = set(range(best.tok_start, best.tok_end))
    for p in by_start.get(c.tok_start, ()) if c.tok_start < best.tok_start else ():
        if p.tok_end <= best.tok_start and set(_english_words(p.canonical or "")) <= english:
            covered.update(range(p.tok_start, p.tok_end))
    rest = [k for k in range(c.tok_start, c.tok_end) if k not in covered and doc.tokens[k].is_word]
    if rest:
        return None
    return replace(c, canonical=best.canonical, id=best.id, entry=best.entry, resolved=True,
                   source=f"{best.source}+{c.source}")


def _english_words(name: str) -> list[str]:
    return [w.strip("(),").casefold() for w in name.split() if w.strip("(),")]


def confirm_ambiguous(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """Keep a match on an ordinary-word form (``کم``, ``چین``) only with supporting context:
    a title before it, an earlier unambiguous mention of the same entity, or (for places and
    organisations) a position where a name fits — never inside ``کم از کم`` or ``بہت کم``."""
    first_sure: dict[tuple[str, str], int] = {}
    for c in candidates:
        if c.entry is not None and not c.needs_context:
            key = (c.label.value, c.entry.canonical)
            first_sure[key] = min(first_sure.get(key, c.start), c.start)
    # A guess on exactly the same tokens with the same label (a tagger's span) confirms.
    guessed = {(c.tok_start, c.tok_end, c.label): c.source for c in candidates if _is_guess(c)}
    sure_tokens = {
        k
        for c in candidates
        if not c.needs_context and not _is_guess(c)
        for k in range(c.tok_start, c.tok_end)
    }
    sure_labels = Counter(
        c.label for c in candidates if c.entry is not None and not c.needs_context
    )
    carried = doc.carried
    if carried is not None:  # a window of a longer text: what the text before it named
        sure_labels.update(carried.sure_labels)
        for key in carried.sure_entities:
            first_sure[key] = -1
    kept = []
    for c in candidates:
        if not c.needs_context:
            kept.append(c)
            continue
        confirmed = _confirmation(doc, c, first_sure, sure_tokens, guessed, sure_labels)
        if confirmed is not None:
            kept.append(replace(c, needs_context=False, source=f"{c.source}+{confirmed}"))
    return kept


def _confirmation(
    doc: Document,
    c: Candidate,
    first_sure: dict[tuple[str, str], int],
    sure_tokens: set[int],
    guessed: dict[tuple[int, int, Label], str],
    sure_labels: Counter[Label],
) -> str | None:
    if rules.in_collision_phrase(doc, c.tok_start, c.tok_end):
        return None
    if title_before(doc, c.tok_start) is not None:
        return "title"
    if (c.tok_start, c.tok_end, c.label) in guessed:
        return guessed[(c.tok_start, c.tok_end, c.label)]
    if rules.ordinary_word_context(doc, c.tok_start, c.tok_end):
        return None
    earlier = c.entry is not None and first_sure.get(
        (c.label.value, c.entry.canonical), c.start
    ) < c.start
    if earlier and rules.followed_like_a_name(doc, c.tok_end):
        return "alias"
    if c.label is not Label.PER:
        before, after = rules.list_neighbours(doc, c.tok_start, c.tok_end)
        if before in sure_tokens or after in sure_tokens:
            return "list"
        if sure_labels[c.label] >= MIN_NAMED_AROUND and rules.followed_like_a_name(
            doc, c.tok_end
        ):
            return "context"
    return None


def _priority(c: Candidate) -> tuple[float, int, float, int]:
    # Rule of thumb: the longer span wins, then the better-scored one, then the earlier one.
    return (-(c.end - c.start), -(c.tok_end - c.tok_start), -c.score, c.start)


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Choose non-overlapping candidates, longest and best first; return them sorted."""
    taken: set[int] = set()
    chosen = []
    for c in sorted(candidates, key=_priority):
        span = range(c.tok_start, c.tok_end)
        if any(k in taken for k in span):
            continue
        taken.update(span)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def link_aliases(doc: Document, chosen: list[Candidate]) -> list[Candidate]:
    """Resolve short mentions of people named in full earlier in the document.

    After ``جان ایف کربی`` the last name ``کربی`` alone names him; after ``لی ہونگ زونگ`` the
    first name ``لی`` does too, but only after a title (``مسٹر لی``) because it is short and
    common. The first full mention of a word wins.
    """
    carried = doc.carried
    earlier = {} if carried is None else carried.aliases  # from the windows before this one
    aliases = {**earlier}
    for word, alias in _full_names(doc, chosen).items():
        aliases.setdefault(word, alias)
    if not aliases:
        return chosen
    # A one-word name the tagger found without an entry (``کربی`` after ``جان ایف کربی``)
    # takes the full name's canonical form: the tagger's span is context enough.
    guesses = {
        c.tok_start: c
        for c in chosen
        if c.entry is None and not c.resolved and c.label is Label.PER
        and c.tok_end - c.tok_start == 1 and c.source != "alias"
    }
    taken = {k for c in chosen for k in range(c.tok_start, c.tok_end) if k not in guesses}
    replaced: set[int] = set()  # ids of guesses that gave way to an alias
    linked: list[Candidate] = []
    for k, token in enumerate(doc.tokens):
        if k in taken or token.text not in aliases:
            continue
        full, needs_title = aliases[token.text]
        if full.start >= token.start and earlier.get(token.text) is None:
            continue
        guess = guesses.get(k)
        if guess is not None:
            replaced.add(id(guess))
            source = f"{guess.source}+alias"
        elif title_before(doc, k) is None and (
            needs_title
            or len(token.text) < MIN_UNTITLED_ALIAS
            or token.text in COMMON_NAME_WORDS
            or rules.ordinary_word_context(doc, k, k + 1)
            or not rules.followed_like_a_name(doc, k + 1)
        ):
            continue
        else:
            source = "alias"
        linked.append(
            replace(
                full,
                start=token.start,
                end=token.end,
                tok_start=k,
                tok_end=k + 1,
                source=source,
                score=min(full.score, 0.9),
            )
        )
    linked.extend(c for c in chosen if id(c) not in replaced)
    linked.sort(key=lambda c: c.start)
    return linked


def spread_names(doc: Document, chosen: list[Candidate]) -> list[Candidate]:
    """Document-level consistency: a name chosen once with confidence is found at its other
    occurrences in the document too (``source="document"``), where nothing else was chosen
    and the words are not an ordinary phrase there.

    Confident: a gazetteer match that needed no context, or a guess scoring at least
    :data:`MIN_SPREAD_SCORE`. A one-word name spreads only when it is at least
    :data:`MIN_SPREAD_WORD` letters long and not an ordinary word or a common given name.
    """
    carried = doc.carried
    names = {} if carried is None else dict(carried.names)  # from the windows before this one
    for words, c in _confident_names(doc, chosen).items():
        names.setdefault(words, c)
    if not names:
        return chosen
    taken = {k for c in chosen for k in range(c.tok_start, c.tok_end)}
    first_words: dict[str, list[tuple[str, ...]]] = {}
    for words in names:
        first_words.setdefault(words[0], []).append(words)
    added: list[Candidate] = []
    for i, token in enumerate(doc.tokens):
        for words in first_words.get(token.text, ()):
            end = i + len(words)
            if end > len(doc.tokens) or any(k in taken for k in range(i, end)):
                continue
            if tuple(doc.word(k) for k in range(i, end)) != words:
                continue
            if rules.ordinary_word_context(doc, i, end):
                continue
            full = names[words]
            added.append(replace(full, start=token.start, end=doc.tokens[end - 1].end,
                                 tok_start=i, tok_end=end, source="document",
                                 score=min(full.score, 0.85)))
            taken.update(range(i, end))
            break
    if not added:
        return chosen
    return sorted([*chosen, *added], key=lambda c: c.start)


def _confident_names(doc: Document, chosen: list[Candidate]) -> dict[tuple[str, ...], Candidate]:
    """The names :func:`spread_names` spreads, by their words; the first mention wins."""
    names: dict[tuple[str, ...], Candidate] = {}
    for c in chosen:
        if c.label not in _NAME_LABELS or c.needs_context or c.score < MIN_SPREAD_SCORE:
            continue
        words = tuple(doc.word(k) for k in range(c.tok_start, c.tok_end))
        if not all(doc.tokens[k].is_word for k in range(c.tok_start, c.tok_end)):
            continue
        if c.end != doc.tokens[c.tok_end - 1].end:
            continue  # a name glued to the next word
        if len(words) == 1 and (
            len(words[0]) < MIN_SPREAD_WORD
            or words[0] in COMMON_NAME_WORDS
            or words[0] in ORDINARY_WORDS
        ):
            continue
        names.setdefault(words, c)
    return names


def _full_names(doc: Document, chosen: list[Candidate]) -> dict[str, tuple[Candidate, bool]]:
    """Words that may stand for a person named in full: the last word, and the first (which
    needs a title before it); the first full mention of a word wins."""
    aliases: dict[str, tuple[Candidate, bool]] = {}
    for c in chosen:
        if c.label is not Label.PER or c.tok_end - c.tok_start < 2:
            continue
        words = [doc.word(k) for k in range(c.tok_start, c.tok_end) if doc.tokens[k].is_word]
        if len(words) < 2:
            continue
        aliases.setdefault(words[-1], (c, False))
        aliases.setdefault(words[0], (c, True))
    return aliases


def _carry(doc: Document, candidates: list[Candidate], chosen: list[Candidate]) -> None:
    """Add what this window names to what the next windows know (:class:`Carried`)."""
    carried = doc.carried
    if carried is None:
        return
    for c in candidates:
        if c.entry is not None and not c.needs_context:
            carried.sure_entities.add((c.label.value, c.entry.canonical))
            carried.sure_labels[c.label] += 1
    for word, alias in _full_names(doc, chosen).items():
        carried.aliases.setdefault(word, alias)
    for words, name in _confident_names(doc, chosen).items():
        carried.names.setdefault(words, name)


def bracketed_acronyms(doc: Document, chosen: list[Candidate]) -> list[Candidate]:
    """A Latin acronym in brackets right after an organisation or a place names it too
    (``بنگلہ دیش نیشنلسٹ پارٹی (BNP)``, ``متحدہ عرب امارات (UAE)``): it takes the name's
    label, canonical form and id, with ``source="alias"``."""
    taken = {k for c in chosen for k in range(c.tok_start, c.tok_end)}
    tokens = doc.tokens
    added = []
    for c in chosen:
        k = c.tok_end
        if c.label not in (Label.ORG, Label.LOC) or k >= len(tokens):
            continue
        closing = BRACKETS.get(tokens[k].text)
        if closing is None:
            continue
        end = k + 1
        while end < len(tokens) and end - k <= MAX_ACRONYM_TOKENS and tokens[end].text != closing:
            end += 1
        inner = range(k + 1, end)
        if end >= len(tokens) or tokens[end].text != closing or not inner or any(
            i in taken for i in inner
        ):
            continue
        if tokens[k + 1].kind is not TokenKind.LATIN or not all(
            (tokens[i].kind is TokenKind.LATIN and tokens[i].text.isupper())
            or tokens[i].text in JOINERS
            for i in inner
        ):
            continue
        letters = "".join(tokens[i].text for i in inner if tokens[i].kind is TokenKind.LATIN)
        if not _abbreviates(letters, c.canonical or ""):
            continue
        added.append(replace(c, start=tokens[k + 1].start, end=tokens[end - 1].end,
                             tok_start=k + 1, tok_end=end, source="alias"))
    if not added:
        return chosen
    return sorted(chosen + added, key=lambda c: c.tok_start)


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` can stand for ``name``: the same first letter, and its letters in
    the name's in order (``BNP`` Bangladesh Nationalist Party, ``NADRA`` National Database
    and Registration Authority; not ``UAE`` for Pakistan)."""
    letters = iter(ch for ch in name.upper() if ch.isalpha())
    head = next(letters, None)
    return bool(acronym) and acronym[0] == head and all(ch in letters for ch in acronym[1:])


def resolve(doc: Document, candidates: list[Candidate]) -> list[Candidate]:
    """All resolution steps in order."""
    confirmed = weigh_guesses(doc, confirm_ambiguous(doc, defer_rules(candidates)))
    chosen = name_unknowns(doc, select(confirmed), confirmed)
    linked = bracketed_acronyms(doc, link_aliases(doc, spread_names(doc, chosen)))
    _carry(doc, candidates, chosen)
    return linked
