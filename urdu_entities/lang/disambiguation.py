"""Which entry a spelling names when several entries share it, by the places around it.

``وزارت خارجہ`` is Pakistan's foreign ministry unless the sentence names another country
(``بیجنگ``, ``چین``), whose own ministry the gazetteer lists with a form that contains it
(``چین کی وزارت خارجہ``); ``حیدرآباد`` is Hyderabad, Sindh unless the sentence names
Telangana or India, where ``حیدرآباد دکن`` lists the other city. The gazetteer recogniser
switches a match to such an entry when a place next to it (within :data:`CONTEXT_WINDOW`
tokens, in the same sentence) is the value of one of these attributes of the other entry and
of none of the matched one. Only entries that belong to a place are ever switched.
"""

from __future__ import annotations

#: Entry attributes whose values name the place an entry belongs to.
PLACE_ATTRS: tuple[str, ...] = ("country", "state", "province")

#: Entry attributes that, on a place in the sentence, give further places it stands for:
#: a city names its country (``بیجنگ`` → China).
CONTEXT_ATTRS: tuple[str, ...] = ("country", "state", "province")

#: How many tokens before or after a match a place may stand to decide it
#: (``بیجنگ میں وزارت خارجہ``, ``تلنگانہ کے شہر حیدرآباد``).
CONTEXT_WINDOW = 3
