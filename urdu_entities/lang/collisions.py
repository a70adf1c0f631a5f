"""Where a name that is also an ordinary word is the ordinary word.

``COLLISION_PHRASES`` are fixed phrases (normalised tokens) in which the word is never a
name; ``BEFORE``/``AFTER`` are single words that, next to the ambiguous word, show its
ordinary sense (``بہت کم``, ``کم ہے``).
"""

from __future__ import annotations

COLLISION_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    tuple(p.split())
    for p in (
        "کم از کم",
        "کم سے کم",
        "کم و بیش",
        "کم عمر",
        "کم تر",
        "کم ترین",
        "بے چین",
        "بے چینی",
        "جان بوجھ",
        "جان سے",
        "جان بحق",
        "جان کی بازی",
        "جان گنوا",
        "جان دے",
        "جان لے",
        "جان لیوا",
        "جان بچا",
        "جانی و مالی",
        "موسم بہار",
        "فصل بہار",
        "شام کو",
        "شام کے وقت",
        "کی شام",
        "صبح شام",
        "آج شام",
        "کل شام",
        "اسی شام",
        "مالی سال",
        "مالی امداد",
        "مالی مشکلات",
        "مالی بحران",
        "چلی گئی",
        "چلی گئیں",
        "چلی جاتی",
    )
)

BEFORE: frozenset[str] = frozenset(
    """بہت کافی نسبتاً نسبتا قدرے کچھ سب زیادہ انتہائی سے بے اپنی اپنا اپنے""".split()
)

AFTER: frozenset[str] = frozenset(
    """ہے ہیں ہو ہوں ہوا ہوئی ہوئے ہوتا ہوتی ہوتے ہوگا ہوگی ہوں گے ہوجاتا
    ہوجاتی ہو کر کرنے کرنا کرتا کرتی کرتے کیا کیے کئے کریں کرے کردیا تر
    ترین عمر قیمت نہیں پڑ رہ رہا رہی رہے تھا تھی تھے ازکم از و""".split()
)

#: Words that are ordinary Urdu words or given names shared by very many people: a document
#: alias built from one of them (``جان`` from ``جان ایف کربی``) needs a title before it.
COMMON_NAME_WORDS: frozenset[str] = frozenset(
    """کم لی جان جو چین بدھ شاہ خان علی احمد محمد حسین حسن دین نور گل میر پیر
    شیر امیر خواجہ سید شیخ ملک راجہ رانا چوہدری میاں بیگ بٹ مرزا قاضی حافظ
    بی بی بیگم دیوی سنگھ کمار لال رام پال راج بھائی ان اون وہ یہ""".split()
)
