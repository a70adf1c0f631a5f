"""Ordinary words that a spelling variant of a name must never match.

The variant key (:mod:`urdu_entities.gazetteer.keys`) folds letters that web Urdu types for
one another (``آ``/``ا``, ``ٹ``/``ت``, ``ہ``/``ھ``, ``ے``/``ی``...). A handful of ordinary
words fold onto the same key as a listed name; written alone, such a word is the word, so a
one-word variant match on one of these is never made (an exact match still is), and no
variant match takes in a postposition (``کے مارے`` is not ``کیماڑی``).
"""

from __future__ import annotations

from urdu_entities.lang.common_words_data import COUNTED_WORDS
from urdu_entities.lang.postpositions import POSTPOSITIONS

#: Ordinary words whose variant key is a listed name's (checked on IL-NER train and the
#: project's written sentences: ``اسٹور`` "store" and Astore).
VARIANT_GUARD: frozenset[str] = frozenset(
    """اسٹور سٹور دودھ""".split()
)

#: Words that are never part of a name matched through its variant key.
VARIANT_NEVER_INSIDE: frozenset[str] = POSTPOSITIONS | frozenset("اور یا ہے ہیں".split())

#: Ordinary words the context recogniser never reads as part of a name: the words counted
#: in training text (:mod:`urdu_entities.lang.common_words_data`, generated) and a few that
#: news uses often and the training text rarely.
ORDINARY_WORDS: frozenset[str] = COUNTED_WORDS | frozenset(
    """حکام عسکریت پسند شدت پسندوں طالبان جنگجو جنگجوؤں اہلکار اہلکاروں ذرائع مطابق
    بقول کہنا بیان دھماکہ دھماکے حملہ حملے ہلاک زخمی گرفتار رہا واقعہ واقعے اجلاس
    ملاقات دورہ دورے وفد عوام شہری شہریوں افراد لوگ لوگوں ارکان رکن کارکن کارکنوں
    آج کل گزشتہ روز سال ماہ ہفتے ہفتہ اتوار پیر منگل بدھ جمعرات جمعہ صبح شام رات
    صاحب صاحبہ ترین بار جیو""".split()
)
