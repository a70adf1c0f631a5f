"""Train tiny stanza Urdu models (tokeniser, pretrain, NER) from the test fixture in seconds.

The models only have to memorise ``data/ur_ner_tiny.txt`` well enough to exercise the
backend: their quality means nothing. Used by ``conftest.py`` and by
``bench/bench_stanza.py --tiny``. Runs stanza's own training entry points
(``stanza.models.tokenizer`` and ``stanza.models.ner_tagger``) in-process, so nothing is
downloaded. Set ``OMP_NUM_THREADS=1`` before torch is imported (``configure_torch`` does it
for the training code too).
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "data" / "ur_ner_tiny.txt"

#: Punctuation written glued to the word before it in running Urdu text.
_GLUED_PUNCT = frozenset({"۔", "،", "؟", "!", ":"})
_ENTITY = re.compile(r"\[(?P<tag>[A-Z]+) (?P<words>[^\]]+)\]|(?P<word>\S+)")

#: Layout that ``stanza.download('ur', model_dir=...)`` writes, with our tiny files.
TOKENIZE_PACKAGE = "udtb"
NER_PACKAGE = "ilner_nocharlm"
PRETRAIN_PACKAGE = "conll17"


@dataclass(frozen=True)
class TinyModels:
    """Paths of trained tiny models, as bare files and as a stanza resources directory."""

    tokenize: Path
    ner: Path
    pretrain: Path
    resources_dir: Path


def read_fixture(path: Path = FIXTURE) -> list[list[tuple[str, str]]]:
    """Sentences as ``(token, BIO tag)`` pairs."""
    sentences = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        sentence: list[tuple[str, str]] = []
        for m in _ENTITY.finditer(line):
            if m.group("word"):
                sentence.append((m.group("word"), "O"))
                continue
            words = m.group("words").split()
            tag = m.group("tag")
            sentence.extend((w, ("B-" if i == 0 else "I-") + tag) for i, w in enumerate(words))
        sentences.append(sentence)
    return sentences


def sentence_text(sentence: list[tuple[str, str]]) -> str:
    """Running text of a fixture sentence (punctuation glued to the word before)."""
    text = ""
    for word, _ in sentence:
        if text and word not in _GLUED_PUNCT:
            text += " "
        text += word
    return text


def entities(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(text, IL-NER tag)`` of each entity of a fixture sentence, in order."""
    found: list[tuple[str, str]] = []
    for word, tag in sentence:
        if tag.startswith("B-"):
            found.append((word, tag[2:]))
        elif tag.startswith("I-"):
            found[-1] = (f"{found[-1][0]} {word}", found[-1][1])
    return found


def _tokenizer_files(sentences: list[list[tuple[str, str]]], out: Path) -> tuple[Path, Path]:
    """stanza's character-level training files: text and labels (1 token end, 2 sentence
    end, 0 otherwise), paragraphs separated by blank lines."""
    texts, labels = [], []
    per_paragraph = 3
    for p in range(0, len(sentences), per_paragraph):
        text, label = "", ""
        for sentence in sentences[p : p + per_paragraph]:
            for i, (word, _) in enumerate(sentence):
                if text and word not in _GLUED_PUNCT:
                    text += " "
                    label += "0"
                text += word
                end = "2" if i == len(sentence) - 1 else "1"
                label += "0" * (len(word) - 1) + end
        texts.append(text)
        labels.append(label)
    txt, lab = out / "ur_tiny.train.txt", out / "ur_tiny.train.labels"
    txt.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    lab.write_text("\n\n".join(labels) + "\n", encoding="utf-8")
    return txt, lab


def _ner_file(sentences: list[list[tuple[str, str]]], out: Path) -> Path:
    path = out / "ur_tiny.ner.json"
    doc = [[{"text": w, "ner": t} for w, t in s] for s in sentences]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _pretrain(sentences: list[list[tuple[str, str]]], out: Path, dim: int = 16) -> Path:
    from stanza.models.common.pretrain import Pretrain

    rng = random.Random(7)
    vocab = sorted({w for s in sentences for w, _ in s})
    vec = out / "ur_tiny.vec"
    with vec.open("w", encoding="utf-8") as f:
        f.write(f"{len(vocab)} {dim}\n")
        for w in vocab:
            f.write(w + " " + " ".join(f"{rng.uniform(-0.5, 0.5):.4f}" for _ in range(dim)) + "\n")
    path = out / "ur_tiny.pretrain.pt"
    Pretrain(str(path), str(vec), max_vocab=-1, save_to_file=True).load()
    return path


