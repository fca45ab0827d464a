"""The ``cnevents`` command line: a thin layer over the library.

Exit codes (every command):
  0  success
  1  the build finished but some inputs are in errors.csv
  2  nothing was built: bad usage, invalid gazetteers/triggers, output directory locked
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from pathlib import Path
from typing import Optional

import typer

from .errors import PipelineError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn raw Chinese news pages into event datasets (who met whom, where, when).",
)
gazetteer_app = typer.Typer(no_args_is_help=True, help="Build and check the gazetteers.")
app.add_typer(gazetteer_app, name="gazetteer")

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_FATAL = 0, 1, 2


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING
    if quiet:
        level = logging.ERROR
    elif verbose >= 2:
        level = logging.DEBUG
    elif verbose == 1:
        level = logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _fail(exc: Exception) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(EXIT_FATAL)


@app.command()
def build(
    inputs: Optional[list[Path]] = typer.Argument(None, help="Files or folders (recursive). Default: seeds/"),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output directory"),
    published: Optional[str] = typer.Option(
        None, help="Publication date (ISO 8601) for documents that state none; relative dates resolve against it"
    ),
    workers: int = typer.Option(0, "--workers", "-j", help="Worker processes (default 0: all cores; 1: no pool)"),
    fmt: str = typer.Option("csv", "--format", help="csv, or parquet (CSV plus Parquet copies)"),
    gazetteers: Optional[Path] = typer.Option(None, help="Gazetteer folder (default: the repository's gazetteers/)"),
    full: bool = typer.Option(False, "--full", help="Reprocess every input instead of reusing stored results of unchanged ones"),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or dask (dask.distributed cluster)"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster of --workers processes)"),
    spreadsheet_safe: bool = typer.Option(
        False, "--spreadsheet-safe",
        help="Put ' before cells that start with = + - @ (Excel/LibreOffice would run them as formulas); pipeline.load removes it",
    ),
    time_budget: float = typer.Option(
        60.0, "--time-budget", help="Seconds one document may take before it becomes an error row (0 = no limit)"
    ),
    watch: float = typer.Option(
        0.0, "--watch", metavar="SECONDS",
        help="After building, stay running: look at the inputs every SECONDS and build again when they change (Ctrl-C stops)",
    ),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="More logging (-vv for debug)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Only errors"),
) -> None:
    """Build documents.csv, mentions.csv, events.csv, event_mentions.csv, errors.csv and
    datapackage.json from news pages."""
    from .build import run

    _setup_logging(verbose, quiet)
    if fmt not in ("csv", "parquet"):
        _fail(ValueError(f"--format must be csv or parquet, not {fmt!r}"))
    # A progress bar only on an interactive terminal: CI logs and pipes stay quiet.
    interactive = not quiet and sys.stderr.isatty() and not os.environ.get("CI")
    progress_ctx = _progress_bar() if interactive else contextlib.nullcontext(None)
    try:
        with progress_ctx as progress:
            summary = run(
                [str(p) for p in (inputs or [Path("seeds")])],
                out,
                published=published,
                workers=workers,
                gazetteer_dir=gazetteers,
                parquet=fmt == "parquet",
                incremental=not full,
                engine=engine,
                scheduler=scheduler,
                progress=progress,
                time_budget=time_budget or None,
                spreadsheet_safe=spreadsheet_safe,
                resident=watch > 0,
            )
    except PipelineError as exc:
        _fail(exc)
    if not quiet:
        line = (
            f"{summary.n_inputs} inputs: {summary.n_documents} documents, {summary.n_errors} errors; "
            f"{summary.n_mentions} mentions, {summary.n_events} events → {summary.out_dir}/ "
            f"({summary.n_processed} processed, {summary.n_cached} unchanged)"
        )
        if interactive:
            _summary_table(summary)
        else:
            typer.echo(line)
        if summary.n_errors:
            typer.echo(f"see {summary.out_dir / 'errors.csv'} for the inputs that could not be processed", err=True)
        if summary.formula_cells and not summary.spreadsheet_safe:
            typer.echo(
                f"note: {summary.formula_cells} cells start with = + - @ (or a tab); a spreadsheet may run them as "
                "formulas. The CSVs keep the exact text for pandas; to open them in Excel or LibreOffice, "
                "build with --spreadsheet-safe",
                err=True,
            )
    if watch > 0:
        _watch([str(p) for p in (inputs or [Path("seeds")])], out, watch, quiet, summary, dict(
            published=published, workers=workers, gazetteer_dir=gazetteers, parquet=fmt == "parquet",
            incremental=not full, engine=engine, scheduler=scheduler, time_budget=time_budget or None,
            spreadsheet_safe=spreadsheet_safe))
        raise typer.Exit(EXIT_OK)
    raise typer.Exit(EXIT_INPUT_ERRORS if summary.n_errors else EXIT_OK)


def _watch(inputs: list[str], out: Path, interval: float, quiet: bool, first, options: dict) -> None:
    """``build --watch``: build again every ``interval`` seconds until Ctrl-C; one line
    per build that changed something, or per new error."""
    from .build import watch

    last = [(first.n_inputs, first.n_documents, first.n_errors, first.n_events)]
    if not quiet:
        typer.echo(f"watching {', '.join(inputs)} every {interval:g} s (Ctrl-C stops)", err=True)

    def report(summary, exc) -> None:
        if exc is not None:
            # once, not every round while the inputs stay as they are
            if last[0] != str(exc):
                typer.echo(f"error: {exc}", err=True)
            last[0] = str(exc)
            return
        counts = (summary.n_inputs, summary.n_documents, summary.n_errors, summary.n_events)
        if not quiet and (summary.n_processed or counts != last[0]):
            typer.echo(f"{time.strftime('%H:%M:%S')} {summary.n_inputs} inputs: {summary.n_documents} documents, "
                       f"{summary.n_errors} errors; {summary.n_events} events ({summary.n_processed} processed)")
        last[0] = counts

    try:
        watch(inputs, out, interval, immediately=False, on_build=report, **options)
    except KeyboardInterrupt:
        if not quiet:
            typer.echo("stopped", err=True)


@contextlib.contextmanager
def _progress_bar():
    """A rich progress bar (documents, documents/s, errors) fed by run()'s callback."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s"),
        TextColumn("[red]{task.fields[errors]} errors"), TimeElapsedColumn(), transient=True,
    ) as bar:
        task = bar.add_task("build", total=None, rate="-", errors=0)
        started = time.monotonic()

        def update(done: int, total: int, errors: int) -> None:
            elapsed = max(time.monotonic() - started, 1e-6)
            bar.update(task, completed=done, total=total, errors=errors, rate=f"{done / elapsed:6.1f}")

        yield update


