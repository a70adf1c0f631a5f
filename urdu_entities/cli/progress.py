"""A progress bar on stderr when it is a terminal (tqdm, the optional ``progress`` extra)."""

from __future__ import annotations

import sys
from typing import Any

MISSING = "tqdm is not installed (pip install 'urdu-entities[progress]')"


class Progress:
    """Counts documents; draws a tqdm bar only when asked and tqdm is installed."""

    def __init__(
        self, *, enabled: bool, total: int | None, initial: int = 0, asked: bool = False
    ) -> None:
        self._bar: Any = None
        if not enabled:
            return
        try:
            from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]
        except ImportError:
            if asked:  # --progress given: say why there is none
                print(f"urdu-entities: no progress bar: {MISSING}", file=sys.stderr)
            return
        # No monitor thread: the batch workers are forked after the bar exists.
        tqdm.monitor_interval = 0
        self._bar = tqdm(total=total, initial=initial, unit="doc", file=sys.stderr,
                         dynamic_ncols=True, smoothing=0.1)

    def update(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def message(self, text: str) -> None:
        """A line on stderr that does not break the bar."""
        if self._bar is not None:
            self._bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def wanted(choice: str | None) -> bool:
    """``--progress`` / ``--no-progress``, else only when stderr is a terminal."""
    if choice is not None:
        return choice == "on"
    isatty = getattr(sys.stderr, "isatty", None)
    return bool(isatty and isatty())
