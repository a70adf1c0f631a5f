"""Letter classes folded together in the loosest matching key (the skeleton).

Urdu spellings of foreign names vary mostly in vowel letters and in which of several letters
renders one foreign sound; the skeleton ignores exactly those differences.
"""

from __future__ import annotations

#: Vowel letters, hamza and its carriers, ain: dropped from the skeleton.
SKELETON_DROP = "اآویےئءؤعۓ"

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
    "ں": "ن",
}