def _summary_table(summary) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"cnevents build → {summary.out_dir}/", show_header=False)
    for label, value in (
        ("inputs", summary.n_inputs), ("documents", summary.n_documents), ("errors", summary.n_errors),
        ("processed now", summary.n_processed), ("unchanged (reused)", summary.n_cached),
        ("mentions", summary.n_mentions), ("events", summary.n_events),
    ):
        table.add_row(label, str(value))
    Console(stderr=False).print(table)


@app.command()
def clean(path: Path = typer.Argument(..., help="A news page")) -> None:
    """Print a document's cleaned main text: the title first, then one block per line."""
    from .clean import read_document

    _setup_logging(0, False)
    try:
        doc = read_document(path)
    except PipelineError as exc:
        _fail(exc)
    typer.echo(doc.text)


@app.command()
def dates(
    text: str = typer.Argument(..., help="Chinese text"),
    reference: Optional[str] = typer.Option(None, help="Publication date (ISO) for relative dates"),
) -> None:
    """Show the dates found in TEXT with their ISO values."""
    from .dates import tag_dates

    try:
        found = tag_dates(text, reference=reference)
    except PipelineError as exc:
        _fail(exc)
    for m in found:
        typer.echo(f"{m.start}\t{m.end}\t{m.text}\t{m.value or '-'}\t{m.precision}")


@gazetteer_app.command("build")
def gazetteer_build(
    out: Optional[Path] = typer.Option(None, help="Gazetteer folder (default: the repository's gazetteers/)"),
) -> None:
    """Regenerate gazetteers/places.csv from the offline data packages + curated overrides."""
    from . import gazetteer

    _setup_logging(1, False)
    try:
        path = gazetteer.build_places(out)
    except PipelineError as exc:
        _fail(exc)
    typer.echo(f"wrote {path}")


@gazetteer_app.command("check")
def gazetteer_check(
    directory: Optional[Path] = typer.Argument(None, help="Gazetteer folder (default: the repository's gazetteers/)"),
) -> None:
    """Validate places.csv, persons.csv, organisations.csv, triggers.csv and event_cues.csv."""
    from . import gazetteer
    from .events import load_lexicon

    gdir = gazetteer.resolve_dir(directory)
    problems = list(gazetteer.check(gdir))
    try:
        load_lexicon(gdir)
    except PipelineError as exc:
        problems.extend(str(exc).splitlines()[1:] or [str(exc)])
    for p in problems:
        typer.echo(p, err=True)
    if problems:
        typer.echo(f"{len(problems)} problem(s) in {gdir}", err=True)
        raise typer.Exit(EXIT_FATAL)
    typer.echo(f"{gdir}: ok")


@gazetteer_app.command("candidates")
def gazetteer_candidates(
    out_dir: Path = typer.Argument(Path("outputs"), help="A build's output directory (holds candidates.csv)"),
    top: int = typer.Option(30, "--top", "-n", help="How many to print (0 = all)"),
    kind: Optional[str] = typer.Option(None, "--type", help="PERSON or PLACE (default: both)"),
) -> None:
    """Print the most frequent names not in the gazetteers (candidates.csv of a build),
    with their cue and an example sentence, for curators to add or stop-list."""
    import csv

    path = out_dir / "candidates.csv"
    if not path.exists():
        _fail(FileNotFoundError(f"{path} not found; run `cnevents build … --out {out_dir}` first"))
    if kind is not None and kind.upper() not in ("PERSON", "PLACE"):
        _fail(ValueError(f"--type must be PERSON or PLACE, not {kind!r}"))
    with open(path, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if kind is None or r["type"] == kind.upper()]
    shown = rows if top <= 0 else rows[:top]
    typer.echo(f"{len(rows)} candidate(s) in {path}" + (f"; the top {len(shown)}:" if shown else ""))
    for r in shown:
        sentence = r["example_sentence"]
        if len(sentence) > 60:
            i = max(0, sentence.find(r["text"]) - 20)
            sentence = ("…" if i else "") + sentence[i : i + 60] + "…"
        typer.echo(f"{r['rank']:>5}  {r['type']:<6} {r['text']:<10} {r['count']:>5} ×  {r['n_documents']:>4} docs  "
                   f"{r['cue']:<14} {sentence}")


# Commands for exploring results (report, plot, inspect) live in their own module.
from . import cli_explore  # noqa: E402,F401

def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
