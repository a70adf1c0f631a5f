"""Curated overlay for ``build_places.py`` (project's own data, not from CLDR).

Keys are CLDR/ISO 3166-1 region codes.  ``build_places.py`` takes the Urdu and
English territory names from Unicode CLDR and applies, in order:

* ``SKIP``: CLDR codes that are not a single real country or territory;
* ``CANONICAL``: English Wikipedia article titles where CLDR's English name differs;
* ``DROP_FORMS``: CLDR Urdu names that Urdu news does not use or that collide with
  another entity (e.g. Sark's CLDR name is also the Urdu for SAARC);
* ``EXTRA_FORMS``: the long and common Urdu forms used by Urdu news (BBC Urdu,
  Jang, Express, Dawn Urdu), listed most common first;
* ``AMBIGUOUS``: forms that are also ordinary Urdu words.
"""

from __future__ import annotations

# Macro-regions (numeric codes) are skipped by the builder; these letter codes too.
SKIP: frozenset[str] = frozenset(
    {
        "EU",  # European Union: an organisation
        "EZ",  # Eurozone
        "UN",  # United Nations: an organisation
        "QO",  # Outlying Oceania: a statistical grouping
        "ZZ",  # unknown region
        "XA",  # pseudo-locale
        "XB",  # pseudo-locale
        "EA",  # Ceuta & Melilla: two separate cities
    }
)

# Codes CLDR uses that are not assigned ISO 3166-1 alpha-2 codes.
NOT_ISO: frozenset[str] = frozenset({"AC", "CP", "CQ", "DG", "EA", "IC", "TA", "XK"})

# Non-sovereign entries (attrs.kind = "territory"); everything else is a country.
TERRITORIES: frozenset[str] = frozenset(
    {
        "AC", "AI", "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CP",
        "CQ", "CW", "CX", "DG", "EH", "FK", "FO", "GF", "GG", "GI", "GL", "GP", "GS",
        "GU", "HK", "HM", "IC", "IM", "IO", "JE", "KY", "MF", "MO", "MP", "MQ", "MS",
        "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TA", "TC",
        "TF", "TK", "UM", "VG", "VI", "WF", "YT",
    }
)  # fmt: skip

# English Wikipedia article titles where CLDR's English name differs.
CANONICAL: dict[str, str] = {
    "AG": "Antigua and Barbuda",
    "AX": "Åland",
    "BA": "Bosnia and Herzegovina",
    "BL": "Saint Barthélemy",
    "BS": "The Bahamas",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CI": "Ivory Coast",
    "CZ": "Czech Republic",
    "FM": "Federated States of Micronesia",
    "GM": "The Gambia",
    "GS": "South Georgia and the South Sandwich Islands",
    "HK": "Hong Kong",
    "HM": "Heard Island and McDonald Islands",
    "IE": "Republic of Ireland",
    "KN": "Saint Kitts and Nevis",
    "LC": "Saint Lucia",
    "MF": "Collectivity of Saint Martin",
    "MM": "Myanmar",
    "MO": "Macau",
    "PM": "Saint Pierre and Miquelon",
    "PS": "State of Palestine",
    "SH": "Saint Helena, Ascension and Tristan da Cunha",
    "SJ": "Svalbard and Jan Mayen",
    "ST": "São Tomé and Príncipe",
    "TC": "Turks and Caicos Islands",
    "TL": "East Timor",
    "TR": "Turkey",
    "TT": "Trinidad and Tobago",
    "UM": "United States Minor Outlying Islands",
    "VC": "Saint Vincent and the Grenadines",
    "VI": "United States Virgin Islands",
    "WF": "Wallis and Futuna",
}

# CLDR Urdu names to drop (wrong, unused, or colliding with another entity).
DROP_FORMS: dict[str, frozenset[str]] = {
    "CQ": frozenset({"سارک"}),  # = SAARC in Urdu news
    "PS": frozenset({"فلسطینی خطے"}),  # Palestinian territories: a separate entry
    "UM": frozenset({"امریکہ سے باہر کے چھوٹے جزائز"}),  # misspelt in CLDR
}

