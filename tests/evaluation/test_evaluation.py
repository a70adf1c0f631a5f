"""Tests for urdu_entities.evaluation and the ``evaluate`` command (no pipeline needed)."""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from urdu_entities import Entity, Label
from urdu_entities.cli.evaluate import main as evaluate_main
from urdu_entities.evaluation import (
    GoldDocument,
    GoldEntity,
    GoldFormatError,
    format_json,
    format_table,
    load_conll,
    load_gold,
    load_jsonl,
    load_predictions,
    score,
)

TEXT = "وزیر اعظم شہباز شریف نے 9 ستمبر کو لاہور اور کراچی کا دورہ کیا۔"


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def ent(text: str, needle: str, label: str, **extra: Any) -> dict[str, Any]:
    s, e = span(text, needle)
    return {"start": s, "end": e, "label": label, "text": needle, **extra}


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def gold_record() -> dict[str, Any]:
    return {
        "id": "d1",
        "text": TEXT,
        "entities": [
            ent(TEXT, "شہباز شریف", "PER", canonical="Shehbaz Sharif"),
            ent(TEXT, "9 ستمبر", "DATE", canonical="9 September", value="XXXX-09-09"),
            ent(TEXT, "لاہور", "LOC", canonical="Lahore"),
            ent(TEXT, "کراچی", "LOC", canonical="Karachi"),
        ],
    }


# --------------------------------------------------------------------------- loading JSONL


def test_load_jsonl_reads_entities_and_optional_fields(tmp_path: Path) -> None:
    docs = load_jsonl(write_jsonl(tmp_path / "g.jsonl", [gold_record()]))
    assert len(docs) == 1
    doc = docs[0]
    assert doc.id == "d1" and doc.text == TEXT
    assert [e.label for e in doc.entities] == ["PER", "DATE", "LOC", "LOC"]
    assert doc.entities[1].value == "XXXX-09-09"
    assert doc.entities[0].canonical == "Shehbaz Sharif"
    assert all(TEXT[e.start : e.end] == e.text for e in doc.entities)


def test_load_jsonl_fills_missing_text_and_id(tmp_path: Path) -> None:
    rec = {"text": TEXT, "entities": [{"start": 10, "end": 20, "label": "PERSON"}]}
    doc = load_jsonl(write_jsonl(tmp_path / "g.jsonl", [rec]))[0]
    assert doc.id == "g-1"
    assert doc.entities[0].text == "شہباز شریف"
    assert doc.entities[0].label == "PER"  # PERSON is a known alias


@pytest.mark.parametrize(
    ("entity", "message"),
    [
        ({"start": 10, "end": 999, "label": "PER"}, "past the end of the text"),
        ({"start": 12, "end": 10, "label": "PER"}, "must be greater than start"),
        ({"start": 10, "end": 20, "label": "PER", "text": "غلط"}, "does not match"),
        ({"start": 10, "end": 20, "label": "PEOPLE"}, "unknown label 'PEOPLE'"),
        ({"start": 9, "end": 20, "label": "PER"}, "whitespace"),
        ({"start": -1, "end": 20, "label": "PER"}, "greater than or equal to 0"),
        ({"start": "x", "end": 20, "label": "PER"}, "entities[0].start"),
        ({"start": 10, "end": 20}, "entities[0].label"),
        ({"start": 10, "end": 20, "label": "PER", "canonical": " "}, "blank"),
    ],
)
def test_load_jsonl_errors_name_file_and_line(
    tmp_path: Path, entity: dict[str, Any], message: str
) -> None:
    good = gold_record()
    bad = {"id": "d2", "text": TEXT, "entities": [entity]}
    path = write_jsonl(tmp_path / "gold.jsonl", [good, bad])
    with pytest.raises(GoldFormatError) as info:
        load_jsonl(path)
    assert str(info.value).startswith(f"{path}:2: ")
    assert message in str(info.value)
    assert info.value.line == 2