def require_stanza() -> None:
    """Skip the calling test unless the stanza package is installed.

    ``pytest.importorskip("stanza")`` is not enough: with ``tests/`` on ``sys.path`` this
    very folder imports as a namespace package named ``stanza``.
    """
    import pytest

    pytest.importorskip(
        "stanza.pipeline.core",
        reason="stanza is not installed: pip install torch==2.13.0 && pip install -e '.[stanza]'",
    )


def configure_torch() -> None:
    """One thread: with more, tiny CPU training can stall for minutes on small machines."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import torch

    torch.set_num_threads(1)


def train(out: Path, *, tokenizer_steps: int = 400, ner_steps: int = 300) -> TinyModels:
    """Train the tiny models into ``out`` and lay them out as stanza would."""
    configure_torch()
    from stanza.models import ner_tagger, tokenizer

    out.mkdir(parents=True, exist_ok=True)
    work = out / "train"
    work.mkdir(exist_ok=True)
    sentences = read_fixture()
    txt, lab = _tokenizer_files(sentences, work)
    mwt = work / "ur_tiny.mwt.json"
    mwt.write_text("[]", encoding="utf-8")
    ner_json = _ner_file(sentences, work)
    pretrain = _pretrain(sentences, work)

    logging.getLogger("stanza").setLevel(logging.WARNING)
    tokenize_path = work / "ur_tiny_tokenizer.pt"
    # fmt: off
    tokenizer.main([
        "--mode", "train", "--lang", "ur", "--shorthand", "ur_tiny", "--cpu",
        "--txt_file", str(txt), "--label_file", str(lab),
        "--dev_txt_file", str(txt), "--dev_label_file", str(lab),
        "--mwt_json_file", str(mwt),
        "--save_dir", str(work), "--save_name", tokenize_path.name,
        "--emb_dim", "16", "--hidden_dim", "32", "--batch_size", "16",
        "--steps", str(tokenizer_steps), "--eval_steps", str(tokenizer_steps + 1),
        "--report_steps", str(tokenizer_steps + 1), "--no_use_mwt", "--seed", "1",
        "--dropout", "0.1", "--unit_dropout", "0.05", "--tok_noise", "0",
        "--sent_drop_prob", "0", "--last_char_drop_prob", "0",
    ])
    # fmt: on
    ner_path = work / "ur_tiny_nertagger.pt"
    # fmt: off
    ner_tagger.main([
        "--mode", "train", "--shorthand", "ur_tiny", "--cpu",
        "--train_file", str(ner_json), "--eval_file", str(ner_json),
        "--wordvec_pretrain_file", str(pretrain),
        "--save_dir", str(work), "--save_name", ner_path.name,
        "--hidden_dim", "32", "--char_hidden_dim", "32", "--char_emb_dim", "16",
        "--word_emb_dim", "16", "--batch_size", "8", "--optim", "adam", "--lr", "0.01",
        "--dropout", "0.1", "--word_dropout", "0", "--max_steps", str(ner_steps),
        "--eval_interval", str(ner_steps + 1), "--log_step", str(ner_steps + 1),
        "--seed", "1",
    ])
    # fmt: on

    resources = out / "stanza_resources"
    layout = {
        "tokenize": (TOKENIZE_PACKAGE, tokenize_path),
        "ner": (NER_PACKAGE, ner_path),
        "pretrain": (PRETRAIN_PACKAGE, pretrain),
    }
    for processor, (package, source) in layout.items():
        target = resources / "ur" / processor / f"{package}.pt"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    (resources / "resources.json").write_text(
        json.dumps(resources_json(), indent=2), encoding="utf-8"
    )
    return TinyModels(tokenize_path, ner_path, pretrain, resources)


def resources_json() -> dict[str, object]:
    """The shape of the ``ur`` part of stanza's resources.json for these processors."""
    return {
        "ur": {
            "lang_name": "Urdu",
            "tokenize": {TOKENIZE_PACKAGE: {"md5": "0"}},
            "ner": {
                NER_PACKAGE: {
                    "md5": "0",
                    "dependencies": [{"model": "pretrain", "package": PRETRAIN_PACKAGE}],
                }
            },
            "pretrain": {PRETRAIN_PACKAGE: {"md5": "0"}},
            "default_processors": {"tokenize": TOKENIZE_PACKAGE, "ner": NER_PACKAGE},
            "packages": {"default": {"tokenize": TOKENIZE_PACKAGE, "ner": NER_PACKAGE}},
        }
    }
