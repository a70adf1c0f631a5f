"""Words around a name that tell what it is: reporting verbs after a person, head words of
organisation and place names, words that introduce a place. Used as tagger features."""

from __future__ import annotations

#: The agentive ``نے`` that follows the subject of a past transitive verb.
ERGATIVE = "نے"

#: Verbs of saying and telling: ``X نے کہا``, ``X نے بتایا``, ``X کا کہنا ہے``.
REPORTING_VERBS: frozenset[str] = frozenset(
    """کہا کہتے کہتی کہنا کہاکہ بتایا بتاتے بتایاکہ اعلان اعلانیہ بیان دعوی دعویٰ الزام
    خبردار زور تصدیق تردید انکار اعتراف مطالبہ اپیل واضح مزید کہنے پوچھا لکھا لکھتے""".split()
)

#: Words that end organisation names (``مسلم لیگ``, ``پیپلز پارٹی``, ``ہائی کورٹ``).
ORG_HEADS: frozenset[str] = frozenset(
    """پارٹی لیگ جماعت تحریک موومنٹ فرنٹ الائنس اتحاد کونسل کمیٹی کمیشن کارپوریشن کمپنی
    لمیٹڈ گروپ بینک بنک یونیورسٹی کالج اسکول سکول انسٹی ٹیوٹ انسٹیٹیوٹ اکیڈمی فاؤنڈیشن
    ایسوسی ایشن سوسائٹی ایجنسی اتھارٹی بورڈ بیورو ڈیپارٹمنٹ محکمہ وزارت فورم سینٹر سنٹر
    نیوز ٹائمز ٹیلی ویژن ریڈیو کلب فیڈریشن کورٹ عدالت پولیس فوج آرمی نیوی فورس تنظیم
    ادارہ ادارے یونین کانگریس سیکرٹریٹ بریگیڈ رجمنٹ""".split()
)

#: Words that introduce or follow a place name (``صوبہ پنجاب``, ``ضلع چترال``, ``لاہور شہر``).
PLACE_WORDS: frozenset[str] = frozenset(
    """شہر صوبہ صوبے صوبائی ضلع ضلعے تحصیل گاؤں گاوں قصبہ قصبے علاقہ علاقے علاقوں ملک ممالک
    دارالحکومت ریاست وادی دریا دریائے جھیل پہاڑ پہاڑی سرحد بندرگاہ ایئرپورٹ ہوائی""".split()
)

#: Words after which a place is usually named (``سے``/``میں`` are postpositions already).
DIRECTION_WORDS: frozenset[str] = frozenset(
    "شمالی جنوبی مشرقی مغربی وسطی بالائی زیریں جانب طرف دورے دورہ روانہ پہنچے پہنچ".split()
)

#: Designations and roles that stand before a name without being titles of address
#: (``نامہ نگار جیمز ...``, ``تاجر راجہ منظور``); like titles, never part of the name.
DESIGNATIONS: frozenset[str] = frozenset(
    """نامہ نگار نمائندے نمائندہ منتظم تاجر افسر اہلکار ڈائریکٹر ناظم کمشنر ڈپٹی ایڈیٹر
    مدیر وکیل استاد طالب علم طالبہ رکن ارکان اسیر قیدی ملزم مقتول زخمی کارکن رہنماؤں
    سربراہ بانی مالک مصنفہ شاعرہ کھلاڑیوں ماہر ماہرین مبصر سابق نئے موجودہ""".split()
)

#: Adjectives of nationality and origin (``امریکی``, ``اسرائیلی``): before a noun they make
#: a common phrase (``امریکی حکام``), not a name.
NATIONALITIES: frozenset[str] = frozenset(
    """امریکی برطانوی روسی چینی بھارتی ہندوستانی پاکستانی افغان افغانی ایرانی عراقی شامی
    سعودی ترک ترکی اسرائیلی فلسطینی مصری اردنی لبنانی جرمن فرانسیسی اطالوی جاپانی کوریائی
    یورپی عرب عربی کشمیری بلوچ پشتون سندھی پنجابی بنگالی یوکرینی ہسپانوی کینیڈین
    آسٹریلوی قطری کویتی اماراتی ملائیشین انڈونیشین بنگلہ دیشی سری لنکن نیپالی""".split()
)

#: Common nouns for officials and groups that follow a nationality (``امریکی حکام``).
GROUP_NOUNS: frozenset[str] = frozenset(
    """حکام حکومت فوج فوجی فوجیوں افواج اہلکار اہلکاروں وزیر وزارت کابینہ پارلیمان عوام شہری
    شہریوں سفارتخانے سفارت خانے سفیر صدر وزیراعظم ذرائع میڈیا اخبار اخبارات ٹینکوں طیاروں
    افسر افسران پولیس ملیشیا عدالت""".split()
)
