"""The insight report: one self-contained HTML file (charts inline as SVG, drawn by matplotlib in
black, white and grey with hatching, so that it prints legibly) and its tables as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any

from planner.fileio import write_text_atomic
from planner.insight.analysis import Route
from planner.insight.run import Insight

CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;color:#111;max-width:1180px;margin:0 auto;padding:16px 24px;line-height:1.4}
h1{font-size:1.6em;margin-bottom:0}h2{font-size:1.25em;border-bottom:2px solid #111;margin-top:1.8em}
p.lead{color:#333}.note{border:1px solid #555;padding:6px 10px;background:#f3f3f3}
table{border-collapse:collapse;margin:8px 0 16px;font-size:.9em}
th,td{border:1px solid #777;padding:3px 7px;text-align:left;vertical-align:top}
th{background:#e6e6e6}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.nw{white-space:nowrap}
tr.over td{font-weight:bold}tr.under td{font-style:italic}
.figure{margin:8px 0 18px}.figure svg{max-width:100%;height:auto}
dl.facts{display:grid;grid-template-columns:max-content auto;gap:2px 14px}dl.facts dt{font-weight:bold}
@media print{body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid}table,.figure{break-inside:avoid}
.note{background:none}th{background:none}}
"""


def _num(x: float | int | None) -> float | int | None:
    """A figure as a table holds it: whole numbers as integers, others to one decimal; None stays None
    (shown as a dash, an empty cell in CSV)."""
    if x is None:
        return None
    if isinstance(x, float):
        return int(x) if x.is_integer() else round(x, 1)
    return x


def _cell(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, int | float) and not isinstance(v, bool):
        return f"{v:,}"
    return str(v)


def _share(x: float) -> str:
    return f"{100 * x:.0f} %"


def _table(head: Sequence[str], rows: Iterable[Sequence[Any]], numeric: set[int] | None = None,
           classes: Sequence[str] | None = None, caption: str = "", nowrap: set[int] | None = None) -> str:
    numeric = numeric or set()
    nowrap = nowrap or set()
    out = ["<table>"]
    if caption:
        out.append(f"<caption>{escape(caption)}</caption>")
    out.append("<thead><tr>" + "".join(f"<th scope='col'>{escape(h)}</th>" for h in head) + "</tr></thead><tbody>")
    for n, row in enumerate(rows):
        cls = f" class='{classes[n]}'" if classes and classes[n] else ""
        out.append(f"<tr{cls}>" + "".join(
            f"<td class='n'>{escape(_cell(v))}</td>" if i in numeric
            else f"<td class='nw'>{escape(_cell(v))}</td>" if i in nowrap else f"<td>{escape(_cell(v))}</td>"
            for i, v in enumerate(row)) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


# --------------------------------------------------------------------------- charts


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buf.getvalue()
    return re.sub(r"<metadata>.*?</metadata>", "", text[text.index("<svg"):], flags=re.S)


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100)


def _rc() -> Any:
    import matplotlib

    return matplotlib.rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans", "font.size": 9,
                                  "hatch.color": "#333333", "svg.hashsalt": "leerroute"})


def demand_chart(insight: Insight, k: int = 15) -> str:
    rows = insight.demand[:k]
    if not rows:
        return ""
    with _rc():
        fig = _figure(9, 0.32 * len(rows) + 1.2)
        ax = fig.add_subplot()
        labels = [f"{r.module[:30]} ({r.mode}{' ' + r.location if r.location else ''}) · {r.start:%d %b %Y}"
                  for r in rows][::-1]
        ys = range(len(rows))
        ax.barh(ys, [r.learners for r in rows][::-1], color="#bbbbbb", edgecolor="#111111", hatch="//", label="learners")
        seats = [(y, r.seats) for y, r in zip(ys, rows[::-1], strict=True) if r.seats is not None]
        if seats:
            ax.scatter([s for _, s in seats], [y for y, _ in seats], marker="|", s=260, color="#000000", linewidths=2.5,
                       label="seats", zorder=3)
        mins = [(y, r.min_seats) for y, r in zip(ys, rows[::-1], strict=True) if r.min_seats is not None]
        if mins:
            ax.scatter([s for _, s in mins], [y for y, _ in mins], marker="x", s=40, color="#000000", label="minimum", zorder=3)
        ax.set_yticks(list(ys), labels)
        ax.set_xlabel("learners whose route uses it")
        ax.legend(loc="lower right", frameon=True)
        ax.grid(axis="x", color="#cccccc", linewidth=0.6)
        return _svg(fig)


