"""Optional recogniser backends. Each one imports its heavy dependencies only when built.

``stanza``: :class:`StanzaRecognizer` (``pip install 'urdu-entities[stanza]'``; see
``docs/stanza.md``).
"""

from urdu_entities.backends.stanza import BackendUnavailable, StanzaRecognizer

#: Backend names ``Pipeline(backend=...)`` accepts.
BACKENDS = ("default", "stanza")

__all__ = ["BACKENDS", "BackendUnavailable", "StanzaRecognizer"]
