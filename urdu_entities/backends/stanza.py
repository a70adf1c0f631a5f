"""stanza as an optional recogniser backend, strictly offline.

:class:`StanzaRecognizer` runs a stanza Urdu pipeline (its tokeniser and NER model) over a
document's normalised text and proposes each stanza entity as a
:class:`~urdu_entities.candidates.Candidate` with ``source="stanza"``. The candidates go to
the same resolver as every other recogniser, so gazetteer names, document aliases and date
values are settled there exactly as in the default path.

stanza is imported only when a recogniser is built, and nothing is ever downloaded:
stanza always gets ``download_method=None`` and explicit model files or a resources
directory the user copied (see ``docs/stanza.md``). When stanza or the models are missing
the user gets one :class:`BackendUnavailable` that says what to install or where to point.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from urdu_entities.lang.stanza_tags import STANZA_TAGS, map_tag
from urdu_entities.models import Label
from urdu_entities.recognisers.base import Recogniser
from urdu_entities.text.candidate import Candidate
from urdu_entities.text.edges import trim

if TYPE_CHECKING:
    from urdu_entities.text.document import Document

logger = logging.getLogger(__name__)

#: Score of a stanza candidate: below every gazetteer level (0.8-1.0), like the CRF
#: tagger's. Where stanza and the gazetteer propose the same span the resolver keeps the
#: gazetteer's entry and notes stanza's agreement (``source="gazetteer+stanza"``).
DEFAULT_SCORE = 0.6

INSTALL_HINT = (
    "pip install 'urdu-entities[stanza]' (install torch==2.13.0 first for a CPU-only torch)"
)
DOCS_HINT = "see docs/stanza.md"

#: Model roles a user may point at, as ``stanza_models`` keys (aliases on the right).
_PATH_KEYS: dict[str, str] = {
    "tokenize": "tokenize_model",
    "tokenize_model": "tokenize_model",
    "tokenizer": "tokenize_model",
    "ner": "ner_model",
    "ner_model": "ner_model",
    "pretrain": "pretrain",
    "ner_pretrain": "pretrain",
    "forward_charlm": "forward_charlm",
    "backward_charlm": "backward_charlm",
}
_OPTION_KEYS = frozenset(
    {"use_tokenizer", "lang", "device", "score", "threads", "tag_map", "dates"}
)
#: What to do with stanza's DATE spans (see :class:`StanzaRecognizer`).
DATE_POLICIES = ("unparsed", "all", "none")

PathLike = str | os.PathLike[str]


class BackendUnavailable(RuntimeError):
    """A backend cannot run here: a package is not installed or its models are missing."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        lines = "\n  - ".join(self.problems)
        super().__init__(f"the stanza backend is unavailable:\n  - {lines}\n({DOCS_HINT})")


@dataclass(slots=True)
class StanzaModels:
    """Model files found for the backend.

    ``resources_dir`` is set when the files come from a stanza resources directory (one with
    ``resources.json``); then ``packages`` names the processor packages to load from it.
    Otherwise the files are bare and a minimal resources.json is written to a temporary
    folder while stanza loads them.
    """

    lang: str
    ner: Path
    tokenize: Path | None = None
    pretrain: Path | None = None
    forward_charlm: Path | None = None
    backward_charlm: Path | None = None
    resources_dir: Path | None = None
    packages: dict[str, Any] = field(default_factory=dict)