def histograms(routes: Iterable[Route]) -> str:
    with_route = [r for r in routes if r.has_route]
    if not with_route:
        return ""
    with _rc():
        fig = _figure(10, 2.6)
        series = [([float(r.finish_week or 0) for r in with_route], "finish (weeks after start)", "\\\\"),
                  ([r.hours for r in with_route], "study hours", ".."),
                  ([r.cost for r in with_route], "cost (EUR)", "xx")]
        for n, (values, label, hatch) in enumerate(series, start=1):
            ax = fig.add_subplot(1, 3, n)
            ax.hist(values, bins=min(12, max(3, len(set(values)))), color="#dddddd", edgecolor="#111111", hatch=hatch)
            ax.set_xlabel(label)
            ax.set_ylabel("learners" if n == 1 else "")
        fig.tight_layout()
        return _svg(fig)


def milestone_chart(insight: Insight) -> str:
    if insight.whatif is None or not insight.whatif.milestones:
        return ""
    ms = insight.whatif.milestones
    with _rc():
        fig = _figure(9, 0.45 * len(ms) + 1.2)
        ax = fig.add_subplot()
        ys = list(range(len(ms)))
        ax.barh([y + 0.2 for y in ys], [100 * b for _, _, b, _ in ms], height=0.4, color="#ffffff", edgecolor="#111111",
                hatch="//", label="before")
        ax.barh([y - 0.2 for y in ys], [100 * a for _, _, _, a in ms], height=0.4, color="#777777", edgecolor="#111111",
                label="with the added offering")
        ax.set_yticks(ys, [f"{t} ({i.split('/')[0]})" for i, t, _, _ in ms])
        ax.set_xlim(0, 100)
        ax.set_xlabel("share of the goal's learners reaching it by its target week (%)")
        ax.legend(loc="lower right")
        return _svg(fig)


# --------------------------------------------------------------------------- tables as rows


def demand_rows(insight: Insight) -> tuple[list[str], list[list[Any]]]:
    head = ["offering", "module", "mode", "place", "start", "learners", "seats", "minimum", "state", "critical learners"]
    rows = [[r.offering, r.module, r.mode, r.location, r.start.isoformat(), r.learners, _num(r.seats), _num(r.min_seats),
             r.state, "not analysed" if r.critical is None else r.critical] for r in insight.demand]
    return head, rows


def bottleneck_rows(insight: Insight) -> tuple[list[str], list[list[Any]]]:
    head = ["offering removed", "module", "learners using it", "finish later", "median weeks later", "worst weeks later",
            "no route"]
    rows = [[b.offering, b.module, b.learners, b.later, _num(b.median_delay), _num(b.worst_delay), b.no_route]
            for b in insight.bottlenecks]
    return head, rows


def unreachable_rows(insight: Insight) -> tuple[list[str], list[list[Any]]]:
    head = ["smallest change that gives a route", "learners", "goals", "for example"]
    return head, [[u.change, u.learners, u.goals, u.example] for u in insight.unreachable]


def route_rows(insight: Insight) -> tuple[list[str], list[list[Any]]]:
    head = ["profile", "goal", "status", "finish week", "finish date", "study hours", "cost", "modules", "offerings"]
    rows: list[list[Any]] = []
    for lrn in insight.learners:
        r = insight.routes.get(lrn.name)
        if r is None:
            rows.append([lrn.name, lrn.goal or "", "not planned (stopped)", "", "", "", "", "", ""])
            continue
        rows.append([r.name, r.goal, r.status, _num(r.finish_week), r.finish_date.isoformat() if r.finish_date else "",
                     _num(r.hours), _num(r.cost), len(r.uses), " ".join(f"{o}@{d.isoformat()}" for o, d in r.uses)])
    return head, rows


def distribution_rows(insight: Insight) -> tuple[list[str], list[list[Any]]]:
    head = ["measure", "learners", "min", "25 %", "median", "75 %", "90 %", "max"]
    rows = [[k, v["n"], _num(v["min"]), _num(v["p25"]), _num(v["median"]), _num(v["p75"]), _num(v["p90"]), _num(v["max"])]
            for k, v in insight.distributions.items()]
    return head, rows


def whatif_rows(insight: Insight) -> tuple[list[str], list[list[Any]]]:
    w = insight.whatif
    if w is None:
        return ["measure", "value"], []
    rows: list[list[Any]] = [["offerings added", ", ".join(insight.added)],
                             ["learners newly able to finish", w.newly_finishing],
                             ["learners finishing sooner", w.faster],
                             ["median weeks saved (of those finishing sooner)", _num(w.median_weeks_saved)],
                             ["learners losing their route", w.lost],
                             ["profiles re-planned (the rest from the cache)", w.replanned]]
    rows += [[f"share reaching {t} ({i}) before → after", f"{_share(b)} → {_share(a)}"] for i, t, b, a in w.milestones]
    return ["measure", "value"], rows


