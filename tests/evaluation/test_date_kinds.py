"""Scoring by kind of date: ``score(date_kinds=...)``, :func:`date_scope`, the report lines and
``urdu-entities evaluate --date-kinds``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from urdu_entities import DateKind, Entity
from urdu_entities.cli.evaluate import main as evaluate_main
from urdu_entities.evaluation import GoldDocument, GoldEntity, date_scope, format_table, score

TEXT = "بدھ کو 9 ستمبر کو آج"
#        0   4  7      14    18


def entity(start: int, end: int, kind: DateKind) -> Entity:
    return Entity(
        text=TEXT[start:end], start=start, end=end, label="DATE", date_kind=kind, source="dates"
    )


PREDICTED = [
    entity(0, 3, DateKind.WEEKDAY),
    entity(7, 14, DateKind.CALENDAR),
    entity(18, 20, DateKind.RELATIVE),
]
GOLD = GoldDocument(
    id="d",
    text=TEXT,
    entities=(GoldEntity(start=0, end=3, label="DATE"), GoldEntity(start=7, end=14, label="DATE")),
)


def test_every_kind_by_default() -> None:
    report = score([GOLD], [PREDICTED])
    assert (report.strict_micro.tp, report.strict_micro.n_pred, report.strict_micro.n_gold) == (
        2,
        3,
        2,
    )
    assert {k: (v.predicted, v.strict) for k, v in report.by_date_kind.items()} == {
        "calendar": (1, 1),
        "relative": (1, 0),
        "weekday": (1, 1),
    }
    assert report.date_kinds is None and report.gold_out_of_scope == 0


def test_only_the_kinds_asked_for() -> None:
    report = score([GOLD], [PREDICTED], date_kinds=["calendar"])
    counts = report.strict_micro
    # The weekday is predicted as a weekday, so its gold date is out of scope.
    assert (counts.tp, counts.n_pred, counts.n_gold) == (1, 1, 1)
    assert report.gold_out_of_scope == 1
    assert report.date_kinds == ("calendar",)
    assert list(report.by_date_kind) == ["calendar"]
    table = format_table(report)
    assert "Date kinds scored: calendar; 1 gold date read as another kind left out" in table
    assert "calendar      1 predicted,     1 match (100.0%)" in table


def test_a_gold_date_nothing_predicted_stays_in_scope() -> None:
    gold = GoldDocument(id="d", text=TEXT, entities=(GoldEntity(start=18, end=20, label="DATE"),))
    report = score([gold], [[PREDICTED[1]]], date_kinds=["calendar"])
    assert (report.strict_micro.n_gold, report.gold_out_of_scope) == (1, 0)


def test_date_scope() -> None:
    g = [GoldEntity(start=0, end=3, label="DATE"), GoldEntity(start=7, end=14, label="DATE")]
    assert date_scope(g, scored=[PREDICTED[1]], other=[PREDICTED[0]]) == [False, True]
    # Overlapping a scored prediction keeps a gold date even when another kind overlaps too.
    assert date_scope(g, scored=[PREDICTED[0]], other=[PREDICTED[0]]) == [True, True]


def test_cli_date_kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    record = {
        "id": "d",
        "text": "بدھ کو صدر پوتن 9 ستمبر کو ماسکو پہنچے۔",
        "entities": [
            {"start": 0, "end": 3, "label": "DATE"},
            {"start": 16, "end": 23, "label": "DATE", "value": "XXXX-09-09"},
        ],
    }
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    args = [str(gold), "--labels", "DATE", "--format", "json"]
    assert evaluate_main([*args, "--date-kinds", "calendar"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["date_kinds"] == ["calendar"]
    assert data["gold_out_of_scope"] == 1
    assert data["strict_micro"]["tp"] == data["strict_micro"]["n_gold"] == 1
    assert evaluate_main([*args, "--date-kinds", "calendar,month"]) == 2
    assert "unknown kind(s) month" in capsys.readouterr().err