def test_load_jsonl_bad_json_duplicate_id_and_missing_text(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n\n{"id": "b", "text": \n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"g\.jsonl:3: invalid JSON"):
        load_jsonl(path)
    write_jsonl(path, [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}])
    with pytest.raises(GoldFormatError, match=r":2: duplicate id 'a' \(first on line 1\)"):
        load_jsonl(path)
    write_jsonl(path, [{"id": "a", "entities": []}])
    with pytest.raises(GoldFormatError, match=r":1: .*\"text\" or \"text_file\""):
        load_jsonl(path)
    write_jsonl(path, [["not", "an", "object"]])  # type: ignore[list-item]
    with pytest.raises(GoldFormatError, match=r":1: expected a JSON object"):
        load_jsonl(path)


def test_load_jsonl_duplicate_entity_is_an_error(tmp_path: Path) -> None:
    e = {"start": 10, "end": 20, "label": "PER"}
    path = write_jsonl(tmp_path / "g.jsonl", [{"id": "a", "text": TEXT, "entities": [e, e]}])
    with pytest.raises(GoldFormatError, match="duplicate entity PER"):
        load_jsonl(path)


def test_label_map_maps_and_drops(tmp_path: Path) -> None:
    rec = {
        "id": "a",
        "text": TEXT,
        "entities": [
            ent(TEXT, "9 ستمبر", "DATETIME"),
            ent(TEXT, "شہباز شریف", "NUM"),
        ],
    }
    path = write_jsonl(tmp_path / "g.jsonl", [rec])
    with pytest.raises(GoldFormatError, match="unknown label 'DATETIME'"):
        load_jsonl(path)
    doc = load_jsonl(path, label_map={"DATETIME": "DATE", "NUM": None})[0]
    assert [(e.label, e.text) for e in doc.entities] == [("DATE", "9 ستمبر")]
    with pytest.raises(ValueError, match="not one of"):
        load_jsonl(path, label_map={"DATETIME": "TIME", "NUM": None})


def test_stand_off_text_file_with_sha256(tmp_path: Path) -> None:
    text_dir = tmp_path / "texts"
    text_dir.mkdir()
    (text_dir / "a.txt").write_text(TEXT, encoding="utf-8")
    digest = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    rec = {
        "id": "a",
        "text_file": "a.txt",
        "sha256": digest,
        "entities": [{"start": 10, "end": 20, "label": "PER"}],
    }
    path = write_jsonl(tmp_path / "g.jsonl", [rec])
    doc = load_jsonl(path, text_root=text_dir)[0]
    assert doc.text == TEXT and doc.entities[0].text == "شہباز شریف"
    with pytest.raises(GoldFormatError, match="not found under"):
        load_jsonl(path)  # default root is the gold file's folder
    (text_dir / "a.txt").write_text(TEXT + "!", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="has changed"):
        load_jsonl(path, text_root=text_dir)


# --------------------------------------------------------------------------- loading CoNLL


BIO = """\
-DOCSTART-\tO

وزیر\tO
اعظم\tO
شہباز\tB-PER
شریف\tI-PER
لاہور\tB-LOC
کراچی\tB-LOC
"""


def test_load_conll_bio(tmp_path: Path) -> None:
    path = tmp_path / "g.conll"
    path.write_text(BIO + "\nپاکستان\tI-LOC\nگیا\tO\n", encoding="utf-8")
    docs = load_conll(path)
    assert [d.text for d in docs] == ["وزیر اعظم شہباز شریف لاہور کراچی", "پاکستان گیا"]
    assert [(e.label, e.text) for e in docs[0].entities] == [
        ("PER", "شہباز شریف"),
        ("LOC", "لاہور"),
        ("LOC", "کراچی"),  # B- after B- of the same type starts a new entity
    ]
    # I- without a preceding B- starts an entity (conlleval behaviour)
    assert [(e.label, e.text) for e in docs[1].entities] == [("LOC", "پاکستان")]