def default_resources_dir() -> Path:
    """Where ``stanza.download`` puts models by default: ``$STANZA_RESOURCES_DIR`` or
    ``~/stanza_resources``."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(env).expanduser() if env else Path.home() / "stanza_resources"


class StanzaRecognizer(Recogniser):
    """Propose entities found by a stanza NER model (offline; ``stanza`` is optional).

    Args:
        stanza_dir: a stanza resources directory (``resources.json`` plus ``ur/tokenize``,
            ``ur/ner``, ``ur/pretrain``... as ``stanza.download('ur', model_dir=...)``
            writes it), or a folder of bare model files (``tokenize/*.pt``, ``ner/*.pt``,
            ``pretrain/*.pt``, or files named ``*tokenize*.pt``, ``*ner*.pt``,
            ``*pretrain*.pt``). ``None`` with no explicit files: stanza's default folder
            (``$STANZA_RESOURCES_DIR`` or ``~/stanza_resources``).
        tokenize_model, ner_model, pretrain, forward_charlm, backward_charlm: explicit model
            files; they override what ``stanza_dir`` holds.
        use_tokenizer: run stanza's tokeniser and sentence splitter on the text; with
            ``False`` stanza tags this library's own tokens and sentences (no tokeniser
            model needed).
        lang: stanza language code.
        device: torch device for stanza (``"cpu"``, ``"cuda"``); ``None`` lets stanza choose.
        score: score of stanza candidates (see :data:`DEFAULT_SCORE`).
        threads: if set, ``torch.set_num_threads(threads)`` before loading. On small
            machines set ``OMP_NUM_THREADS=1`` in the environment too.
        tag_map: extra or overriding entries for
            :data:`~urdu_entities.lang.stanza_tags.STANZA_TAGS`.
        dates: stanza's DATE (``NETI``) spans carry no value; this library's date grammar
            gives values. ``"unparsed"`` (default) keeps a stanza date only where the
            grammar finds no date overlapping it, so every date the grammar reads keeps
            its ISO value and stanza adds the time expressions it misses (``value=None``,
            ``resolved=False``); ``"all"`` keeps every stanza date; ``"none"`` drops them.

    Raises:
        BackendUnavailable: stanza is not installed, or the models are missing or unreadable.
    """

    source = "stanza"
    name = "stanza"
    reads = ("tokens", "sentences")

    def __init__(
        self,
        stanza_dir: PathLike | None = None,
        *,
        tokenize_model: PathLike | None = None,
        ner_model: PathLike | None = None,
        pretrain: PathLike | None = None,
        forward_charlm: PathLike | None = None,
        backward_charlm: PathLike | None = None,
        use_tokenizer: bool = True,
        lang: str = "ur",
        device: str | None = None,
        score: float = DEFAULT_SCORE,
        threads: int | None = None,
        tag_map: Mapping[str, Label | str | None] | None = None,
        dates: str = "unparsed",
    ) -> None:
        self._configure(use_tokenizer, score, tag_map, dates)

        models, problems = locate_models(
            stanza_dir,
            tokenize_model=tokenize_model,
            ner_model=ner_model,
            pretrain=pretrain,
            forward_charlm=forward_charlm,
            backward_charlm=backward_charlm,
            use_tokenizer=use_tokenizer,
            lang=lang,
        )
        stanza, import_problem = _import_stanza()
        if import_problem:
            problems.insert(0, import_problem)
        if problems or models is None or stanza is None:
            raise BackendUnavailable(problems) from None
        if threads is not None:
            import torch

            torch.set_num_threads(threads)
        self.models: StanzaModels | None = models
        self._nlp = _load_pipeline(stanza, models, use_tokenizer=use_tokenizer, device=device)

    # ------------------------------------------------------------------ construction
    @classmethod
    def from_options(
        cls,
        stanza_dir: PathLike | None = None,
        stanza_models: Mapping[str, Any] | None = None,
    ) -> StanzaRecognizer:
        """Build from ``Pipeline(stanza_dir=..., stanza_models={...})`` arguments.

        ``stanza_models`` keys: ``tokenize``, ``ner``, ``pretrain``, ``forward_charlm``,
        ``backward_charlm`` (paths) and the options ``use_tokenizer``, ``dates``,
        ``lang``, ``device``, ``score``, ``threads``, ``tag_map``.
        """
        kwargs: dict[str, Any] = {}
        for key, value in (stanza_models or {}).items():
            if key in _PATH_KEYS:
                kwargs[_PATH_KEYS[key]] = value
            elif key in _OPTION_KEYS:
                kwargs[key] = value
            else:
                allowed = ", ".join(sorted(set(_PATH_KEYS) | _OPTION_KEYS))
                raise ValueError(f"unknown stanza_models key {key!r}; use one of: {allowed}")
        return cls(stanza_dir, **kwargs)

    @classmethod
    def from_pipeline(
        cls,
        nlp: Any,
        *,
        use_tokenizer: bool | None = None,
        score: float = DEFAULT_SCORE,
        tag_map: Mapping[str, Label | str | None] | None = None,
        dates: str = "unparsed",
    ) -> StanzaRecognizer:
        """Wrap a stanza ``Pipeline`` the caller has built already (with ``tokenize`` and
        ``ner``). ``use_tokenizer`` defaults to ``not tokenize_pretokenized`` of that
        pipeline: a pretokenised pipeline is given this library's tokens."""
        self = cls.__new__(cls)
        if use_tokenizer is None:
            config = getattr(nlp, "config", None) or {}
            use_tokenizer = not config.get("tokenize_pretokenized", False)
        self._configure(use_tokenizer, score, tag_map, dates)
        self.models = None
        self._nlp = nlp
        return self

    def _configure(
        self,
        use_tokenizer: bool,
        score: float,
        tag_map: Mapping[str, Label | str | None] | None,
        dates: str,
    ) -> None:
        if dates not in DATE_POLICIES:
            raise ValueError(f"dates must be one of {DATE_POLICIES}, not {dates!r}")
        self.use_tokenizer = use_tokenizer
        self.score = score
        self.dates = dates
        self.tags = _tag_table(tag_map)
        self._lock = threading.Lock()
        self._unknown_tags: set[str] = set()

    def __repr__(self) -> str:
        models = self.models
        where = str(models.resources_dir or models.ner) if models is not None else "<pipeline>"
        return f"StanzaRecognizer({where!r}, use_tokenizer={self.use_tokenizer})"

    # ------------------------------------------------------------------ recognition
    def find(self, doc: Document) -> list[Candidate]:
        """stanza's entities in ``doc`` as candidates over its normalised text."""
        if not doc.tokens:
            return []
        spans = self._token_spans(doc) if not self.use_tokenizer else self._char_spans(doc)
        found = []
        for tag, i, j, end in spans:
            candidate = self._candidate(doc, tag, i, j, end)
            if candidate is not None:
                found.append(candidate)
        if self.dates != "all" and any(c.label is Label.DATE for c in found):
            found = self._filter_dates(doc, found)
        return found

    def _filter_dates(self, doc: Document, found: list[Candidate]) -> list[Candidate]:
        """Apply the ``dates`` policy: drop stanza dates, or those the grammar reads."""
        if self.dates == "none":
            return [c for c in found if c.label is not Label.DATE]
        from urdu_entities.recognisers.dates import find_dates

        parsed = {k for d in find_dates(doc) for k in range(d.tok_start, d.tok_end)}
        return [
            c
            for c in found
            if c.label is not Label.DATE or parsed.isdisjoint(range(c.tok_start, c.tok_end))
        ]

    def raw_entities(self, doc: Document) -> list[tuple[str, int, int]]:
        """stanza's entities before mapping: ``(type, start, end)`` over ``doc.text``."""
        if not doc.tokens:
            return []
        if self.use_tokenizer:
            with self._lock:
                result = self._nlp(doc.text)
            return [(e.type, e.start_char, e.end_char) for e in result.ents]
        return [
            (tag, doc.tokens[i].start, doc.tokens[j - 1].end)
            for tag, i, j, _ in self._token_spans(doc)
        ]

    def _char_spans(self, doc: Document) -> list[tuple[str, int, int, int]]:
        """stanza's tokeniser on the normalised text; entity offsets → our tokens."""
        with self._lock:
            result = self._nlp(doc.text)
        spans = []
        for ent in result.ents:
            start, end = int(ent.start_char), int(ent.end_char)
            if not 0 <= start < end <= len(doc.text):
                continue
            i, j = doc.token_range(start, end)
            if i >= j:
                continue
            spans.append((str(ent.type), i, j, min(end, doc.tokens[j - 1].end)))
        return spans

    def _token_spans(self, doc: Document) -> list[tuple[str, int, int, int]]:
        """stanza NER over our own sentences and tokens (``tokenize_pretokenized``)."""
        offsets: list[list[int]] = []
        batch: list[list[str]] = []
        for sentence in doc.sentences:
            indices = list(range(sentence.start, sentence.end))
            if indices:
                offsets.append(indices)
                batch.append([doc.tokens[k].text for k in indices])
        if not batch:
            return []
        with self._lock:
            result = self._nlp(batch)
        spans = []
        for indices, sentence in zip(offsets, result.sentences, strict=False):
            for ent in sentence.ents:
                first = ent.tokens[0].id[0] - 1
                last = ent.tokens[-1].id[-1] - 1
                if not 0 <= first <= last < len(indices):
                    continue
                i, j = indices[first], indices[last] + 1
                spans.append((str(ent.type), i, j, doc.tokens[j - 1].end))
        return spans

    def _candidate(self, doc: Document, tag: str, i: int, j: int, end: int) -> Candidate | None:
        label = map_tag(tag, self.tags)
        if label is None:
            key = tag.strip().upper()
            if key not in self.tags and key not in self._unknown_tags:
                self._unknown_tags.add(key)
                logger.info("stanza tag %r is not mapped; its spans are dropped", tag)
            return None
        trimmed = trim(doc, i, j, label)
        if trimmed is None:
            return None
        i, trimmed_j = trimmed
        if trimmed_j != j:
            j, end = trimmed_j, doc.tokens[trimmed_j - 1].end
        tokens = doc.tokens[i:j]
        # No canonical name, id or value: the resolver gives names (a gazetteer match on
        # the same tokens, a document alias, or a composed form) and the grammar values.
        return Candidate(
            start=tokens[0].start,
            end=end,
            tok_start=i,
            tok_end=j,
            label=label,
            source=self.source,
            score=self.score,
            canonical=None,
            id=None,
            resolved=False,
        )


# ---------------------------------------------------------------------- helpers
def _tag_table(tag_map: Mapping[str, Label | str | None] | None) -> dict[str, Label | None]:
    table = dict(STANZA_TAGS)
    for tag, label in (tag_map or {}).items():
        table[tag.strip().upper()] = Label(label) if label is not None else None
    return table


def _import_stanza() -> tuple[ModuleType | None, str | None]:
    try:
        import stanza
    except ImportError as exc:
        missing = getattr(exc, "name", None) or "stanza"
        return None, f"{missing} is not installed: {INSTALL_HINT}"
    except Exception as exc:  # a broken torch install fails in many ways
        return None, f"stanza failed to import ({type(exc).__name__}: {exc}); {INSTALL_HINT}"
    if not hasattr(stanza, "Pipeline"):  # a folder named "stanza" on sys.path, not the package
        where = ", ".join(getattr(stanza, "__path__", [])) or "?"
        return None, f"stanza is not installed (found only a folder {where}): {INSTALL_HINT}"
    return stanza, None


# ---------------------------------------------------------------------- locating models
_ROLE_DIRS = {
    "tokenize": ("tokenize",),
    "ner": ("ner",),
    "pretrain": ("pretrain",),
    "forward_charlm": ("forward_charlm",),
    "backward_charlm": ("backward_charlm",),
}
_ROLE_WORDS = {
    "tokenize": ("tokeniz",),
    "ner": ("ner",),
    "pretrain": ("pretrain",),
    "forward_charlm": ("forward_charlm",),
    "backward_charlm": ("backward_charlm",),
}


def locate_models(
    stanza_dir: PathLike | None,
    *,
    tokenize_model: PathLike | None = None,
    ner_model: PathLike | None = None,
    pretrain: PathLike | None = None,
    forward_charlm: PathLike | None = None,
    backward_charlm: PathLike | None = None,
    use_tokenizer: bool = True,
    lang: str = "ur",
) -> tuple[StanzaModels | None, list[str]]:
    """Find the model files without importing stanza; return them and what is wrong."""
    explicit = {
        "tokenize": tokenize_model,
        "ner": ner_model,
        "pretrain": pretrain,
        "forward_charlm": forward_charlm,
        "backward_charlm": backward_charlm,
    }
    problems: list[str] = []
    failed: set[str] = set()  # roles already reported
    given: dict[str, Path] = {}
    for role, value in explicit.items():
        if value is None:
            continue
        path = Path(value).expanduser()
        if not path.is_file():
            problems.append(f"the {role} model file {path} does not exist")
            failed.add(role)
        given[role] = path

    if stanza_dir is None and "ner" not in given:
        default = default_resources_dir()
        if (default / "resources.json").is_file():
            stanza_dir = default
        else:
            problems.append(
                "no stanza models given: pass stanza_dir= (a folder written by "
                f"stanza.download('{lang}', model_dir=...)) or ner_model= (looked in "
                f"stanza's default folder {default} too)"
            )
            return None, problems

    found: dict[str, Path] = {}
    resources_dir: Path | None = None
    packages: dict[str, Any] = {}
    where = ""
    if stanza_dir is not None:
        folder = Path(stanza_dir).expanduser()
        where = f" in {folder}"
        if not folder.is_dir():
            problems.append(f"stanza_dir {folder} is not a folder")
            return None, problems
        if (folder / "resources.json").is_file():
            resources_dir = folder
            found, packages = _from_resources(folder, lang, use_tokenizer, problems, failed)
        else:
            found = _from_folder(folder, lang, problems, failed)
    found.update(given)

    if "ner" not in found and "ner" not in failed:
        problems.append(f"no NER model found{where}; pass ner_model=path/to/ner.pt")
    if use_tokenizer and "tokenize" not in found and "tokenize" not in failed:
        problems.append(
            f"no tokenizer model found{where}; pass tokenize_model=path/to/tokenize.pt, "
            "or use_tokenizer=False to tag this library's own tokens"
        )
    if problems or "ner" not in found:
        return None, problems
    return (
        StanzaModels(
            lang=lang,
            ner=found["ner"],
            tokenize=found.get("tokenize"),
            pretrain=found.get("pretrain"),
            forward_charlm=found.get("forward_charlm"),
            backward_charlm=found.get("backward_charlm"),
            resources_dir=resources_dir,
            packages=packages,
        ),
        [],
    )


def _from_resources(
    folder: Path, lang: str, use_tokenizer: bool, problems: list[str], failed: set[str]
) -> tuple[dict[str, Path], dict[str, Any]]:
    """Model files named by a stanza resources.json, checked on disk."""
    path = folder / "resources.json"
    try:
        resources = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        problems.append(f"{path} is not a readable stanza resources.json ({exc})")
        failed.update(_ROLE_DIRS)
        return {}, {}
    entry = resources.get(lang) if isinstance(resources, dict) else None
    seen = {lang}
    while isinstance(entry, dict) and "alias" in entry and entry["alias"] not in seen:
        lang = entry["alias"]
        seen.add(lang)
        entry = resources.get(lang)
    if not isinstance(entry, dict):
        problems.append(
            f"{path} lists no '{lang}' models: on a connected machine run "
            f"stanza.download('{lang}', model_dir=..., processors='tokenize,ner') "
            "and copy that whole folder"
        )
        failed.update(_ROLE_DIRS)
        return {}, {}
    defaults = entry.get("default_processors") or entry.get("packages", {}).get("default", {})
    roles = ["ner", "tokenize"] if use_tokenizer else ["ner"]
    found: dict[str, Path] = {}
    packages: dict[str, Any] = {}
    for role in roles:
        package = defaults.get(role)
        if isinstance(package, list):  # several NER models: stanza runs them all
            package = package[0] if package else None
        if not package:
            problems.append(f"{path} names no default {role} model for '{lang}'")
            failed.add(role)
            continue
        packages[role] = package
        model = folder / lang / role / f"{package}.pt"
        if not model.is_file():
            problems.append(
                f"the {role} model {model} is missing: copy the whole folder that "
                f"stanza.download('{lang}', model_dir=...) wrote"
            )
            failed.add(role)
            continue
        found[role] = model
        spec = entry.get(role, {}).get(package, {}) if isinstance(entry.get(role), dict) else {}
        for dep in spec.get("dependencies", []) or []:
            dep_path = folder / lang / dep["model"] / f"{dep['package']}.pt"
            if not dep_path.is_file():
                problems.append(
                    f"the {dep['model']} file {dep_path} that the {role} model needs is missing"
                )
            elif role == "ner" and dep["model"] in _ROLE_DIRS:
                found[dep["model"]] = dep_path
    return found, packages


def _from_folder(folder: Path, lang: str, problems: list[str], failed: set[str]) -> dict[str, Path]:
    """Bare model files: ``[lang/]role/*.pt`` or files named after their role."""
    found: dict[str, Path] = {}
    flat = sorted(p for p in folder.glob("*.pt") if p.is_file())
    for role, dirs in _ROLE_DIRS.items():
        matches: list[Path] = []
        for base in (folder / lang, folder, folder / "models"):
            for name in dirs:
                matches = sorted((base / name).glob("*.pt")) if (base / name).is_dir() else []
                if matches:
                    break
            if matches:
                break
        if not matches:
            matches = [p for p in flat if _flat_role(p.name) == role]
        if len(matches) > 1:
            names = ", ".join(str(m) for m in matches)
            problems.append(f"several {role} models in {folder} ({names}); pass the one to use")
            failed.add(role)
        elif matches:
            found[role] = matches[0]
    return found


def _flat_role(name: str) -> str | None:
    lowered = name.lower()
    for role in ("forward_charlm", "backward_charlm", "pretrain", "tokenize"):
        if any(w in lowered for w in _ROLE_WORDS[role]):
            return role
    return "ner" if "ner" in lowered else None


# ---------------------------------------------------------------------- loading
def _minimal_resources(lang: str) -> dict[str, Any]:
    """The least resources.json stanza accepts for explicitly given model files."""
    return {
        lang: {
            "lang_name": "Urdu" if lang == "ur" else lang,
            "packages": {"default": {}},
            "tokenize": {"urdu_entities": {}},
            "ner": {"urdu_entities": {}},
        }
    }


def _load_pipeline(
    stanza: ModuleType, models: StanzaModels, *, use_tokenizer: bool, device: str | None
) -> Any:
    """Build the stanza pipeline; never downloads (``download_method=None``)."""
    kwargs: dict[str, Any] = {
        "lang": models.lang,
        "download_method": None,
        "logging_level": "WARN",
        "tokenize_pretokenized": not use_tokenizer,
    }
    if device is not None:
        kwargs["device"] = device
    paths = {
        "ner_model_path": models.ner,
        "ner_pretrain_path": models.pretrain,
        "ner_forward_charlm_path": models.forward_charlm,
        "ner_backward_charlm_path": models.backward_charlm,
    }
    if use_tokenizer:
        paths["tokenize_model_path"] = models.tokenize
    kwargs.update({k: str(v) for k, v in paths.items() if v is not None})
    if models.pretrain is None:
        needed = _pretrain_needed(models.ner)
        if needed is not None:
            raise BackendUnavailable(
                [
                    f"the NER model {models.ner} was trained with word vectors ({needed}) "
                    "and gives wrong tags without them: pass pretrain=path/to/pretrain.pt "
                    "(in a stanza folder: <lang>/pretrain/*.pt)"
                ]
            )
    try:
        if models.resources_dir is not None:
            processors = {
                "tokenize": models.packages.get("tokenize", "default"),
                "ner": models.packages["ner"],
            }
            return stanza.Pipeline(dir=str(models.resources_dir), processors=processors, **kwargs)
        with tempfile.TemporaryDirectory(prefix="urdu_entities_stanza_") as tmp:
            Path(tmp, "resources.json").write_text(
                json.dumps(_minimal_resources(models.lang)), encoding="utf-8"
            )
            processors = {"tokenize": "urdu_entities", "ner": "urdu_entities"}
            return stanza.Pipeline(dir=tmp, processors=processors, **kwargs)
    except Exception as exc:
        first_line = (str(exc).strip().splitlines() or [""])[0]
        files = ", ".join(str(v) for k, v in paths.items() if v is not None)
        raise BackendUnavailable(
            [
                f"stanza could not load the models ({type(exc).__name__}: {first_line}); "
                f"files given: {files}; are they stanza {models.lang} models of a stanza "
                "version this one reads?"
            ]
        ) from None


def _pretrain_needed(ner_model: Path) -> str | None:
    """The word-vector file a NER model was trained with, when it needs one and does not
    carry its own embeddings (stanza then silently uses random vectors)."""
    try:
        import torch

        checkpoint = torch.load(str(ner_model), map_location="cpu", weights_only=True)
        config = checkpoint.get("config", {})
        state = checkpoint.get("model", {})
    except Exception:
        return None  # unreadable: stanza reports it
    if not config.get("pretrain") or not config.get("word_emb_dim"):
        return None
    if any(key.startswith("word_emb.") for key in state):
        return None
    name = config.get("wordvec_pretrain_file") or config.get("wordvec_file") or "a pretrain"
    return Path(str(name)).name
