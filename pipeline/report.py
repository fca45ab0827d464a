"""A self-contained HTML report of a built dataset.

``write(out_dir)`` (``cnevents report OUT_DIR``) writes one HTML file with inline CSS
and the plots embedded as base64 PNG: no script, stylesheet, font or image is loaded
from anywhere, so the file can be mailed, archived or opened offline.  Sections: counts,
timeline, map, top persons and places, gazetteer candidates (when the build wrote
``candidates.csv``), errors, events with their evidence, documents.

Article URLs are shown as text, not links, so that nothing in the file points outside
it.  The report carries no time of generation: the same dataset gives the same bytes
(given the same matplotlib and fonts).
"""

from __future__ import annotations

import base64
import html
import logging
from collections import Counter
from pathlib import Path

import pandas as pd

from . import viz
from .dataset import Dataset, data_fingerprint, gazetteer_names, load
from .export import atomic_write
from .normalize import normalize

log = logging.getLogger(__name__)

MAX_EVENTS = 2000
MAX_ROWS = 500
TOP_N = 20

CSS = """
:root { --ink:#1d232a; --muted:#5f6b76; --line:#e3e6ea; --bg:#fbfbfa; --accent:#0072B2; }
* { box-sizing:border-box; }
body { margin:0; padding:2rem clamp(1rem,4vw,3rem); background:var(--bg); color:var(--ink);
  font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC",
  "WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif; }
h1 { font-size:1.6rem; margin:0 0 .2rem; }
h2 { font-size:1.2rem; margin:2.2rem 0 .6rem; padding-bottom:.2rem; border-bottom:2px solid var(--line); }
p.sub, .note { color:var(--muted); font-size:.85rem; margin:.2rem 0 .8rem; }
nav a { color:var(--accent); margin-right:1rem; text-decoration:none; font-size:.9rem; }
.cards { display:flex; flex-wrap:wrap; gap:.8rem; margin:1rem 0; }
.card { background:#fff; border:1px solid var(--line); border-radius:8px; padding:.6rem 1rem; min-width:8.5rem; }
.card b { display:block; font-size:1.5rem; }
.card span { color:var(--muted); font-size:.8rem; }
figure { margin:0; background:#fff; border:1px solid var(--line); border-radius:8px; padding:.5rem; }
figure img { max-width:100%; height:auto; display:block; margin:auto; }
.grid { display:grid; grid-template-columns:repeat(auto-fit,minmax(22rem,1fr)); gap:1.2rem; }
table { border-collapse:collapse; width:100%; background:#fff; font-size:.85rem; }
th, td { border:1px solid var(--line); padding:.3rem .5rem; text-align:left; vertical-align:top; }
th { background:#f1f3f5; position:sticky; top:0; }
td.num { text-align:right; font-variant-numeric:tabular-nums; }
td.ev { min-width:22rem; }
td.nw { white-space:nowrap; }
mark { background:#ffe9a8; padding:0 .1rem; }
code { font-size:.8rem; color:#444; word-break:break-all; }
.type { display:inline-block; padding:0 .4rem; border-radius:4px; color:#fff; font-size:.75rem; }
.wrap { overflow-x:auto; }
"""


def _e(value) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA or value is pd.NaT:
        return ""
    return html.escape(str(value))


def _img(fig, alt: str) -> str:
    data = base64.b64encode(viz.figure_bytes(fig, "png", dpi=110)).decode("ascii")
    return f'<figure><img alt="{_e(alt)}" src="data:image/png;base64,{data}"></figure>'


