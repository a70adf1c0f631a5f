"""Words the context recogniser (:mod:`urdu_entities.recognisers.context`) reads names by.

The recogniser finds people and organisations no gazetteer lists from what stands around
them: a title before a name (``lang/titles.py``), given names and surnames
(``lang/given_names.py`` and the people of the loaded gazetteers), a reporting verb after it
(``lang/cues.py``), and the head word that ends an organisation's name (``ORG_NAME_HEADS``).
"""

from __future__ import annotations

from urdu_entities.lang.cues import ORG_HEADS

#: Head words that end an organisation's name (``پیپلز پارٹی``, ``ہائر ایجوکیشن کمیشن``,
#: ``سٹیٹ بینک``; beyond the cue words' heads, ``ٹربیونل`` and ``چیمبر``). Generic heads
#: that end ordinary phrases as often (``پولیس``, ``فوج``,
#: ``عدالت``, ``حکومت``, ``ادارہ``) are left out: ``پنجاب پولیس`` is listed in the gazetteer
#: or found by the tagger, never by this rule.
ORG_NAME_HEADS: frozenset[str] = (ORG_HEADS - frozenset(
    """پولیس فوج آرمی نیوی عدالت ادارہ ادارے تنظیم جماعت تحریک اتحاد محکمہ وزارت کمیٹی
    گروپ سینٹر سنٹر کلب نیوز ریڈیو ٹیلی ویژن فورس کورٹ""".split()
)) | frozenset("ٹربیونل چیمبر".split())

#: Words that join the parts of an organisation name and may stand inside it
#: (``بینک آف پنجاب``, ``سائنس اینڈ ٹیکنالوجی``).
ORG_JOINERS: frozenset[str] = frozenset("آف اینڈ برائے".split())

#: The joiner after an organisation's head that English-style names go on with
#: (``یونیورسٹی آف …``), the word that joins their last parts (``سائنس اینڈ ٹیکنالوجی``),
#: and the most name words read after the joiner.
ORG_TAIL_JOINER = "آف"
ORG_TAIL_AND: frozenset[str] = frozenset({"اینڈ"})
MAX_ORG_TAIL = 5

#: Heads of facilities named after people (``قذافی اسٹیڈیم``, ``جان ایف کینیڈی ایئرپورٹ``):
#: the name and the head are a place.
FACILITY_HEADS: frozenset[str] = frozenset(
    "اسٹیڈیم سٹیڈیم ایئرپورٹ ائیرپورٹ ایئربیس ائیربیس".split()
)

#: Words before such a name that show it names the facility, not a person in it
#: (``لاہور کے قذافی اسٹیڈیم``, ``نیویارک کے جان ایف کینیڈی ایئرپورٹ``).
FACILITY_OWNER_CUES: frozenset[str] = frozenset("کے کی کا".split())

#: Generic adjectives: an organisation name needs more than these before its head
#: (``قومی کمیشن``, ``میڈیکل کالج`` are common phrases; ``قومی احتساب بیورو`` is a name).
GENERIC_MODIFIERS: frozenset[str] = frozenset(
    """قومی ملکی عالمی بین الاقوامی مرکزی ریاستی صوبائی وفاقی ضلعی نئی نئے نیا پرانی پرانے
    سرکاری نجی میڈیکل ہائی مقامی اسلامی سیاسی مذہبی پہلی دوسری تیسری ایک""".split()
)

#: Words after an acronym and ``کے``/``کی`` that show it names an organisation (``بی این پی
#: کے رہنما``); an acronym is also an organisation before ``نے``.
ORG_MEMBER_WORDS: frozenset[str] = frozenset(
    """ترجمان سربراہ رہنما رہنماؤں چیئرمین کارکن کارکنوں ارکان رکن حکام اہلکار اہلکاروں
    عہدیدار عہدیداروں صدر سیکرٹری جنرل امیدوار امیدواروں قیادت دفتر سربراہی""".split()
)

#: Longest organisation name, in words, built before its head.
MAX_ORG_MODIFIERS = 4

#: Longest person's name, in words, read after a title.
MAX_NAME_AFTER_TITLE = 3

#: Longest run of known name parts read as one person's name.
MAX_NAME_RUN = 4

#: Titles after which the next words are a person's name only when one of them is a known
#: given name or surname (these titles stand before offices and common nouns as often:
#: ``صدر مقام``, ``امیر ملک``, ``شیخ`` and ``سلطان`` are names themselves).
WEAK_TITLES: frozenset[str] = frozenset(
    """صدر امیر شیخ سلطان امام ملا بادشاہ ملکہ شہزادہ شہزادی رہنما سربراہ ترجمان کھلاڑی
    اداکار اداکارہ گلوکار گلوکارہ صحافی مصنف شاعر تجزیہ کار کوچ اوپنر بلے باز فاسٹ بولر
    اسپنر وکٹ کیپر جج وزیر سفیر گورنر""".split()
)

#: Gazetteer-derived name parts must occur in the forms of this many people (the curated
#: given-name tables count on their own).
MIN_PART_PEOPLE = 2

#: Spelled-out letters that make an acronym (``بی این پی``): at least this many.
MIN_ACRONYM_LETTERS = 3

#: Given names and surnames that are also ordinary words or titles (``ملک`` country,
#: ``بلوچ``, ``اعظم``): part of a name after another name word (``رحمان ملک``), never the
#: first word of one.
PARTS_ALSO_WORDS: frozenset[str] = frozenset(
    "ملک بلوچ شیخ اعظم اللہ بخش عمر ظاہر عطا روحانی خان علی احمد حسین".split()
)
