"""Collection for the whole suite: the package's doctests skip the module of an optional
extra that is not installed (the default test command needs only the ``test`` extra)."""

from __future__ import annotations

import importlib.util

collect_ignore: list[str] = []
if importlib.util.find_spec("spacy") is None:
    # Registers its factory with spaCy at import; its tests skip with a reason instead.
    collect_ignore.append("urdu_entities/integrations/spacy_component.py")
