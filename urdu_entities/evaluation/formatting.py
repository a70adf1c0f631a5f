"""Human-readable and JSON renderings of a :class:`~urdu_entities.evaluation.Report`."""

from __future__ import annotations

import json
from typing import Any

from .scoring import Counts, ErrorItem, Macro, Report


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}"


def _row(name: str, gold: str, pred: str, cells: list[str]) -> str:
    return f"{name:<6} {gold:>6} {pred:>6} | " + " | ".join(cells)


def _prf(c: Counts | Macro) -> str:
    return f"{_pct(c.precision)} {_pct(c.recall)} {_pct(c.f1)}"


def format_table(report: Report, *, lenient: bool = False, errors: int = 10) -> str:
    """The score table, accuracies and the first ``errors`` disagreements as plain text.

    Strict scores always; lenient scores too when ``lenient`` is true, and then the error list
    is the lenient one (misses and spurious predictions that overlap nothing)."""
    lines: list[str] = []
    meta = report.meta
    n_gold = report.strict_micro.n_gold
    gold_name = meta.get("gold")
    head = f"Gold: {gold_name} — " if gold_name else "Gold: "
    lines.append(
        f"{head}{_count(report.n_documents, 'document')}, "
        f"{_count(report.n_characters, 'character')}, {_count(n_gold, 'entity', 'entities')}"
    )
    if meta.get("system"):
        timing = ""
        if isinstance(meta.get("seconds"), int | float):
            timing = f" — {meta['seconds']:.2f} s"
            if isinstance(meta.get("chars_per_second"), int | float):
                timing += f", {meta['chars_per_second']:,.0f} characters/s"
        lines.append(f"System: {meta['system']}{timing}")
    lines.append("")

    blocks = ["strict", "lenient"] if lenient else ["strict"]
    header_cells = [f"{b:^19}" for b in blocks]
    sub_cells = ["    P     R    F1 " for _ in blocks]
    lines.append(_row("", "", "", header_cells))
    lines.append(_row("label", "gold", "pred", sub_cells))
    width = len(lines[-1])
    lines.append("-" * width)
    for label in report.labels:
        s = report.per_label[label]
        cells = [_prf(s.strict)] + ([_prf(s.lenient)] if lenient else [])
        lines.append(_row(label, str(s.strict.n_gold), str(s.strict.n_pred), cells))
    lines.append("-" * width)
    micro_cells = [_prf(report.strict_micro)] + ([_prf(report.lenient_micro)] if lenient else [])
    lines.append(
        _row("micro", str(report.strict_micro.n_gold), str(report.strict_micro.n_pred), micro_cells)
    )
    macro_cells = [_prf(report.strict_macro)] + ([_prf(report.lenient_macro)] if lenient else [])
    lines.append(_row("macro", "", "", macro_cells))
    lines.append("")
    lines.append(
        "P, R, F1 in percent. Strict: same span and label. Lenient: overlapping span, same"
    )
    lines.append(
        "label, paired one to one. Macro: mean over labels present in gold or predictions."
    )
    lines.append("")

    def acc(name: str, a: Any, what: str) -> str:
        if not a.total:
            return f"{name}: not measured (no strict match whose gold has a {what})"
        return f"{name}: {a.correct}/{a.total} = {100 * a.accuracy:.1f}% of strict matches"

    lines.append(acc("Canonical names", report.canonical, "canonical"))
    lines.append(acc("Date values", report.value, "value"))
    if report.date_kinds is not None:
        lines.append(
            f"Date kinds scored: {', '.join(report.date_kinds)}; "
            f"{_count(report.gold_out_of_scope, 'gold date')} read as another kind left out"
        )
    if report.by_date_kind:
        lines.append("Predicted dates by kind (strict matches, precision):")
        for k in report.by_date_kind.values():
            lines.append(
                f"  {k.kind:<9} {k.predicted:>5} predicted, {k.strict:>5} match "
                f"({_pct(k.precision).strip()}%)"
            )

    items = report.lenient_errors if lenient else report.errors
    if errors > 0 and items:
        shown = items[:errors]
        lines.append("")
        lines.append(
            f"{'Lenient' if lenient else 'Strict'} errors: {len(shown)} of {len(items)}"
            + (" (use --errors N for more)" if len(items) > len(shown) else "")
        )
        for e in shown:
            lines.append(format_error(e))
    return "\n".join(lines)


def format_error(e: ErrorItem) -> str:
    """One error on one line: kind, label, document, offsets, detail, context."""
    where = f"{e.doc_id} [{e.start}:{e.end}]"
    if e.kind == "missed":
        detail = f"gold {e.label} {e.gold_text!r} not found"
    elif e.kind == "spurious":
        detail = f"predicted {e.label} {e.pred_text!r} is not in the gold"
    elif e.kind == "boundary":
        detail = f"gold {e.gold_text!r}, predicted {e.pred_text!r}"
    elif e.kind == "label":
        detail = f"gold {e.gold_label} {e.gold_text!r}, predicted {e.pred_label} {e.pred_text!r}"
    elif e.kind == "canonical":
        detail = f"{e.gold_text!r}: gold {e.gold_canonical!r}, predicted {e.pred_canonical!r}"
    else:
        detail = f"{e.gold_text!r}: gold {e.gold_value!r}, predicted {e.pred_value!r}"
    return f"  {e.kind:<9} {e.label:<4} {where}  {detail}\n      {e.context}"


def report_to_dict(
    report: Report, *, errors: int | None = None, lenient: bool = False
) -> dict[str, Any]:
    """A JSON-ready dict. ``errors`` limits each error list (``None``: all)."""
    data = report.model_dump(mode="json")
    if errors is not None:
        data["errors"] = data["errors"][:errors]
        data["lenient_errors"] = data["lenient_errors"][:errors]
    data["primary"] = "lenient" if lenient else "strict"
    data["n_errors"] = len(report.errors)
    data["n_lenient_errors"] = len(report.lenient_errors)
    return data


def format_json(
    report: Report, *, errors: int | None = None, lenient: bool = False, indent: int = 2
) -> str:
    return json.dumps(
        report_to_dict(report, errors=errors, lenient=lenient), ensure_ascii=False, indent=indent
    )
