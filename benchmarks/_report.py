"""Figures, targets, the printed table and the JSON file."""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

JSONValue = str | int | float | bool | None | Sequence["JSONValue"] | Mapping[str, "JSONValue"]

MET = "MET"
MISSED = "MISSED"
INFO = "info"  # a figure without a target: context for the ones that have one
CRASHED = "CRASHED"


@dataclass(frozen=True)
class Target:
    """`value <= threshold` or `value == threshold`."""

    op: Literal["<=", "=="]
    threshold: float

    def met(self, value: float) -> bool:
        if self.op == "==":
            return value == self.threshold
        return value <= self.threshold

    def describe(self, unit: str) -> str:
        return f"{'≤' if self.op == '<=' else '='} {_number(self.threshold, unit)}"


@dataclass(frozen=True)
class Figure:
    """One row of the table.

    Attributes:
        benchmark: the section (overhead, parse, pagination, ...).
        label: what the value is, e.g. "ping: wrapper / raw httpx".
        value: the figure itself; None only for a crashed benchmark.
        unit: "x" (a ratio), "s", "requests" or "MiB".
        target: None for context-only figures.
        detail: the absolute numbers behind the figure, for humans.
        data: the same and more, for the JSON file.
    """

    benchmark: str
    label: str
    value: float | None
    unit: str
    target: Target | None = None
    detail: str = ""
    data: Mapping[str, JSONValue] = field(default_factory=dict)

    @property
    def status(self) -> str:
        if self.value is None:
            return CRASHED
        if self.target is None:
            return INFO
        return MET if self.target.met(self.value) else MISSED

    def as_json(self) -> dict[str, JSONValue]:
        return {
            "benchmark": self.benchmark,
            "label": self.label,
            "value": self.value,
            "unit": self.unit,
            "target": None
            if self.target is None
            else {"op": self.target.op, "threshold": self.target.threshold},
            "status": self.status,
            "detail": self.detail,
            "data": dict(self.data),
        }


def crashed(benchmark: str, error: BaseException) -> Figure:
    return Figure(
        benchmark=benchmark,
        label="(crashed)",
        value=None,
        unit="",
        detail=f"{type(error).__name__}: {error}",
    )


def _number(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "requests":
        return f"{value:g}"
    return f"{value:g} {unit}"


def render_table(figures: Sequence[Figure], header: str) -> str:
    """A plain-text table: one line per figure, its absolute numbers indented below it."""
    rows = [
        (
            f.benchmark,
            f.label,
            "-" if f.value is None else _number(f.value, f.unit),
            "" if f.target is None else f.target.describe(f.unit),
            f.status,
        )
        for f in figures
    ]
    titles = ("benchmark", "figure", "value", "target", "status")
    widths = [max(len(t), *(len(r[i]) for r in rows)) for i, t in enumerate(titles)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [header, line(titles), line(["-" * w for w in widths])]
    for row, figure in zip(rows, figures, strict=True):
        out.append(line(row))
        if figure.detail:
            out.append(" " * (widths[0] + 2) + "  " + figure.detail)
    missed = [f for f in figures if f.status == MISSED]
    broken = [f for f in figures if f.status == CRASHED]
    out.append("")
    out.append(
        f"{sum(f.status == MET for f in figures)} MET, {len(missed)} MISSED, "
        f"{len(broken)} CRASHED (of {sum(f.target is not None for f in figures)} targets)"
    )
    return "\n".join(out)


def environment() -> dict[str, JSONValue]:
    """What the numbers depend on: the machine's load matters as much as its speed."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "loadavg_1_5_15": list(load) if load is not None else None,
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def write_json(
    path: Path,
    *,
    mode: str,
    figures: Sequence[Figure],
    before: Mapping[str, JSONValue],
    after: Mapping[str, JSONValue],
    seconds: float,
) -> None:
    document: dict[str, JSONValue] = {
        "mode": mode,
        "environment_before": dict(before),
        "environment_after": dict(after),
        "seconds": round(seconds, 2),
        "figures": [f.as_json() for f in figures],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    temporary.replace(path)
