"""Canonical English forms for names no gazetteer knows.

:func:`canonical_for_unknown` composes a name from known parts where it can — given names
and initials (:mod:`urdu_entities.lang.given_names`), words of organisation names, and parts
the caller already resolved (a gazetteer match inside the span) — and spells the rest with
the letter rules of :mod:`urdu_entities.lang.romanization`, inferring the short vowels Urdu
leaves unwritten:

>>> canonical_for_unknown("جین ایچ لی")
'Jean H. Lee'
>>> canonical_for_unknown("سرگئی کے شوئیگو")
'Sergei K. Shoigu'
>>> canonical_for_unknown("بی بی سی")
'BBC'
>>> romanize_word("وسیم")
'Wasim'

The result is a readable English spelling, not a reversible transliteration; entities named
this way carry ``resolved=False`` and no ``id``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from urdu_entities.lang import romanization as rz
from urdu_entities.text import lexicon
from urdu_entities.text.normalize import normalize_text
from urdu_entities.text.tokenize import TokenKind, tokenize

#: A table value starting with this joins the previous word without a space
#: (``عطا اللہ`` → ``Ataullah``, ``فیصل آباد`` → ``Faisalabad``).
GLUE = "~"

#: Longest table key, in words.
_MAX_KEY_WORDS = 3

#: Two-consonant clusters that end English words as they are (``Mark``, ``Jong``); any other
#: final pair gets a short vowel (``Sajid``, ``Asad``).
FINAL_CLUSTERS = frozenset(
    "nd nt ng nk nz rk rt rd rn rs rz rg rl rm st sk sp ft lt lf lm mp ks ts ps kh".split()
)


# ---------------------------------------------------------------------------- one word
def _segments(word: str) -> list[tuple[str, str, bool]]:
    """Split a word into sounds: ``(kind, latin, long)`` with kind ``C`` or ``V``; ``long``
    marks a written long vowel (alef), which shapes the vowel supplied after it."""
    segs: list[tuple[str, str, bool]] = []
    n = len(word)
    i = 0
    sounds = rz.VOWEL_SOUNDS

    def is_vowel_letter(ch: str) -> bool:
        return ch in rz.VOWEL_LETTERS or ch in rz.SEMIVOWELS

    while i < n:
        ch = word[i]
        nxt = word[i + 1] if i + 1 < n else ""
        prev_kind = segs[-1][0] if segs else ""
        initial = not segs
        final = i == n - 1
        pair = word[i : i + 2]
        # Vowel digraphs read as one sound.
        if pair in rz.VOWEL_DIGRAPHS and len(pair) == 2 and (
            (initial and pair[0] in "اآ") or pair[0] in "ئو" or (initial and pair == "یو")
        ):
            if pair == "یو" and initial:
                segs.append(("C", "y", False))
                segs.append(("V", "ou", False))
            else:
                segs.append(("V", rz.VOWEL_DIGRAPHS[pair], False))
            i += 2
            continue
        if ch == rz.ASPIRATE_MARK:
            if segs and segs[-1][0] == "C" and not segs[-1][1].endswith("h"):
                kind, text, long_ = segs[-1]
                segs[-1] = (kind, text + "h", long_)
            elif segs and segs[-1][0] == "C":
                base = segs[-1][1]
                segs[-1] = ("C", {"ch": "chh"}.get(base, base), False)
            else:
                segs.append(("C", "h", False))
            i += 1
            continue
        if ch == rz.HEH and final and segs:
            # Final heh after a consonant is the vowel a (عائشہ); after alef it is h (راہ).
            if prev_kind == "C":
                segs.append(("V", rz.FINAL_HEH, False))
            else:
                segs.append(("C", "h", False))
            i += 1
            continue
        if ch in rz.CONSONANTS:
            segs.append(("C", rz.CONSONANTS[ch], False))
            i += 1
            continue
        if ch in (rz.WAW, rz.YEH):
            table = sounds[ch]
            before_vowel = bool(nxt) and is_vowel_letter(nxt) and nxt != ch
            if initial:
                segs.append(("C", table["initial"], False))
            elif prev_kind == "V":
                # After a vowel: a glide before another vowel, else a vowel of its own
                # (long before a consonant: سعید Saeed).
                if before_vowel or (ch == rz.WAW and nxt and not final):
                    segs.append(("C", table["consonant"], False))
                elif ch == rz.YEH and not final:
                    segs.append(("V", rz.LONG_I, False))
                else:
                    segs.append(("V", table["after_vowel"], False))
            elif final:
                segs.append(("V", table["final"], False))
            elif ch == rz.WAW and nxt in (rz.ALEF, rz.ALEF_MADDA, rz.YEH, rz.BARI_YEH):
                segs.append(("C", table["consonant"], False))  # نواز Nawaz
            elif ch == rz.YEH and nxt in (rz.ALEF, rz.WAW, rz.ALEF_MADDA):
                segs.append(("V", "i", False))  # نیاز Niaz
            else:
                segs.append(("V", table["medial"], False))
            i += 1
            continue
        if ch in sounds:
            table = sounds[ch]
            if initial:
                latin = table["initial"]
            elif prev_kind == "V":
                latin = table["after_vowel"]
            elif final:
                latin = table["final"]
            else:
                latin = table["medial"]
            long_ = ch in (rz.ALEF, rz.ALEF_MADDA) and not initial
            if latin:
                if segs and segs[-1][0] == "V" and segs[-1][1].endswith(latin) and latin == "a":
                    segs[-1] = ("V", segs[-1][1], segs[-1][2] or long_)  # عا, اا: one a
                else:
                    segs.append(("V", latin, long_))
            i += 1
            continue
        # Any other letter (rare Arabic forms): keep nothing.
        i += 1
    return segs


def _supply_vowels(segs: list[tuple[str, str, bool]]) -> str:
    """Join the sounds, supplying the short vowels Urdu does not write."""
    n = len(segs)
    if not n:
        return ""
    consonant_only = all(kind == "C" for kind, _, _ in segs)
    out: list[str] = []
    i = 0
    while i < n:
        if segs[i][0] == "V":
            out.append(segs[i][1])
            i += 1
            continue
        j = i
        while j < n and segs[j][0] == "C":
            j += 1
        run = [text for _, text, _ in segs[i:j]]
        at_start, at_end = i == 0, j == n
        if consonant_only:
            # No vowel written at all: a vowel after every consonant but the last, except
            # inside a final English cluster (سندھ Sandh, ٹرمپ Taramp, حسن Hasan).
            out.append(run[0])
            for k in range(1, len(run)):
                last_pair = k == len(run) - 1 and k >= 2 and run[k - 1][-1] + run[k][0]
                if not (last_pair and last_pair in FINAL_CLUSTERS):
                    out.append(rz.SHORT_VOWEL)
                out.append(run[k])
        elif at_start:
            out.append(run[0])
            if len(run) >= 2:
                out.append(rz.SHORT_VOWEL)
            out.extend(run[1:])
        elif at_end and len(run) == 2:
            cluster = run[0][-1] + run[1][0]
            if cluster in FINAL_CLUSTERS or run[0] + run[1] in FINAL_CLUSTERS:
                out.extend(run)
            else:
                after_long = segs[i - 1][2]
                out.extend([run[0], "i" if after_long else rz.SHORT_VOWEL, run[1]])
        elif len(run) >= 3:
            if run[1][0] + run[2][0] in rz.ONSETS:
                # Before an onset pair: پاکستان Pakistan.
                out.extend([run[0], rz.ONSET_VOWEL, *run[1:]])
            else:
                # احمد Ahmad, اسلم Aslam.
                out.extend(run[:-1])
                out.append(rz.SHORT_VOWEL)
                out.append(run[-1])
        else:
            out.extend(run)
        i = j
    return "".join(out)


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


@lru_cache(maxsize=8192)
def romanize_word(word: str) -> str:
    """Spell one Urdu word in Latin letters, capitalised (``وسیم`` → ``Waseem``).

    Arabic-style compounds are split on their article (``عبدالقیوم`` → ``Abdul Qayum``,
    ``ظفراللہ`` → ``Zafarullah``). Non-Arabic-script words are returned unchanged.
    """
    word = normalize_text(word).strip()
    if not word:
        return ""
    if not any("\u0600" <= ch <= "\u06ff" for ch in word):
        return word
    for prefix, latin in lexicon.PREFIXES.items():
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            rest = word[len(prefix) :]
            return latin + _lookup_or_spell(rest)
    for suffix, latin in lexicon.SUFFIXES.items():
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            head = word[: -len(suffix)]
            return _lookup_or_spell(head) + latin
    return _capitalise(_supply_vowels(_segments(word)))


def _lookup_or_spell(word: str) -> str:
    known = lexicon.NAMES.get(word) or lexicon.NAME_WORDS.get(word) or lexicon.LOANWORDS.get(word)
    return known or _capitalise(_supply_vowels(_segments(word)))


# ---------------------------------------------------------------------------- whole names
def _words(text: str) -> list[tuple[str, TokenKind]]:
    return [(t.text, t.kind) for t in tokenize(normalize_text(text)) if t.is_word]


def canonical_for_unknown(
    text: str,
    label: str | None = None,
    known: Mapping[str, str] | None = None,
) -> str:
    """An English form for a name that no gazetteer entry resolves.

    Args:
        text: the name as written (titles and postpositions already left out).
        label: ``"PER"``, ``"LOC"`` or ``"ORG"`` when known. Spelled-out letters are
            initials in a person's name (``جان ایف کربی`` → ``John F. Kirby``) and an acronym
            otherwise (``بی بی سی`` → ``BBC``).
        known: English forms of parts already resolved elsewhere, keyed by their normalised
            Urdu words joined by single spaces (``{"پنجاب": "Punjab"}`` for ``پنجاب حکومت``).

    Known parts are used first (longest first), then the given-name and name-word tables,
    then letter-by-letter spelling with inferred vowels.
    """
    words = _words(text)
    if not words:
        return text.strip()
    known_norm = {lexicon.phrase_key(k): v for k, v in (known or {}).items()}
    return canonical_for_words(words, label, known_norm)


def canonical_for_words(
    words: Sequence[tuple[str, TokenKind]],
    label: str | None = None,
    known: Mapping[str, str] | None = None,
) -> str:
    """:func:`canonical_for_unknown` for a name already normalised and tokenised: its words
    (no punctuation) with their kinds, and ``known`` keyed by normalised words joined by
    single spaces. The resolver calls this with a document's own tokens."""
    known_norm = known or {}
    n = len(words)
    person = label == "PER"
    not_a_person = label in ("ORG", "LOC")  # without a label, کے may be an initial
    all_letters = n >= 2 and all(w in lexicon.LETTERS for w, _ in words)
    if n == 1 and words[0][0] in lexicon.LETTERS and words[0][0] not in lexicon.NAMES:
        return lexicon.LETTERS[words[0][0]]
    parts: list[str] = []
    i = 0
    while i < n:
        word, kind = words[i]
        if kind is TokenKind.LATIN or kind is TokenKind.NUMBER:
            parts.append(word)
            i += 1
            continue
        if not_a_person and not all_letters and word in rz.NAME_GENITIVES and 0 < i < n - 1:
            i += 1
            continue
        # Spelled-out letters: a run of two or more is an acronym unless this is a person;
        # one letter before more of a person's name is an initial.
        if word in lexicon.LETTERS and (all_letters or (n >= 2 and i < n - 1)) and not (
            word in lexicon.NAMES and not all_letters
        ):
            j = i
            while j < n and words[j][0] in lexicon.LETTERS:
                j += 1
            if j < n and j - i >= 3 and not_a_person and words[j - 1][0] in rz.NAME_GENITIVES:
                j -= 1  # آئی ایم ایف کے ایگزیکٹو: the genitive, not a K
            letters = [lexicon.LETTERS[w] for w, _ in words[i:j]]
            if len(letters) >= 2 and not person:
                parts.append("".join(letters))
            else:
                parts.extend(f"{letter}." for letter in letters)
            i = j
            continue
        matched = False
        for size in range(min(_MAX_KEY_WORDS, n - i), 0, -1):
            key = " ".join(w for w, _ in words[i : i + size])
            found = (known_norm.get(key) or lexicon.NAMES.get(key)
                     or lexicon.NAME_WORDS.get(key) or lexicon.LOANWORDS.get(key))
            if found is None and size > 1:
                found = lexicon.NAMES.get(key.replace(" ", ""))
            if found is not None:
                parts.append(found)
                i += size
                matched = True
                break
        if not matched:
            parts.append(romanize_word(word))
            i += 1
    return _join(parts)


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if not part:
            continue
        if part.startswith(GLUE):
            part = part[len(GLUE) :]
            out = out + part if out else _capitalise(part)
            continue
        if not out:
            out = _capitalise(part) if part[0].islower() and part not in ("bin", "bint") else part
        elif part.startswith("-") or out.endswith("-"):
            out += part
        else:
            out += " " + part
    return out
