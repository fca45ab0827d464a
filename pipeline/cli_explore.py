"""Commands for exploring a built dataset (registered on :data:`pipeline.cli.app`).

``cnevents plot OUT_DIR``     timeline or map of the events as an image
``cnevents report OUT_DIR``   self-contained HTML report
``cnevents inspect PATH``     one page's cleaned text with coloured mentions and its events

``pipeline.cli`` imports this module at its end, so ``app`` and the helpers below are
defined by the time these commands register.  Exit codes follow ``pipeline.cli``: 0
success, 2 nothing could be done (missing dataset, unreadable page, bad option).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .cli import EXIT_FATAL, _fail, _setup_logging, app
from .errors import PipelineError


class Kind(str, Enum):
    timeline = "timeline"
    map = "map"


class By(str, Enum):
    actor = "actor"
    place = "place"
    participant = "participant"


class Lang(str, Enum):
    auto = "auto"
    zh = "zh"
    en = "en"


# Styles of the mention labels in `inspect` (and its legend).
STYLES = {"PERSON": "bold magenta", "ORG": "bold blue", "GPE": "bold green", "LOC": "bold cyan", "DATE": "bold yellow"}


@app.command()
def plot(
    out_dir: Path = typer.Argument(..., help="A folder written by `cnevents build`"),
    kind: Kind = typer.Option(Kind.timeline, "--kind", "-k", help="timeline (who/where over time) or map (where)"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Image file (.png, .svg, .pdf); default OUT_DIR/KIND.png"),
    by: By = typer.Option(By.actor, help="Timeline rows: actor, place or participant"),
    event_type: Optional[list[str]] = typer.Option(None, "--type", "-t", help="Only these event types (repeatable)"),
    min_confidence: float = typer.Option(0.0, help="Only events with at least this confidence"),
    lang: Lang = typer.Option(Lang.auto, help="Labels: zh (needs a CJK font), en, or auto (zh when a CJK font exists)"),
    world: bool = typer.Option(False, "--world", help="Map: show the whole world instead of the events' region"),
    window: str = typer.Option(
        "auto", "--window",
        help="Timeline span: auto (where 90% of the events are, when a few lie decades away), full, or START/END (ISO dates)",
    ),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More logging"),
) -> None:
    """Draw a timeline or a map of the events of a built dataset."""
    from . import viz
    from .dataset import load

    _setup_logging(verbose, False)
    try:
        ds = load(out_dir)
    except PipelineError as exc:
        _fail(exc)
    target = out if out is not None else out_dir / f"{kind.value}.png"
    if target.suffix.lower() not in (".png", ".svg", ".pdf"):
        _fail(ValueError(f"--out must end in .png, .svg or .pdf, not {target.name!r}"))
    span = window
    if window not in ("auto", "full"):
        parts = window.split("/")
        try:
            span = tuple(dt.date.fromisoformat(p) for p in parts)
            if len(span) != 2 or span[1] < span[0]:
                raise ValueError
        except ValueError:
            _fail(ValueError(f"--window must be auto, full or START/END such as 2018-01-01/2019-12-31, not {window!r}"))
    if kind is Kind.timeline:
        fig = viz.timeline(ds, by=by.value, event_types=event_type, min_confidence=min_confidence, lang=lang.value,
                           window=span)
    else:
        fig = viz.event_map(ds, event_types=event_type, min_confidence=min_confidence, lang=lang.value,
                            extent="world" if world else "auto")
    viz.save(fig, target)
    typer.echo(f"wrote {target}")


@app.command()
def report(
    out_dir: Path = typer.Argument(..., help="A folder written by `cnevents build`"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="HTML file (default OUT_DIR/report.html)"),
    lang: Lang = typer.Option(Lang.auto, help="Plot labels: zh, en, or auto"),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More logging"),
) -> None:
    """Write a self-contained HTML report (counts, timeline, map, top persons and places,
    candidates, errors, events with evidence) that opens offline in any browser."""
    from . import report as report_mod
    from .dataset import load

    _setup_logging(verbose, False)
    try:
        ds = load(out_dir)
    except PipelineError as exc:
        _fail(exc)
    path = report_mod.write(ds, out, lang=lang.value)
    typer.echo(f"wrote {path} ({len(ds.events)} events, {len(ds.documents)} documents, {len(ds.errors)} errors)")


@app.command()
def inspect(
    path: Path = typer.Argument(..., help="A news page (any format cnevents reads)"),
    published: Optional[str] = typer.Option(None, help="Publication date (ISO) if the page states none"),
    ids: bool = typer.Option(False, "--ids", help="Show each mention's canonical id or date value after it"),
    gazetteers: Optional[Path] = typer.Option(None, help="Gazetteer folder (default: the repository's gazetteers/)"),
) -> None:
    """Show a page's cleaned text with its mentions coloured (persons, places, dates) and
    the events found in it — the whole pipeline on one file, nothing written."""
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text

    from .build import event_row, process_path
    from .clean import read_document
    from .dataset import gazetteer_names
    from .dedupe import dedupe
    from .models import DATE, PLACE

    _setup_logging(0, False)
    if published is not None:
        from .build import reference_date

        if reference_date(published) is None:
            _fail(ValueError(f"--published {published!r} is not an ISO 8601 date, e.g. 2022-09-25"))
    gdir = str(gazetteers) if gazetteers else None
    doc_id = path.stem
    result = process_path(str(path), doc_id, published or "", gdir)
    if isinstance(result, dict):  # an error row: the page could not be processed
        typer.echo(f"error: {result['stage']}: {result['error_type']}: {result['message']}", err=True)
        raise typer.Exit(EXIT_FATAL)
    try:
        text = read_document(path, doc_id).text
    except PipelineError as exc:  # pragma: no cover - process_path just read it
        _fail(exc)

    names = gazetteer_names(gdir)
    console = Console(highlight=False, soft_wrap=False)
    d = result.document
    meta = Text()
    for key in ("title", "source", "published", "url", "format", "encoding", "n_chars"):
        value = d.get(key)
        if value not in ("", None):
            meta.append(f"{key}: ", style="dim")
            meta.append(f"{value}\n")
    meta.rstrip()
    console.print(Panel(meta, title=f"[bold]{d['doc_id']}[/]", expand=False))

    body = Text()
    pos = 0
    for m in result.mentions:  # sorted by start; overlapping mentions keep the first
        start, end = m["start"], m["end"]
        if start < pos:
            continue
        label = m["type"] if m["type"] != PLACE else names.label(m["canonical_id"])
        body.append(text[pos:start])
        body.append(text[start:end], style=STYLES.get(label, "bold"))
        if ids:
            ref = m["value"] if m["type"] == DATE else m["canonical_id"]
            body.append(f"[{ref or '?'}]", style="dim")
        pos = end
    body.append(text[pos:])
    # soft_wrap: one block per line as `cnevents clean` prints it; the terminal wraps.
    console.print(body, soft_wrap=True)
    legend = Text("mentions: ")
    for label, style in STYLES.items():
        legend.append(label, style=style)
        legend.append("  ")
    counts = {t: sum(1 for m in result.mentions if m["type"] == t) for t in ("PERSON", "ORG", "PLACE", "DATE")}
    legend.append(f"({counts['PERSON']} persons, {counts['ORG']} organisations, {counts['PLACE']} places, "
                  f"{counts['DATE']} dates)", style="dim")
    console.print(legend)

    events = [event_row(ev) for ev in dedupe(list(result.event_mentions))]
    console.print()
    console.print(Text(f"{len(events)} event(s) found", style="bold underline"))
    # One block per event instead of a wide table: evidence sentences are long and
    # terminals are often 80 columns.
    for i, e in enumerate(events, start=1):
        when = e["date_start"] if e["date_start"] == e["date_end"] else f"{e['date_start']} – {e['date_end']}"
        others = [names.chinese(p) for p in e["participants"].split(";") if p and p != e["actor_id"]]
        line = Text(f"{i:>2}. ")
        line.append(when or "(no date)", style="bold yellow" if when else "dim")
        line.append("  ")
        line.append(e["event_type"], style="bold")
        if e["status"] != "occurred":
            line.append(f" ({e['status']})", style="italic")
        line.append("  ")
        line.append(e["actor_name"] or "(no actor)", style=STYLES["PERSON"] if e["actor_name"] else "dim")
        if others:
            line.append(" with ")
            line.append("、".join(others), style=STYLES["PERSON"])
        if e["place_name"]:
            line.append(" @ ")
            line.append(f"{e['place_name']}", style=STYLES[names.label(e["place_id"])])
        line.append(f"  confidence {e['confidence']:.2f}", style="dim")
        if e["flags"]:
            line.append(f"  [{e['flags'].replace(';', ', ')}]", style="italic")  # (a sum of events, a news window…)
        console.print(line, soft_wrap=True)
        evidence = Text("    " + e["evidence"], style="dim")
        if e["trigger"]:
            evidence.highlight_words([e["trigger"]], style="reverse")
        console.print(evidence, soft_wrap=True)
