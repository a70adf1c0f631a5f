"""Write the project's own annotated training sentences (news style) for the tagger.

IL-NER, the licensed training corpus, is Indian government and magazine prose; Urdu news
names people through titles, reporting verbs and designations (``وزیر اعظم ...``,
``... نے کہا``), and its people, parties and places are largely Pakistani and international.
This script writes sentences in that style from templates and name parts written for this
project (no corpus text), with their entity offsets, to ``scripts/train_data/``. The people
are composed from common given names and surnames, so they are not real persons; places
and organisations mix real names with composed ones (``... بار ایسوسی ایشن``).

A fixed share of the templates is held out (``--dev-share``) into
``scripts/train_data/dev/``: sentences whose contexts the model never saw, to check that it
learnt cues rather than templates.

Usage::

    python scripts/make_training_sentences.py --seed 0 --count 1500
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scripts" / "train_data"

# ----------------------------------------------------------------------------- name parts
MALE = """محمد احمد علی عمران نواز شہباز آصف وسیم خالد طارق ساجد حامد راشد شاہد زاہد جاوید نوید
جمیل خلیل نبیل شکیل عقیل عادل فیصل فہد فواد فرحان فیاض ریاض ایاز شہزاد جہانگیر قمر منیر عاصم
راحیل ظفر حمزہ بابر رضوان سرفراز شعیب وقار مصباح شاداب فخر نسیم حارث آفتاب جنید حفیظ عامر
عماد سہیل طاہر نصیر بشیر نذیر منظور مقصود محبوب غلام قادر سراج ناصر منصور مظہر انیس ادریس
الیاس عرفان کامران عدنان ذیشان اویس مراد وہاب اکرم اسلم اجمل افضل اشرف اعجاز امتیاز اقبال
اسد انور اختر اظہر ارشد امجد یوسف یونس ابراہیم اسماعیل اسحاق سلمان عباس جعفر حیدر رضا کاظم
مہدی باقر سعید وحید نعیم ندیم سلیم عظیم اعظم محمود مسعود رفیق شفیق رشید کریم رحیم ثاقب
دانیال ارسلان تیمور شاہ زیب ولید اسامہ معین نثار گلزار افتخار ذوالفقار شوکت برکت""".split()
FEMALE = """فاطمہ عائشہ مریم زینب خدیجہ سارہ ثنا حنا نادیہ صائمہ شازیہ رابعہ نسرین یاسمین
شیریں ملالہ طاہرہ عاصمہ سمیرا فرزانہ روبینہ نگہت شمیم کوثر ثمینہ عظمیٰ بشریٰ صبا ماریہ
آمنہ حمیرا مہوش نازیہ""".split()
SURNAMES = """خان شریف قریشی صدیقی فاروقی چودھری ملک بٹ اعوان گوندل چٹھہ وٹو لغاری مزاری بگٹی
مینگل مری جمالی بلوچ اچکزئی خٹک آفریدی یوسفزئی مہمند ترین نیازی کھوسہ سومرو جتوئی میمن
شیخ عباسی ہاشمی گیلانی بخاری نقوی رضوی زیدی جعفری عثمانی درانی مروت بنگش کاکڑ رئیسانی
زہری ڈوگر گجر رانا راجپوت ورک باجوہ چیمہ گورایہ سندھو کھرل لاشاری بھٹی تارڑ جنجوعہ قاضی
مرزا بیگ انصاری حسین احمد اقبال رحمان""".split()
WEST_FIRST = """جان جیمز ڈیوڈ مائیکل رابرٹ پیٹر پال مارک جارج ولیم رچرڈ تھامس اسٹیفن کرسٹوفر
ڈینیئل میتھیو انتھونی کیون برائن جیک سارا لورا ہیلن ایملی جینیفر لنڈا سوزن لیزا کیتھرین
ماریا انا ایلس نینسی ایڈرین جین""".split()
WEST_LAST = """اسمتھ براؤن ولسن جانسن ولیمز جونز ملر ڈیوس مور ٹیلر اینڈرسن تھامسن مارٹن جیکسن
واکر رائٹ اسکاٹ گرین بیکر ایڈمز نیلسن کارٹر مچل رابرٹس ٹرنر فلپس کیمبل پارکر ایونز
کولنز اسٹیورٹ مرفی کک کوپر پیٹرسن بیلی کیلی ہاورڈ وارڈ واٹسن بروکس ہیوز پرائس کربی""".split()
EAST_NAMES = """لی وانگ ژانگ چن لیو یانگ ہوانگ ژاؤ وو سون پارک کم چوئی جنگ تاناکا سوزوکی
ساتو یاماموتو ناکامورا""".split()
INITIALS = "اے بی سی ڈی ای ایف جی ایچ جے کے ایل ایم این پی آر ایس ٹی وی ڈبلیو".split()

CITY_LIST = [
    "لاہور", "کراچی", "اسلام آباد", "راولپنڈی", "پشاور", "کوئٹہ", "ملتان", "فیصل آباد",
    "سیالکوٹ", "گوجرانوالہ", "حیدرآباد", "سکھر", "لاڑکانہ", "ایبٹ آباد", "مظفرآباد", "گلگت",
    "بہاولپور", "چترال", "سوات", "مردان", "نوشہرہ", "کوہاٹ", "بنوں", "گوادر", "تربت", "خضدار",
    "جیکب آباد", "نواب شاہ", "میرپور خاص", "سرگودھا", "ساہیوال", "اوکاڑہ", "قصور", "شیخوپورہ",
    "جہلم", "گجرات", "چکوال", "اٹک", "میانوالی", "بھکر", "لیہ", "مظفرگڑھ", "رحیم یار خان",
    "خانیوال", "وہاڑی", "پاکپتن", "چارسدہ", "صوابی", "ہری پور", "مانسہرہ", "بٹگرام", "باجوڑ",
    "ژوب", "لورالائی", "سبی", "نصیرآباد", "ڈیرہ اسماعیل خان", "ڈیرہ غازی خان", "تھرپارکر",
    "مٹیاری", "بدین", "ٹھٹہ", "دادو", "شکارپور", "گھوٹکی", "کشمور", "پنجگور", "کیچ", "مستونگ",
    "قلات", "چاغی", "نوشکی", "کابل", "قندھار", "ہرات", "جلال آباد", "مزار شریف", "تہران",
    "مشہد", "بغداد", "بصرہ", "موصل", "دمشق", "حلب", "قاہرہ", "ریاض", "جدہ", "دبئی", "دوحہ",
    "انقرہ", "استنبول", "لندن", "مانچسٹر", "برمنگھم", "واشنگٹن", "نیویارک", "شکاگو", "پیرس",
    "برلن", "ماسکو", "بیجنگ", "شنگھائی", "ٹوکیو", "سیئول", "دہلی", "ممبئی", "کولکتہ",
    "ڈھاکہ", "کولمبو", "کھٹمنڈو", "گروزنی", "نجف", "کربلا", "غزہ", "یروشلم", "بیروت",
]
# Composed place names: a root with a common place-name ending (not real places).
PLACE_ROOTS = """کریم رحیم شاہ نور گل میر پیر سلطان فتح جہان خان علی حسن بہادر منڈی چک
کوٹ""".split()
PLACE_ENDS = ["آباد", "پور", " نگر", " گڑھ", "کوٹ", " پورہ", " والا", " خیل", " کلے", " شریف"]
COUNTRY_LIST = [
    "پاکستان", "افغانستان", "ایران", "عراق", "شام", "مصر", "سعودی عرب", "ترکی", "امریکہ",
    "برطانیہ", "فرانس", "جرمنی", "روس", "چین", "جاپان", "بھارت", "بنگلہ دیش", "سری لنکا",
    "نیپال", "ملائیشیا", "انڈونیشیا", "قطر", "کویت", "اردن", "لبنان", "یوکرین", "اٹلی",
    "اسپین", "کینیڈا", "آسٹریلیا", "جنوبی افریقہ", "نیوزی لینڈ", "ویسٹ انڈیز", "زمبابوے",
]
PROVINCES = ["پنجاب", "سندھ", "بلوچستان", "خیبر پختونخوا", "گلگت بلتستان", "کشمیر"]

ORG_FIXED = [
    "پاکستان پیپلز پارٹی", "پاکستان مسلم لیگ", "مسلم لیگ", "تحریک انصاف", "جماعت اسلامی",
    "متحدہ قومی موومنٹ", "عوامی نیشنل پارٹی", "جمعیت علمائے اسلام", "بلوچستان نیشنل پارٹی",
    "نیشنل پارٹی", "اقوام متحدہ", "عالمی بینک", "آئی ایم ایف", "نیٹو", "یورپی یونین",
    "سپریم کورٹ", "الیکشن کمیشن", "پاکستان کرکٹ بورڈ", "اسٹیٹ بینک", "ریڈ کراس",
    "ایمنسٹی انٹرنیشنل", "ہیومن رائٹس واچ", "بی بی سی", "رائٹرز", "اے ایف پی", "ایسوسی ایٹڈ پریس",
    "پیمرا", "نیب", "ایف آئی اے", "آئی ایس پی آر", "واپڈا", "پی آئی اے", "اوگرا", "نادرا",
    "طالبان", "القاعدہ", "کانگریس پارٹی", "بھارتیہ جنتا پارٹی", "ڈیموکریٹک پارٹی",
    "ری پبلکن پارٹی", "لیبر پارٹی", "کنزرویٹو پارٹی", "کمیونسٹ پارٹی", "پینٹاگون",
    "وائٹ ہاؤس", "کریملن", "عرب لیگ", "اسلامی تعاون تنظیم", "شنگھائی تعاون تنظیم",
    "ایشیائی ترقیاتی بینک", "عالمی ادارہ صحت", "یونیسف", "انٹرنیشنل کرکٹ کونسل",
]
ORG_HEADS_PLACE = [
    "ہائی کورٹ", "بار ایسوسی ایشن", "پریس کلب", "چیمبر آف کامرس", "یونیورسٹی",
    "ڈیولپمنٹ اتھارٹی", "میونسپل کارپوریشن", "ڈسٹرکٹ کونسل", "پولیس", "الیکٹرک سپلائی کمپنی",
    "میڈیکل کالج", "ٹیچرز ایسوسی ایشن", "تاجر اتحاد", "عوامی تحریک", "ڈیموکریٹک فرنٹ",
    "نیشنل موومنٹ", "قومی اتحاد", "کرکٹ ایسوسی ایشن", "حکومت",
]
ORG_HEADS_PERSON = ["فاؤنڈیشن", "ٹرسٹ", "گروپ", "ویلفیئر سوسائٹی", "میموریل ہسپتال"]
ORG_ACRONYMS = [
    "پی ٹی آئی", "پی پی پی", "ایم کیو ایم", "اے این پی", "جے یو آئی", "پی ایم ایل این",
    "بی این پی", "پی سی بی", "ایف بی آر", "ایچ ای سی", "این ڈی ایم اے", "پی ڈی ایم",
    "ٹی ٹی پی", "سی پیک", "او آئی سی", "آئی سی سی", "ڈبلیو ایچ او", "ایس ای سی پی",
]

NATIONALITIES = [
    "امریکی", "برطانوی", "روسی", "چینی", "بھارتی", "پاکستانی", "افغان", "ایرانی", "عراقی",
    "سعودی", "ترک", "اسرائیلی", "فلسطینی", "مصری", "جرمن", "فرانسیسی", "جاپانی", "یورپی",
]
DESIGNATIONS = [
    "ڈائریکٹر", "منتظم", "افسر", "اہلکار", "تاجر", "وکیل", "ناظم", "کمشنر", "رکن", "کارکن",
    "ایڈیٹر", "طالب علم",
]
TITLES = [
    "وزیر اعظم", "وزیراعظم", "صدر", "وزیر اعلیٰ", "وزیر خارجہ", "وزیر داخلہ", "وزیر دفاع",
    "وزیر خزانہ", "وزیر اطلاعات", "گورنر", "سینیٹر", "چیف جسٹس", "جسٹس", "جنرل",
    "لیفٹیننٹ جنرل", "میجر جنرل", "بریگیڈیئر", "کرنل", "کپتان", "کوچ", "ڈاکٹر", "پروفیسر",
    "مولانا", "مفتی", "علامہ", "مسٹر", "جناب", "سفیر", "ترجمان", "چیئرمین", "سیکرٹری",
    "اسپیکر", "ڈپٹی کمشنر", "ایس ایس پی", "انسپکٹر", "اوپنر", "فاسٹ بولر", "اداکار",
    "اداکارہ", "گلوکار", "صحافی", "شاعر", "تجزیہ کار",
]
FEMALE_TITLES = ["محترمہ", "ڈاکٹر", "پروفیسر", "وزیر", "سینیٹر", "اداکارہ", "صحافی", "مس"]

# ----------------------------------------------------------------------------- templates
# Slots: {PER} {PLACE} {CITY} {COUNTRY} {PROVINCE} {ORG} (entities; a digit makes another
# of the same kind) and {TITLE}, {DESIG}, {NAT} (context: titles, designations and
# nationality adjectives, never part of a name).
TEMPLATES_FILE = OUT / "templates_ur.txt"


def templates() -> list[str]:
    lines = TEMPLATES_FILE.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


LIST_TEMPLATES_DEV_SHARE = 0.2


def person(rng: random.Random) -> tuple[str, bool]:
    """A composed person's name and whether it is a woman's."""
    r = rng.random()
    if r < 0.5:
        parts = [rng.choice(MALE)]
        if rng.random() < 0.3:
            parts.append(rng.choice(MALE))
        parts.append(rng.choice(SURNAMES))
        return " ".join(parts), False
    if r < 0.62:
        return f"{rng.choice(FEMALE)} {rng.choice(SURNAMES)}", True
    if r < 0.82:
        parts = [rng.choice(WEST_FIRST)]
        if rng.random() < 0.35:
            parts.append(rng.choice(INITIALS))
        parts.append(rng.choice(WEST_LAST))
        return " ".join(parts), False
    if r < 0.9:
        return " ".join(rng.choice(EAST_NAMES) for _ in range(rng.choice((2, 3)))), False
    if r < 0.96:
        return rng.choice(SURNAMES + WEST_LAST), False
    return f"{rng.choice(INITIALS)} {rng.choice(INITIALS)} {rng.choice(SURNAMES)}", False


def place(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(CITY_LIST)
    return rng.choice(PLACE_ROOTS) + rng.choice(PLACE_ENDS)


def organisation(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return rng.choice(ORG_FIXED)
    if r < 0.7:
        return f"{rng.choice(CITY_LIST + PROVINCES)} {rng.choice(ORG_HEADS_PLACE)}"
    if r < 0.8:
        return f"{rng.choice(SURNAMES + MALE)} {rng.choice(ORG_HEADS_PERSON)}"
    return rng.choice(ORG_ACRONYMS)


def fill(template: str, rng: random.Random) -> dict[str, object]:
    slots = list(re.finditer(r"\{([A-Z]+[0-9]?)\}", template))
    # A title fits the person right after it (a woman's title before a woman's name).
    people: dict[str, tuple[str, bool]] = {}
    for match in slots:
        slot = match.group(1)
        if slot.startswith("PER") and slot not in people:
            people[slot] = person(rng)
    text = ""
    entities = []
    pos = 0
    for k, match in enumerate(slots):
        text += template[pos : match.start()]
        slot = match.group(1)
        base = slot.rstrip("0123456789")
        label: str | None
        if base == "PER":
            value, label = people[slot][0], "PER"
        elif base == "PLACE":
            value, label = place(rng), "LOC"
        elif base == "LOC":
            value = rng.choice((place(rng), rng.choice(COUNTRY_LIST), rng.choice(PROVINCES)))
            label = "LOC"
        elif base == "CITY":
            value, label = rng.choice(CITY_LIST), "LOC"
        elif base == "COUNTRY":
            value, label = rng.choice(COUNTRY_LIST), "LOC"
        elif base == "PROVINCE":
            value, label = rng.choice(PROVINCES), "LOC"
        elif base == "ORG":
            value, label = organisation(rng), "ORG"
        elif base == "NAT":
            value, label = rng.choice(NATIONALITIES), None
        elif base == "DESIG":
            value, label = rng.choice(DESIGNATIONS), None
        elif base == "TITLE":
            following = slots[k + 1].group(1) if k + 1 < len(slots) else ""
            adjacent = k + 1 < len(slots) and template[match.end() : slots[k + 1].start()] == " "
            woman = adjacent and following in people and people[following][1]
            value, label = rng.choice(FEMALE_TITLES if woman else TITLES), None
        else:
            raise ValueError(f"unknown slot {slot}")
        if label is not None:
            entities.append(
                {"start": len(text), "end": len(text) + len(value), "label": label, "text": value}
            )
        text += value
        pos = match.end()
    text += template[pos:]
    return {"text": text, "entities": entities}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=1500, help="training sentences")
    parser.add_argument("--dev-share", type=float, default=LIST_TEMPLATES_DEV_SHARE)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    pool = templates()
    rng.shuffle(pool)
    n_dev = round(len(pool) * args.dev_share)
    dev_templates, train_templates = pool[:n_dev], pool[n_dev:]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "dev").mkdir(exist_ok=True)
    for path, chosen, count in (
        (OUT / "written_news_ur.jsonl", train_templates, args.count),
        (OUT / "dev" / "written_news_dev_ur.jsonl", dev_templates, max(1, args.count // 5)),
    ):
        with path.open("w", encoding="utf-8") as fh:
            for i in range(count):
                record = fill(chosen[i % len(chosen)], rng)
                record = {"id": f"{path.stem}-{i:05d}", **record}
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"wrote {count} sentences to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