def test_load_conll_io_merges_neighbours_and_maps_labels(tmp_path: Path) -> None:
    path = tmp_path / "g.txt"
    path.write_text(
        "شہباز\tPERSON\nشریف\tPERSON\nلاہور\tLOCATION\nکراچی\tLOCATION\n"
        "14\tTIME\nاگست\tTIME\nکو\tO\nصدر\tDESIGNATION\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldFormatError, match=r"g\.txt:5: unknown label 'TIME'"):
        load_conll(path)
    docs = load_gold(path, label_map={"TIME": "DATE", "DESIGNATION": None})
    assert [(e.label, e.text) for e in docs[0].entities] == [
        ("PER", "شہباز شریف"),
        ("LOC", "لاہور کراچی"),  # IO cannot separate neighbours of one type
        ("DATE", "14 اگست"),
    ]


def test_load_conll_errors(tmp_path: Path) -> None:
    path = tmp_path / "g.conll"
    path.write_text("لاہور\tB-LOC\nکراچی\t-LOC\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"g\.conll:2: malformed tag '-LOC'"):
        load_conll(path)
    path.write_text("لاہور\tB-LOC\nکراچی\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r":2: expected a token and a tag"):
        load_conll(path)
    path.write_text("لاہور\tB-LOC\nکراچی\tLOC\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r":2: .*no B-/I- prefix"):
        load_conll(path, scheme="bio")


def test_load_gold_picks_loader_by_suffix(tmp_path: Path) -> None:
    conll = tmp_path / "g.tsv"
    conll.write_text("لاہور\tLOC\n", encoding="utf-8")
    assert load_gold(conll)[0].entities[0].label == "LOC"
    jsonl = write_jsonl(tmp_path / "g.json", [gold_record()])
    assert len(load_gold(jsonl)[0].entities) == 4


# --------------------------------------------------------------------------- scoring


def doc_of(text: str, *entities: tuple[str, str, int] | tuple[str, str]) -> GoldDocument:
    ents = []
    for item in entities:
        needle, label = item[0], item[1]
        nth = item[2] if len(item) > 2 else 0  # type: ignore[misc]
        s, e = span(text, needle, nth)
        ents.append(GoldEntity(start=s, end=e, label=label, text=needle))
    return GoldDocument(id=f"doc{len(text)}", text=text, entities=tuple(ents))


def pred(text: str, needle: str, label: str, nth: int = 0, **extra: Any) -> Entity:
    s, e = span(text, needle, nth)
    return Entity(text=needle, start=s, end=e, label=Label(label), **extra)


def test_strict_and_lenient_counts() -> None:
    gold = doc_of(TEXT, ("شہباز شریف", "PER"), ("9 ستمبر", "DATE"), ("لاہور", "LOC"))
    preds = [
        pred(TEXT, "اعظم شہباز شریف", "PER"),  # boundary error: lenient hit only
        pred(TEXT, "9 ستمبر", "DATE"),  # exact
        pred(TEXT, "لاہور", "ORG"),  # label error
        pred(TEXT, "کراچی", "LOC"),  # spurious
    ]
    r = score([gold], [preds])
    assert (r.strict_micro.tp, r.strict_micro.n_pred, r.strict_micro.n_gold) == (1, 4, 3)
    assert (r.lenient_micro.tp, r.lenient_micro.n_pred, r.lenient_micro.n_gold) == (2, 4, 3)
    assert r.per_label["PER"].strict.tp == 0 and r.per_label["PER"].lenient.tp == 1
    assert r.per_label["LOC"].strict.n_pred == 1 and r.per_label["LOC"].strict.tp == 0
    assert r.per_label["ORG"].strict.n_gold == 0 and r.per_label["ORG"].strict.n_pred == 1
    assert r.strict_micro.precision == pytest.approx(1 / 4)
    assert r.strict_micro.recall == pytest.approx(1 / 3)
    assert r.strict_micro.f1 == pytest.approx(2 * (1 / 4) * (1 / 3) / (1 / 4 + 1 / 3))
    kinds = sorted(e.kind for e in r.errors)
    assert kinds == ["boundary", "label", "spurious"]
    label_error = next(e for e in r.errors if e.kind == "label")
    assert (label_error.gold_label, label_error.pred_label) == ("LOC", "ORG")
    assert "[لاہور]" in label_error.context
    assert sorted(e.kind for e in r.lenient_errors) == ["missed", "spurious", "spurious"]


def test_macro_averages_labels_present() -> None:
    gold = doc_of(TEXT, ("شہباز شریف", "PER"), ("لاہور", "LOC"), ("کراچی", "LOC"))
    preds = [pred(TEXT, "شہباز شریف", "PER"), pred(TEXT, "لاہور", "LOC")]
    r = score([gold], [preds])
    assert r.per_label["PER"].strict.f1 == pytest.approx(1.0)
    assert r.per_label["LOC"].strict.f1 == pytest.approx(2 / 3)
    assert r.strict_macro.labels == ("PER", "LOC")  # ORG and DATE absent from both sides
    assert r.strict_macro.f1 == pytest.approx((1 + 2 / 3) / 2)
    assert r.strict_macro.precision == pytest.approx(1.0)
    assert r.strict_macro.recall == pytest.approx((1 + 0.5) / 2)
    assert r.strict_micro.f1 == pytest.approx(2 * 1 * (2 / 3) / (1 + 2 / 3))


def test_lenient_pairs_one_to_one() -> None:
    text = "شہباز شریف اور نواز شریف"
    gold = doc_of(text, ("شہباز شریف اور نواز شریف", "PER"))  # an IO-merged gold span
    preds = [pred(text, "شہباز شریف", "PER"), pred(text, "نواز شریف", "PER")]
    r = score([gold], [preds])
    assert r.lenient_micro.tp == 1
    assert (r.lenient_micro.precision, r.lenient_micro.recall) == (0.5, 1.0)
    # The maximum matching finds a pairing a greedy first-come match would miss.
    text2 = "لاہور کراچی ملتان"
    gold2 = doc_of(text2, ("لاہور کراچی", "LOC"), ("ملتان", "LOC"))
    preds2 = [pred(text2, "کراچی ملتان", "LOC"), pred(text2, "لاہور", "LOC")]
    assert score([gold2], [preds2]).lenient_micro.tp == 2


def test_canonical_and_value_accuracy() -> None:
    gold = load_doc(gold_record())
    preds = [
        pred(TEXT, "شہباز شریف", "PER", canonical="Shehbaz Sharif"),
        pred(TEXT, "9 ستمبر", "DATE", canonical="9 September", value="2024-09-09"),
        pred(TEXT, "لاہور", "LOC", canonical="Lahore"),
        pred(TEXT, "کراچی", "LOC", canonical="Karachi, Pakistan"),
    ]
    r = score([gold], [preds])
    assert (r.canonical.correct, r.canonical.total) == (3, 4)
    assert (r.value.correct, r.value.total) == (0, 1)
    kinds = {e.kind: e for e in r.errors}
    assert kinds["canonical"].pred_canonical == "Karachi, Pakistan"
    assert kinds["value"].gold_value == "XXXX-09-09"
    assert r.strict_micro.f1 == 1.0


def load_doc(record: dict[str, Any]) -> GoldDocument:
    from urdu_entities.evaluation.gold import check_document

    ents = [GoldEntity.model_validate(e) for e in record["entities"]]
    return check_document(record["id"], record["text"], ents, None)


def test_labels_filter_and_mapping_predictions() -> None:
    gold = doc_of(TEXT, ("شہباز شریف", "PER"), ("لاہور", "LOC"))
    preds = {gold.id: [pred(TEXT, "شہباز شریف", "PER"), pred(TEXT, "کراچی", "LOC")]}
    r = score([gold], preds, labels=["PER"])
    assert r.labels == ("PER",)
    assert (r.strict_micro.tp, r.strict_micro.n_pred, r.strict_micro.n_gold) == (1, 1, 1)
    with pytest.raises(ValueError, match="unknown document ids"):
        score([gold], {"nope": []})
    with pytest.raises(ValueError, match="unknown label"):
        score([gold], [[]], labels=["TIME"])
    with pytest.raises(ValueError, match="prediction lists"):
        score([gold], [[], []])
    with pytest.raises(ValueError, match="not inside the text"):
        score([gold], [[GoldEntity(start=0, end=999, label="PER")]])


def test_empty_predictions_and_gold() -> None:
    gold = doc_of(TEXT, ("لاہور", "LOC"))
    r = score([gold], [[]])
    assert r.strict_micro.precision == 0.0 and r.strict_micro.recall == 0.0
    assert r.strict_micro.f1 == 0.0
    assert [e.kind for e in r.errors] == ["missed"]
    empty = GoldDocument(id="e", text="کچھ نہیں", entities=())
    r2 = score([empty], [[]])
    assert r2.strict_micro.f1 == 0.0 and r2.strict_macro.labels == ()


# An independent scorer, written from scratch with sets and brute force, on hand-made and on
# random predictions: the library's micro P/R/F1 must agree with it.


def reference_scores(
    gold: list[set[tuple[int, int, str]]], preds: list[set[tuple[int, int, str]]]
) -> dict[str, tuple[float, float, float]]:
    def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    n_pred = sum(len(p) for p in preds)
    n_gold = sum(len(g) for g in gold)
    strict_tp = sum(len(g & p) for g, p in zip(gold, preds, strict=True))
    lenient_tp = 0
    for g, p in zip(gold, preds, strict=True):
        gs, ps = sorted(g), sorted(p)
        best = 0
        # brute force over every way to assign each gold entity to a distinct prediction or none
        for assignment in itertools.product(range(-1, len(ps)), repeat=len(gs)):
            used = [a for a in assignment if a >= 0]
            if len(used) != len(set(used)):
                continue
            ok = sum(
                1
                for gi, a in enumerate(assignment)
                if a >= 0
                and ps[a][2] == gs[gi][2]
                and ps[a][0] < gs[gi][1]
                and gs[gi][0] < ps[a][1]
            )
            if ok == len(used):
                best = max(best, ok)
        lenient_tp += best
    return {"strict": prf(strict_tp, n_pred, n_gold), "lenient": prf(lenient_tp, n_pred, n_gold)}


def check_against_reference(
    gold: list[set[tuple[int, int, str]]], preds: list[set[tuple[int, int, str]]], length: int
) -> None:
    text = "ب" * length
    docs = [
        GoldDocument(
            id=f"d{i}",
            text=text,
            entities=tuple(GoldEntity(start=s, end=e, label=lab) for s, e, lab in sorted(g)),
        )
        for i, g in enumerate(gold)
    ]
    predicted = [[GoldEntity(start=s, end=e, label=lab) for s, e, lab in sorted(p)] for p in preds]
    report = score(docs, predicted)
    ref = reference_scores(gold, preds)
    for kind in ("strict", "lenient"):
        micro = report.micro(kind == "lenient")
        assert (micro.precision, micro.recall, micro.f1) == pytest.approx(ref[kind]), kind


def test_agrees_with_independent_count_on_hand_made_predictions() -> None:
    gold = [
        {(0, 5, "PER"), (10, 14, "LOC"), (20, 25, "ORG"), (30, 33, "DATE")},
        {(0, 3, "LOC"), (5, 9, "LOC"), (12, 20, "PER")},
    ]
    preds = [
        {(0, 5, "PER"), (10, 15, "LOC"), (20, 25, "LOC"), (40, 44, "ORG")},
        {(0, 9, "LOC"), (12, 20, "PER"), (22, 25, "DATE")},
    ]
    check_against_reference(gold, preds, 50)
    # The figures, counted by hand: strict tp 2 of 7 predicted, 7 gold; lenient tp 4.
    docs = [
        GoldDocument(
            id=str(i),
            text="ب" * 50,
            entities=tuple(GoldEntity(start=s, end=e, label=lab) for s, e, lab in sorted(g)),
        )
        for i, g in enumerate(gold)
    ]
    r = score(docs, [[GoldEntity(start=s, end=e, label=lab) for s, e, lab in p] for p in preds])
    assert (r.strict_micro.tp, r.strict_micro.n_pred, r.strict_micro.n_gold) == (2, 7, 7)
    assert r.lenient_micro.tp == 4


@pytest.mark.parametrize("seed", range(40))
def test_agrees_with_independent_count_on_random_predictions(seed: int) -> None:
    rng = random.Random(seed)
    labels = ["PER", "LOC", "ORG", "DATE"]

    def spans(n: int) -> set[tuple[int, int, str]]:
        out: set[tuple[int, int, str]] = set()
        for _ in range(n):
            s = rng.randrange(0, 28)
            out.add((s, s + rng.randrange(1, 5), rng.choice(labels)))
        return out

    gold = [spans(rng.randrange(0, 6)) for _ in range(3)]
    preds = [{x for x in g if rng.random() < 0.6} | spans(rng.randrange(0, 4)) for g in gold]
    check_against_reference(gold, preds, 40)


# --------------------------------------------------------------------------- rendering


def test_table_and_json_rendering() -> None:
    gold = doc_of(TEXT, ("شہباز شریف", "PER"), ("لاہور", "LOC"))
    r = score([gold], [[pred(TEXT, "شہباز شریف", "PER")]]).with_meta(gold="g.jsonl")
    table = format_table(r, lenient=True, errors=5)
    assert "Gold: g.jsonl — 1 document," in table
    assert "strict" in table and "lenient" in table
    per_row = next(line for line in table.splitlines() if line.startswith("PER"))
    assert "100.0" in per_row
    assert "missed" in table and "لاہور" in table
    assert "lenient" not in format_table(r).split("\n")[2]
    data = json.loads(format_json(r, errors=0))
    assert data["strict_micro"]["tp"] == 1
    assert data["per_label"]["LOC"]["strict"]["recall"] == 0.0
    assert data["errors"] == [] and data["n_errors"] == 1


# --------------------------------------------------------------------------- command line


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "gold.jsonl", [gold_record()])


def predictions_file(tmp_path: Path, entities: list[dict[str, Any]]) -> Path:
    return write_jsonl(tmp_path / "pred.jsonl", [{"id": "d1", "entities": entities}])


def test_cli_scores_predictions_file(
    gold_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = gold_record()
    preds = predictions_file(tmp_path, rec["entities"][:3])
    code = evaluate_main([str(gold_file), "--predictions", str(preds), "--errors", "3"])
    out = capsys.readouterr().out
    assert code == 0
    micro = next(line for line in out.splitlines() if line.startswith("micro"))
    assert micro.split()[1:3] == ["4", "3"]  # gold, predicted
    assert "missed" in out and "کراچی" in out
    assert "Canonical names: 3/3" in out


def test_cli_json_and_threshold(
    gold_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    preds = predictions_file(tmp_path, gold_record()["entities"][:2])
    code = evaluate_main(
        [str(gold_file), "--predictions", str(preds), "--format", "json", "--min-f1", "0.9"]
    )
    captured = capsys.readouterr()
    assert code == 1
    data = json.loads(captured.out)
    assert data["strict_micro"]["f1"] == pytest.approx(2 * 1 * 0.5 / 1.5)
    assert "below --min-f1 90.0" in captured.err
    assert evaluate_main([str(gold_file), "--predictions", str(preds), "--min-f1", "60"]) == 0
    assert evaluate_main([str(gold_file), "--predictions", str(preds), "--labels", "DATE"]) == 0
    assert "DATE" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jsonl"], "no such file"),
        (["GOLD", "--labels", "PER,TIME"], "unknown label(s) TIME"),
        (["GOLD", "--map", "DATETIME"], "expected SRC=DST"),
        (["GOLD", "--map", "X=TIME"], "is not one of"),
        (["GOLD", "--min-f1", "150"], "--min-f1 must be"),
        (["GOLD", "--reference-date", "yesterday"], "is not a date"),
        (["GOLD", "--split", "test"], "no documents with split 'test'"),
        (["GOLD", "--predictions", "nope.jsonl"], "nope.jsonl: no such file"),
    ],
)
def test_cli_usage_errors_exit_2_without_traceback(
    gold_file: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [str(gold_file) if a == "GOLD" else a for a in args]
    assert evaluate_main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert err.startswith("urdu-entities evaluate: error: ")


def test_cli_malformed_gold_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_jsonl(
        tmp_path / "bad.jsonl",
        [
            gold_record(),
            {"id": "x", "text": "abc", "entities": [{"start": 0, "end": 9, "label": "PER"}]},
        ],
    )
    assert evaluate_main([str(bad)]) == 2
    assert f"{bad}:2: entities[0]: end (9) is past the end" in capsys.readouterr().err


def test_cli_conll_gold_with_label_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "g.conll"
    gold.write_text("شہباز\tPERSON\nشریف\tPERSON\nنے\tO\n14\tTIME\nاگست\tTIME\n", encoding="utf-8")
    preds = write_jsonl(
        tmp_path / "p.jsonl",
        [{"id": "g-00000", "entities": [{"start": 0, "end": 10, "label": "PER"}]}],
    )
    argv = [str(gold), "--predictions", str(preds)]
    assert evaluate_main(argv) == 2
    assert "unknown label 'TIME'" in capsys.readouterr().err
    assert evaluate_main([*argv, "--map", "TIME=DATE", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["strict_micro"]["n_gold"] == 2 and data["strict_micro"]["tp"] == 1
    assert evaluate_main([*argv, "--ignore-labels", "TIME", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["strict_micro"]["f1"] == 1.0


def test_load_predictions_rejects_unknown_ids(tmp_path: Path) -> None:
    docs = [load_doc(gold_record())]
    path = write_jsonl(tmp_path / "p.jsonl", [{"id": "zz", "entities": []}])
    with pytest.raises(GoldFormatError, match=r":1: id 'zz' is not in the gold"):
        load_predictions(path, docs)
    path = write_jsonl(
        tmp_path / "p.jsonl",
        [{"id": "d1", "entities": [{"start": 0, "end": 4, "label": "PER", "text": "nope"}]}],
    )
    with pytest.raises(GoldFormatError, match="does not match"):
        load_predictions(path, docs)


def test_cli_runs_the_pipeline(gold_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = evaluate_main([str(gold_file), "--lenient", "--errors", "0"])
    out = capsys.readouterr().out
    assert code == 0
    assert "urdu_entities default pipeline" in out and "characters/s" in out


def test_cli_json_lists_all_errors_by_default(
    gold_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    preds = predictions_file(tmp_path, [])
    assert evaluate_main([str(gold_file), "--predictions", str(preds), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["errors"]) == data["n_errors"] == 4


# --------------------------------------------------------------------------- results script


def load_script(name: str) -> Any:
    import importlib.util

    path = Path(__file__).resolve().parents[2] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_results_script_rewrites_only_its_block(tmp_path: Path) -> None:
    script = load_script("evaluate_datasets")
    out = tmp_path / "evaluation.md"
    args = ["--data", str(tmp_path / "no-datasets"), "--out", str(out), "--only", "passages"]
    assert script.main(args) == 0
    text = out.read_text(encoding="utf-8")
    assert script.BEGIN in text and script.END in text
    assert "| passages | 20 |" in text and "## Dates" in text
    out.write_text(text.replace("## Dates", "## Dates\n\nHand-written notes."), encoding="utf-8")
    assert script.main([*args, "--check"]) == 0
    assert script.main(args) == 0
    assert "Hand-written notes." in out.read_text(encoding="utf-8")
    tampered = out.read_text(encoding="utf-8").replace("| passages | 20 |", "| passages | 21 |")
    out.write_text(tampered, encoding="utf-8")
    assert script.main([*args, "--check"]) == 1