# Long and common Urdu forms used in Urdu news, added to CLDR's names.
EXTRA_FORMS: dict[str, list[str]] = {
    # South Asia and neighbours
    "PK": ["پاکستان", "اسلامی جمہوریہ پاکستان"],
    "IN": ["بھارت", "ہندوستان", "انڈیا", "جمہوریہ ہند", "جمہوریہ بھارت"],
    "AF": ["افغانستان", "اسلامی امارت افغانستان", "امارت اسلامی افغانستان"],
    "IR": ["ایران", "اسلامی جمہوریہ ایران"],
    "BD": ["بنگلہ دیش", "بنگلادیش"],
    "LK": ["سری لنکا"],
    "NP": ["نیپال"],
    "BT": ["بھوٹان"],
    "MV": ["مالدیپ", "جزائر مالدیپ"],
    "CN": ["چین", "عوامی جمہوریہ چین", "چائنا"],
    # East and South-East Asia
    "KP": [
        "شمالی کوریا",
        "ڈیموکریٹک پیپلز ریپبلک آف کوریا",
        "عوامی جمہوریہ کوریا",
        "عوامی جمہوری جمہوریہ کوریا",
    ],
    "KR": ["جنوبی کوریا", "جمہوریہ کوریا", "ریپبلک آف کوریا"],
    "JP": ["جاپان"],
    "TW": ["تائیوان"],
    "MN": ["منگولیا"],
    "HK": ["ہانگ کانگ"],
    "MO": ["مکاؤ", "مکاو"],
    "MM": ["میانمار", "میانمر", "برما"],
    "TH": ["تھائی لینڈ"],
    "LA": ["لاؤس"],
    "KH": ["کمبوڈیا"],
    "VN": ["ویتنام", "ویت نام"],
    "MY": ["ملائیشیا", "ملائشیا", "ملیشیا"],
    "SG": ["سنگاپور"],
    "ID": ["انڈونیشیا"],
    "PH": ["فلپائن"],
    "BN": ["برونائی", "برونائی دارالسلام"],
    "TL": ["مشرقی تیمور", "تیمور لیسٹ"],
    # Middle East
    "SA": ["سعودی عرب", "سعودیہ", "مملکت سعودی عرب", "سعودی عریبیہ"],
    "AE": ["متحدہ عرب امارات", "یو اے ای", "امارات"],
    "QA": ["قطر"],
    "KW": ["کویت"],
    "BH": ["بحرین"],
    "OM": ["عمان", "سلطنت عمان"],
    "YE": ["یمن"],
    "IQ": ["عراق"],
    "SY": ["شام", "سیریا"],
    "LB": ["لبنان"],
    "JO": ["اردن"],
    "IL": ["اسرائیل"],
    "PS": ["فلسطین", "ریاست فلسطین"],
    "TR": ["ترکی", "ترکیہ", "جمہوریہ ترکیہ"],
    "CY": ["قبرص", "سائپرس"],
    "EG": ["مصر"],
    # Former Soviet Union
    "RU": ["روس", "روسی فیڈریشن", "رشیا"],
    "UA": ["یوکرین", "یوکرائن"],
    "BY": ["بیلاروس", "بیلا روس"],
    "MD": ["مالدووا", "مالڈووا"],
    "KZ": ["قازقستان", "قزاقستان", "قزاخستان"],
    "UZ": ["ازبکستان"],
    "TM": ["ترکمانستان", "ترکمنستان"],
    "TJ": ["تاجکستان"],
    "KG": ["کرغزستان", "کرغیزستان", "قرغیزستان"],
    "AZ": ["آذربائیجان"],
    "AM": ["آرمینیا"],
    "GE": ["جارجیا"],
    "LT": ["لتھوانیا", "لیتھوانیا"],
    "LV": ["لٹویا", "لیٹویا"],
    "EE": ["اسٹونیا", "ایسٹونیا", "استونیا"],
    # Europe
    "GB": ["برطانیہ", "مملکت متحدہ", "یوکے", "یونائیٹڈ کنگڈم"],
    "IE": ["آئرلینڈ", "جمہوریہ آئرلینڈ"],
    "FR": ["فرانس"],
    "DE": ["جرمنی"],
    "IT": ["اٹلی", "اطالیہ"],
    "ES": ["اسپین", "سپین", "ہسپانیہ"],
    "PT": ["پرتگال"],
    "NL": ["نیدرلینڈز", "نیدرلینڈ", "ہالینڈ"],
    "BE": ["بیلجیم", "بیلجیئم"],
    "LU": ["لکسمبرگ"],
    "CH": ["سوئٹزرلینڈ", "سوئزرلینڈ"],
    "AT": ["آسٹریا"],
    "SE": ["سویڈن"],
    "NO": ["ناروے"],
    "DK": ["ڈنمارک"],
    "FI": ["فن لینڈ"],
    "IS": ["آئس لینڈ"],
    "PL": ["پولینڈ"],
    "CZ": ["جمہوریہ چیک", "چیک ریپبلک", "چیک جمہوریہ", "چیکیا"],
    "SK": ["سلوواکیہ", "سلواکیہ"],
    "HU": ["ہنگری"],
    "RO": ["رومانیہ"],
    "BG": ["بلغاریہ"],
    "GR": ["یونان"],
    "RS": ["سربیا"],
    "HR": ["کروشیا"],
    "SI": ["سلووینیا"],
    "BA": ["بوسنیا", "بوسنیا ہرزیگووینا", "بوسنیا و ہرزیگووینا"],
    "XK": ["کوسوو", "کوسووو"],
    "AL": ["البانیہ"],
    "MK": ["شمالی مقدونیہ", "مقدونیہ"],
    "ME": ["مونٹی نیگرو", "مونٹے نیگرو"],
    "MT": ["مالٹا"],
    "VA": ["ویٹیکن", "ویٹیکن سٹی", "ویٹی کن"],
    "GI": ["جبرالٹر", "جبل الطارق"],
    # Africa
    "LY": ["لیبیا"],
    "TN": ["تیونس", "تونس"],
    "DZ": ["الجزائر", "الجیریا"],
    "MA": ["مراکش"],
    "SD": ["سوڈان"],
    "SS": ["جنوبی سوڈان"],
    "ET": ["ایتھوپیا"],
    "ER": ["اریٹیریا", "اریٹریا"],
    "DJ": ["جبوتی", "جیبوتی"],
    "SO": ["صومالیہ"],
    "KE": ["کینیا"],
    "UG": ["یوگنڈا"],
    "TZ": ["تنزانیہ"],
    "RW": ["روانڈا"],
    "CD": [
        "کانگو",
        "جمہوری جمہوریہ کانگو",
        "ڈیموکریٹک ریپبلک آف کانگو",
        "ڈی آر کانگو",
        "کانگو کنشاسا",
    ],
    "CG": ["جمہوریہ کانگو", "کانگو برازاویل"],
    "NG": ["نائجیریا", "نائیجیریا"],
    "NE": ["نائجر"],
    "GH": ["گھانا"],
    "CI": ["آئیوری کوسٹ", "کوٹ ڈی آئیوری", "ساحل عاج"],
    "SN": ["سینیگال", "سینیگل"],
    "ML": ["مالی"],
    "BF": ["برکینا فاسو"],
    "TD": ["چاڈ"],
    "CF": ["وسطی افریقی جمہوریہ", "وسط افریقی جمہوریہ"],
    "CM": ["کیمرون"],
    "ZA": ["جنوبی افریقہ", "ساؤتھ افریقہ"],
    "ZW": ["زمبابوے"],
    "ZM": ["زیمبیا", "زامبیا"],
    "MZ": ["موزمبیق"],
    "NA": ["نمیبیا", "نامیبیا"],
    "BW": ["بوٹسوانا", "بوتسوانا"],
    "MU": ["ماریشس"],
    "SZ": ["ایسواتینی", "سوازی لینڈ"],
    "GN": ["گنی"],
    "GW": ["گنی بساؤ"],
    "GQ": ["استوائی گنی"],
    # Americas and Oceania
    "US": [
        "امریکہ",
        "امریکا",
        "ریاست ہائے متحدہ امریکہ",
        "ریاستہائے متحدہ امریکہ",
        "ریاست ہائے متحدہ امریکا",
        "ریاست ہائے متحدہ",
        "ریاستہائے متحدہ",
        "یو ایس اے",
        "یونائیٹڈ اسٹیٹس",
        "یونائیٹڈ سٹیٹس",
    ],
    "CA": ["کینیڈا"],
    "MX": ["میکسیکو"],
    "CU": ["کیوبا"],
    "VE": ["وینزویلا", "وینیزویلا", "وینزوئیلا"],
    "CO": ["کولمبیا"],
    "BR": ["برازیل"],
    "AR": ["ارجنٹائن", "ارجنٹینا"],
    "CL": ["چلی"],
    "PE": ["پیرو"],
    "BO": ["بولیویا"],
    "EC": ["ایکواڈور"],
    "UY": ["یوراگوئے", "یوروگوئے"],
    "PY": ["پیراگوئے"],
    "NI": ["نکاراگوا", "نکاراگووا"],
    "GT": ["گوئٹے مالا", "گواٹے مالا"],
    "SV": ["ایل سلواڈور", "ال سلواڈور"],
    "PA": ["پاناما", "پانامہ"],
    "HT": ["ہیٹی"],
    "DO": ["ڈومینیکن ریپبلک", "جمہوریہ ڈومینیکن"],
    "JM": ["جمیکا", "جمائیکا"],
    "TT": ["ٹرینیڈاڈ اینڈ ٹوباگو", "ٹرینیڈاڈ و ٹوباگو", "ترینیداد اور ٹوباگو"],
    "AG": ["انٹیگوا اور باربوڈا", "انٹیگوا و باربوڈا"],
    "BS": ["بہاماس"],
    "GL": ["گرین لینڈ"],
    "PR": ["پورٹو ریکو", "پیورٹو ریکو"],
    "AU": ["آسٹریلیا"],
    "NZ": ["نیوزی لینڈ"],
    "PG": ["پاپوا نیو گنی", "پاپوآ نیو گنی"],
    "FJ": ["فجی"],
    "FK": ["جزائر فاک لینڈ", "فاک لینڈ", "فاکلینڈ جزائر"],
    "CQ": ["جزیرہ سارک"],
    "UM": ["امریکہ سے باہر کے چھوٹے جزائر"],
    "CC": ["جزائر کوکوس"],
}

# Forms that are also ordinary Urdu words (accepted only with supporting context).
AMBIGUOUS: dict[str, list[str]] = {
    "CN": ["چین"],  # peace, calm
    "MY": ["ملیشیا"],  # militia
    "SY": ["شام"],  # evening
    "EG": ["مصر"],  # insistent
    "QA": ["قطر"],  # diameter
    "ML": ["مالی"],  # financial
    "CL": ["چلی"],  # (she) went
    "PE": ["پیرو"],  # follower
    "MT": ["مالٹا"],  # the malta orange
    "PW": ["پلاؤ"],  # pulao rice
    "JE": ["جرسی"],  # jersey (shirt, cow)
    "GN": ["گنی"],  # counted
    "AE": ["امارات"],  # emirates in general
}