def _table(df: pd.DataFrame, columns: list[tuple[str, str]], *, numeric=(), raw=(), nowrap=(), limit=MAX_ROWS) -> str:
    """An HTML table of ``columns`` ((column, header)); ``raw`` columns hold HTML,
    ``nowrap`` columns are never broken across lines."""
    if df.empty:
        return '<p class="note">none</p>'
    head = "".join(f"<th>{_e(h)}</th>" for _, h in columns)
    body = []
    for rec in df.head(limit).to_dict("records"):
        cells = []
        for col, _ in columns:
            v = rec.get(col)
            text = v if col in raw else _e(v)
            classes = [c for c, on in (("num", col in numeric), ("nw", col in nowrap), ("ev", col == "evidence_html")) if on]
            cls = f' class="{" ".join(classes)}"' if classes else ""
            cells.append(f"<td{cls}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = f'<p class="note">first {limit} of {len(df)} rows; the full table is in the CSV</p>' if len(df) > limit else ""
    return f'<div class="wrap"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>{more}'


def _cards(items: list[tuple[str, object]]) -> str:
    return '<div class="cards">' + "".join(f'<div class="card"><b>{_e(v)}</b><span>{_e(k)}</span></div>' for k, v in items) + "</div>"


def _evidence(row) -> str:
    """The evidence sentence with its trigger marked (at its offsets when the build wrote
    them, else its first occurrence)."""
    text, trigger = str(row.evidence), str(row.trigger)
    if not trigger:
        return _e(text)
    start = getattr(row, "trigger_start", None)
    i = -1 if start is None or pd.isna(start) else int(start) - int(row.evidence_start)
    # (the text may be in traditional script; the trigger is simplified)
    if not (0 <= i and normalize(text[i : i + len(trigger)]) == trigger):
        i = text.find(trigger)
    if i < 0:
        return _e(text)
    j = i + len(trigger)
    return _e(text[:i]) + f"<mark>{_e(text[i:j])}</mark>" + _e(text[j:])


def _date_range(row) -> str:
    """HTML: the start, and the end on its own line when it differs."""
    a, b = row.date_start or "", row.date_end or ""
    return _e(a) if a == b or not b else f"{_e(a)}<br>– {_e(b)}"


def _top(ds: Dataset, mention_type: str, names) -> pd.DataFrame:
    m = ds.mentions[(ds.mentions["type"] == mention_type) & (ds.mentions["canonical_id"] != "")]
    if m.empty:
        return pd.DataFrame(columns=["canonical_id", "name", "name_en", "mentions", "documents", "events"])
    grp = m.groupby("canonical_id", sort=True).agg(
        name=("canonical_name", "first"), mentions=("mention_id", "size"), documents=("doc_id", "nunique")
    ).reset_index()
    if mention_type in ("PERSON", "ORG"):
        counts = Counter(p for ps in ds.events["participants"] for p in ps)
    else:
        counts = Counter(ds.events["place_id"])
    grp["events"] = grp["canonical_id"].map(lambda i: counts.get(i, 0))
    grp["name_en"] = grp["canonical_id"].map(lambda i: names.english(i))
    return grp.sort_values(["mentions", "events", "canonical_id"], ascending=[False, False, True]).head(TOP_N)


CANDIDATE_COLUMNS = [("rank", "rank"), ("type", "type"), ("text", "name"), ("count", "mentions"),
                     ("n_documents", "documents"), ("cue", "found by"), ("variants", "variants"),
                     ("example_sentence", "example")]


def _candidate_columns(cand: pd.DataFrame) -> list[tuple[str, str]]:
    """The known columns of candidates.csv with readable headers, then any others."""
    known = [(c, h) for c, h in CANDIDATE_COLUMNS if c in cand.columns]
    shown = {c for c, _ in known} | {"example_doc_id"}
    return known + [(c, c) for c in cand.columns if c not in shown]


def render(ds: Dataset, *, lang: str = "auto", title: str | None = None) -> str:
    """The report as an HTML string."""
    names = gazetteer_names()
    ev, docs, men = ds.events, ds.documents, ds.mentions
    title = title or f"cnevents report — {ds.out_dir.name or ds.out_dir}"

    by_type = Counter(str(t) for t in ev["event_type"])
    dated = ev[ev["date_start_dt"].notna()]
    span = (f"{dated['date_start_dt'].min():%Y-%m-%d} – {dated['date_end_dt'].max():%Y-%m-%d}" if len(dated) else "–")
    counts = _cards([
        ("documents", len(docs)), ("errors", len(ds.errors)), ("events", len(ev)),
        ("event mentions", len(ds.event_mentions)), ("person mentions", int((men["type"] == "PERSON").sum())),
        ("place mentions", int((men["type"] == "PLACE").sum())),
        ("organisation mentions", int((men["type"] == "ORG").sum())), ("date mentions", int((men["type"] == "DATE").sum())),
        ("events span", span),
    ])
    type_cards = _cards([(f"{t} events", n) for t, n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))])
    sources = Counter(s or "(unknown)" for s in docs["source"])
    source_note = ", ".join(f"{_e(s)}: {n}" for s, n in sorted(sources.items(), key=lambda kv: (-kv[1], kv[0])))

    # Plots: a failure here (e.g. an odd font) must not cost the researcher the tables.
    plots = []
    for name, make in (("Timeline", lambda: viz.timeline(ds, lang=lang, max_rows=25)),
                       ("Map", lambda: viz.event_map(ds, lang=lang))):
        try:
            plots.append(_img(make(), name))
        except Exception as exc:  # noqa: BLE001
            log.warning("%s could not be drawn: %s", name.lower(), exc, exc_info=True)
            plots.append(f'<p class="note">{name.lower()} could not be drawn: {_e(exc)}</p>')

    persons = _top(ds, "PERSON", names)
    places = _top(ds, "PLACE", names)
    organisations = _top(ds, "ORG", names)
    top_cols = [("name", "name"), ("name_en", "English"), ("canonical_id", "id"), ("mentions", "mentions"),
                ("documents", "documents"), ("events", "events")]
    top_num = ("mentions", "documents", "events")

    pid_name = {pid: names.chinese(pid) for ps in ev["participants"] for pid in ps}
    table = ev.assign(
        when=[_date_range(r) for r in ev.itertuples(index=False)],
        who=ev["participants"].map(lambda ps: "、".join(pid_name.get(p, p) for p in ps)),
        where=[f"{r.place_name} ({r.country})" if r.place_name and r.country else r.place_name for r in ev.itertuples(index=False)],
        evidence_html=[_evidence(r) for r in ev.itertuples(index=False)],
        type_html=[f'<span class="type" style="background:{viz.TYPE_COLOURS.get(str(t), "#999")}">{_e(t)}</span>'
                   for t in ev["event_type"]],
        docs=ev["doc_ids"].map(lambda ids: "<br>".join(f"<code>{_e(i)}</code>" for i in ids)),
        conf=ev["confidence"].map(lambda c: f"{c:.2f}" if c == c else ""),
        # (events.csv's flags: a sum of events, a date that is only the news window…; a
        # build older than the column has none)
        notes=ev["flags"].map(lambda f: _e(str(f).replace(";", ", "))) if "flags" in ev.columns else "",
    )
    event_cols = [("when", "when"), ("date_precision", "precision"), ("type_html", "type"), ("status", "status"),
                  ("notes", "notes"),
                  ("actor_name", "actor"), ("who", "participants"), ("where", "place"), ("conf", "confidence"),
                  ("evidence_html", "evidence (trigger marked)"), ("docs", "documents")]

    doc_table = docs.assign(url_text=docs["url"].map(lambda u: f"<code>{_e(u)}</code>" if u else ""))
    doc_cols = [("doc_id", "doc_id"), ("title", "title"), ("source", "source"), ("published", "published"),
                ("n_chars", "chars"), ("format", "format"), ("encoding", "encoding"), ("url_text", "url")]

    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-Hans"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="sub">dataset <code>{_e(ds.out_dir)}</code> · data fingerprint {data_fingerprint(ds)} · sources: {source_note or "–"}</p>',
        '<nav><a href="#counts">counts</a><a href="#plots">timeline &amp; map</a><a href="#top">persons &amp; places</a>'
        + ('<a href="#candidates">candidates</a>' if ds.candidates is not None else "")
        + '<a href="#errors">errors</a><a href="#events">events</a><a href="#documents">documents</a></nav>',
        '<h2 id="counts">Counts</h2>', counts, type_cards,
        '<h2 id="plots">Timeline and map</h2>',
        '<p class="note">Bars are date ranges (pale: known only to the month or year), dots single days; '
        "colour is the event type. Map circles: area = number of events at the place.</p>",
        plots[0], "<br>", plots[1],
        '<h2 id="top">Top persons and places</h2><div class="grid">',
        f"<div><h3>Persons</h3>{_table(persons, top_cols, numeric=top_num)}</div>",
        f"<div><h3>Places</h3>{_table(places, top_cols, numeric=top_num)}</div>"
        + (f"<div><h3>Organisations</h3>{_table(organisations, top_cols, numeric=top_num)}</div>" if len(organisations) else "")
        + "</div>",
    ]
    if ds.candidates is not None:
        cand = ds.candidates
        parts += ['<h2 id="candidates">Gazetteer candidates</h2>',
                  '<p class="note">Names found by patterns but not in the gazetteers (candidates.csv): '
                  "add the true ones to gazetteers/, the false ones to the stop list.</p>",
                  _table(cand, _candidate_columns(cand), numeric=tuple(c for c in cand.columns if str(cand[c].dtype) == "Int64"),
                         limit=200)]
    parts += [
        f'<h2 id="errors">Errors ({len(ds.errors)})</h2>',
        '<p class="note">Inputs that could not be processed; every input is in documents or here.</p>',
        _table(ds.errors, [("path", "path"), ("stage", "stage"), ("error_type", "error"), ("message", "message")]),
        f'<h2 id="events">Events ({len(ev)})</h2>',
        _table(table, event_cols, raw=("evidence_html", "type_html", "when", "docs"), limit=MAX_EVENTS,
               nowrap=("when", "date_precision", "type_html", "status", "actor_name", "where", "conf")),
        f'<h2 id="documents">Documents ({len(docs)})</h2>',
        _table(doc_table, doc_cols, numeric=("n_chars",), raw=("url_text",)),
        '<p class="note">Made by cnevents. Map outline: Natural Earth 1:110m (public domain).</p>',
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def write(data, out=None, *, lang: str = "auto") -> Path:
    """Write the report of ``data`` (a Dataset or a build folder) to ``out``
    (default ``OUT_DIR/report.html``), atomically.  Returns the path."""
    ds = data if isinstance(data, Dataset) else load(data)
    out = Path(out) if out is not None else ds.out_dir / "report.html"
    atomic_write(out, render(ds, lang=lang).encode("utf-8"))
    return out