# --------------------------------------------------------------------------- the files


def _csv(head: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(head)
    w.writerows([["" if v is None else v for v in row] for row in rows])
    return buf.getvalue()


def html_report(insight: Insight, title: str = "Catalogue insight", synthetic: bool = False) -> str:
    n = len(insight.learners)
    routed = sum(1 for r in insight.routes.values() if r.has_route)
    cats = ", ".join(f"{c.institution} ({c.id}{', published ' + c.published.isoformat() if c.published else ''})"
                     for c in insight.cs.catalogues)
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
             f"<meta name='viewport' content='width=device-width, initial-scale=1'><style>{CSS}</style></head><body>",
             f"<h1>{escape(title)}</h1>",
             f"<p class='lead'>{n} learner profiles planned against {escape(cats)} on {dt.date.today().isoformat()}, "
             f"each with the same solver and checks as <code>leerroute plan</code> ({escape(insight.engine)}).</p>"]
    if synthetic:
        parts.append("<p class='note'><strong>Synthetic cohort.</strong> These profiles are made up, shaped like the "
                     "demo learners; they show what the report says, not what real learners need.</p>")
    if insight.stopped:
        parts.append("<p class='note'><strong>Stopped before the end.</strong> The figures count only the profiles "
                     "planned so far; run the same command again to finish (what is done is kept).</p>")
    parts.append("<dl class='facts'>"
                 f"<dt>Profiles</dt><dd>{n}</dd><dt>With a route</dt><dd>{routed}</dd>"
                 f"<dt>Without a route</dt><dd>{len(insight.routes) - routed}</dd></dl>")
    parts.append("<h2 id='demand'>Demand per offering and start</h2><p>Learners whose route uses each offering and "
                 "start, against its seats and minimum. <em>Critical</em>: learners who finish later or not at all "
                 "without it (counted for the offerings most in demand, see Bottlenecks). Over-subscribed rows are "
                 "bold; rows under the minimum (cancellation risk) are italic.</p>")
    parts.append(f"<div class='figure'>{demand_chart(insight)}</div>")
    head, rows = demand_rows(insight)
    parts.append(_table(head, rows, {5, 6, 7, 9},
                        ["over" if r.state == "over-subscribed" else "under" if r.state == "under the minimum" else ""
                         for r in insight.demand], nowrap={0, 4, 8}))
    parts.append("<h2 id='bottlenecks'>Bottlenecks</h2><p>Each offering most in demand removed in turn, and the "
                 "learners who used it planned again.</p>")
    head, rows = bottleneck_rows(insight)
    parts.append(_table(head, rows, {2, 3, 4, 5, 6}, nowrap={0}) if rows else "<p>No routes, so no bottlenecks.</p>")
    parts.append("<h2 id='unreachable'>Unreachable goals</h2><p>Learners without a route, grouped by the smallest "
                 "change that gives them one (the first checked suggestion of <code>leerroute plan</code>).</p>")
    head, rows = unreachable_rows(insight)
    parts.append(_table(head, rows, {1}) if rows else "<p>Every learner has a route.</p>")
    if insight.whatif is not None:
        parts.append("<h2 id='whatif'>What if</h2><p>The cohort planned again with the added offerings.</p>")
        head, rows = whatif_rows(insight)
        parts.append(_table(head, rows))
        parts.append(f"<div class='figure'>{milestone_chart(insight)}</div>")
    parts.append("<h2 id='distributions'>Finish, study hours and cost</h2>")
    parts.append(f"<div class='figure'>{histograms(insight.routes.values())}</div>")
    head, rows = distribution_rows(insight)
    parts.append(_table(head, rows, {1, 2, 3, 4, 5, 6, 7}))
    parts.append("<p>The tables are also in CSV beside this file: demand.csv, bottlenecks.csv, unreachable.csv, "
                 "whatif.csv, distributions.csv and routes.csv (one row per profile).</p></body></html>")
    return "\n".join(parts)


def write_report(insight: Insight, out: Path | str, synthetic: bool = False) -> list[Path]:
    """Write ``report.html`` and the CSV tables into ``out``; return the paths written."""
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in [("demand", demand_rows(insight)), ("bottlenecks", bottleneck_rows(insight)),
                       ("unreachable", unreachable_rows(insight)), ("whatif", whatif_rows(insight)),
                       ("distributions", distribution_rows(insight)), ("routes", route_rows(insight))]:
        path = folder / f"{name}.csv"
        write_text_atomic(path, _csv(*rows))
        written.append(path)
    path = folder / "report.html"
    write_text_atomic(path, html_report(insight, synthetic=synthetic))
    return [path, *written]
