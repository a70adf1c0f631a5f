"""Letter rules for spelling an Urdu name in Latin letters so that it reads like an English
spelling of the name (``Waseem Akram``, ``Quetta``), not like a letter-by-letter
transliteration (``wsym akrm``).

Urdu writes consonants and long vowels; short vowels are left out. The rules below say how
each letter sounds by its position, and :mod:`urdu_entities.romanize` infers the unwritten
short vowels. All keys are normalised Urdu letters (see :mod:`urdu_entities.normalize`).
"""

from __future__ import annotations

#: Consonants and their usual Latin spelling. Letters that render one Arabic sound in Urdu
#: (ث س ص → s, ذ ز ض ظ → z, ت ٹ ط → t) share a spelling.
CONSONANTS: dict[str, str] = {
    "ب": "b",
    "پ": "p",
    "ت": "t",
    "ٹ": "t",
    "ث": "s",
    "ج": "j",
    "چ": "ch",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ڈ": "d",
    "ذ": "z",
    "ر": "r",
    "ڑ": "r",
    "ز": "z",
    "ژ": "zh",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "z",
    "ط": "t",
    "ظ": "z",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ک": "k",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ں": "n",
    "ہ": "h",
}

#: ``ھ`` after a consonant marks aspiration: ``بھ`` bh, ``کھ`` kh. Digraphs whose plain
#: spelling already ends in ``h`` (``چھ``) take it doubled only where English would.
ASPIRATE_MARK = "ھ"
ASPIRATED: dict[str, str] = {
    "چ": "chh",
    "ک": "kh",
    "گ": "gh",
}

#: Vowel letters. Their sound depends on position; see :data:`VOWEL_SOUNDS`.
ALEF = "ا"
ALEF_MADDA = "آ"
WAW = "و"
WAW_HAMZA = "ؤ"
YEH = "ی"
BARI_YEH = "ے"
AIN = "ع"
HAMZA = "ء"
YEH_HAMZA = "ئ"
HEH = "ہ"

#: How vowel letters sound by position: ``initial`` (first letter of the word), ``medial``
#: (after a consonant, before more letters), ``final`` (last letter, after a consonant),
#: ``after_vowel`` (right after another vowel letter).
VOWEL_SOUNDS: dict[str, dict[str, str]] = {
    ALEF: {"initial": "a", "medial": "a", "final": "a", "after_vowel": "a"},
    ALEF_MADDA: {"initial": "a", "medial": "a", "final": "a", "after_vowel": "a"},
    # و: a consonant w at the start or next to a vowel, o inside a syllable, o/u at the end.
    WAW: {"initial": "w", "medial": "o", "final": "o", "after_vowel": "w", "consonant": "w"},
    WAW_HAMZA: {"initial": "o", "medial": "o", "final": "o", "after_vowel": "o"},
    # ی: y at the start or before a vowel, i inside and at the end.
    YEH: {"initial": "y", "medial": "i", "final": "i", "after_vowel": "i", "consonant": "y"},
    BARI_YEH: {"initial": "e", "medial": "e", "final": "e", "after_vowel": "e"},
    # ع: a vowel carrier; a at the start or after a consonant, silent at the end.
    AIN: {"initial": "a", "medial": "a", "final": "", "after_vowel": ""},
    HAMZA: {"initial": "", "medial": "", "final": "", "after_vowel": ""},
    # ئ: a glide between vowels (شوئیگو Shoigu, سرگئی Sergei).
    YEH_HAMZA: {"initial": "i", "medial": "e", "final": "i", "after_vowel": "i"},
}

#: Special digraphs of vowel letters read as one sound.
VOWEL_DIGRAPHS: dict[str, str] = {
    "او": "o",  # اویس Owais: initial alef + waw
    "ای": "e",  # ایران Iran (alef + yeh at the start)
    "ئی": "ei",  # سرگئی Sergei
    "ئے": "e",
    "یو": "you",  # at the start: یوسف Yousaf
    "وو": "oo",
    "یی": "ii",
    "اؤ": "ao",
    "آؤ": "ao",
}

#: ``ی`` between a vowel and a consonant is long: ``سعید`` Saeed.
LONG_I = "ee"

#: Final ``ہ`` after a consonant is a vowel: ``عائشہ`` Ayesha, ``کوئٹہ`` Quetta.
FINAL_HEH = "a"

#: The short vowel supplied where Urdu writes none between consonants.
SHORT_VOWEL = "a"

#: Vowel letters that are always vowels (never consonants), for syllable counting.
VOWEL_LETTERS = frozenset("اآےعءئؤ")
#: Letters that are vowels or consonants by position.
SEMIVOWELS = frozenset("وی")

#: Two consonants that begin an English syllable together (``st`` in ``Pakistan``); a
#: run of three consonants inside a word takes its supplied vowel before such a pair, and
#: :data:`ONSET_VOWEL` is that vowel.
ONSETS = frozenset("st sk sp sh tr dr pr br gr kr fr pl bl kl gl fl".split())
ONSET_VOWEL = "i"

#: Genitive postpositions inside a name that is not a person's (``آئی ایم ایف کے ایگزیکٹو
#: بورڈ``): English reads the parts side by side (*IMF Executive Board*), so they are left
#: out of a composed name, and ``کے`` after spelled-out letters is not the letter K.
NAME_GENITIVES: frozenset[str] = frozenset("کے کی کا".split())
