"""Letter classes folded together in the loosest matching key (the skeleton).

Urdu spellings of foreign names vary mostly in the vowel letters inside a word and in which
of several letters renders one foreign sound; the skeleton ignores exactly those
differences. A word's last letter is kept (folded to its class), because there it changes
the word: ``فوج`` (army) is not ``فوجی`` (soldier), ``ن`` is not ``نے``.
"""

from __future__ import annotations

#: Vowel letters, hamza and its carriers, ain: dropped inside a word.
SKELETON_DROP = "اآویےئءؤعۓ"

#: A word's last letter, when it is a vowel letter, folded to one of three classes.
SKELETON_FINAL: dict[str, str] = {
    "ے": "ی",
    "ئ": "ی",
    "ۓ": "ی",
    "ہ": "ا",
    "ۃ": "ا",
    "آ": "ا",
    "ع": "ا",
    "ء": "ا",
    "ؤ": "و",
}

#: Letters that stand for the same foreign sound, mapped to one representative.
SKELETON_FOLD: dict[str, str] = {
    "ٹ": "ت",
    "ط": "ت",
    "ص": "س",
    "ث": "س",
    "ذ": "ز",
    "ض": "ز",
    "ظ": "ز",
    "ژ": "ز",
    "ح": "ہ",
    "ھ": "ہ",
    "ۃ": "ہ",
    "ق": "ک",
    "ڈ": "د",
    "ڑ": "ر",
}

#: Letters that web Urdu types for one another in names, each mapped to one representative
#: in the *variant key* (a name key with these letters folded; vowel letters are kept, so
#: it is much tighter than the skeleton and may match shorter names):
#: ``آ`` typed as plain ``ا`` (``اسلام اباد``), a retroflex letter typed as its dental
#: (``ٹ/ت``, ``ڈ/د``, ``ڑ/ر``), ``ے/ی``, ``ہ/ھ/ۃ``, and the hamza forms: ``ئ`` and the old
#: spelling with a bare ``ء`` (``باءیس`` for ``بائیس``) both become ``ی``, ``ؤ`` becomes ``و``.
VARIANT_FOLD: dict[str, str] = {
    "آ": "ا",
    "ٹ": "ت",
    "ڈ": "د",
    "ڑ": "ر",
    "ے": "ی",
    "ۓ": "ی",
    "ۃ": "ہ",
    "ھ": "ہ",
    "ئ": "ی",
    "ء": "ی",
    "ؤ": "و",
}
