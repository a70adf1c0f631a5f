"""Build hook: write the shipped index (``python -m urdu_entities.prebuild``) into the wheel.

The index holds tables derived from the shipped gazetteers (their lookup keys, the context
recogniser's name parts) so that an installed library starts in a fraction of the time;
``urdu_entities/gazetteer/prebuilt.py`` says how it is checked before use. It is written to
``data/index/`` (ignored by git), which the wheel ships with the rest of ``data/`` as
``urdu_entities/_data/index/``; an editable install writes it there too, for the checkout.
If it cannot be built (the build environment lacks the library's dependencies), the build
goes on with a warning and without it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class PrebuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        out = root / "data" / "index" / "shipped.index"
        # The build environment's own path (where pip put the build requirements) is kept.
        path = [str(root), *filter(None, [os.environ.get("PYTHONPATH")])]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(path))
        done = subprocess.run(
            [sys.executable, "-m", "urdu_entities.prebuild", "--out", str(out)],
            cwd=root, env=env, check=False, capture_output=True, text=True,
        )
        if done.returncode == 0:
            self.app.display_info(done.stdout.strip())
            return
        # The index only speeds start-up: a wheel without it computes the same tables on
        # first use. A stale file from an earlier build is removed rather than shipped.
        out.unlink(missing_ok=True)
        reason = (done.stderr.strip().splitlines() or ["no message"])[-1]
        self.app.display_warning(f"shipped index not built ({reason}); the wheel works "
                                 "without it, starting slower")
