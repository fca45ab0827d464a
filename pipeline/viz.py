"""Plots of a dataset: a timeline of events and a map of where they happened.

Both functions take a :class:`pipeline.dataset.Dataset` (or an ``events`` DataFrame
from one, e.g. a filtered copy) and return a :class:`matplotlib.figure.Figure`; they
never touch pyplot's global state, so they are safe in scripts, servers and notebooks
(a notebook shows a returned Figure like any other).

* :func:`timeline` — one row per actor (or place, or participant); a multi-day event is
  a bar over its inclusive range (pale when the date is only known to the month or
  year), a single day a dot; colour = event type, hollow marker = planned, proposed or
  cancelled.
* :func:`event_map` — event places as circles sized by their number of events on a
  world outline shipped with the package (``data/world_110m.csv``: Natural Earth
  1:110m countries, public domain; see ``data/make_world_110m.py``).  Nothing is
  downloaded: no tiles, no cartopy.

Chinese labels need a CJK font.  :func:`cjk_font` looks for one (the ``CNEVENTS_CJK_FONT``
variable — a font file or a family name —, common CJK families known to matplotlib, then
font files on the system such as Debian's fonts-noto-cjk or fonts-wqy-microhei); with
none, labels fall back to the gazetteers' English names (``lang="en"``) instead of
drawing empty boxes.
"""

from __future__ import annotations

import csv
import functools
import io
import logging
import math
import os
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

WORLD_PATH = Path(__file__).parent / "data" / "world_110m.csv"

# Families that cover simplified Chinese, best first (Debian, macOS, Windows names).
CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "Noto Sans CJK JP",
    "Noto Sans CJK TC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN",
    "AR PL UKai CN", "PingFang SC", "Hiragino Sans GB", "Heiti SC", "Microsoft YaHei", "SimHei", "Arial Unicode MS",
)
# File names of CJK fonts, for a matplotlib font cache built before the font was installed.
CJK_FILE_HINTS = ("cjk", "wqy", "sourcehan", "droidsansfallback", "notosanssc", "uming", "ukai", "simhei", "msyh", "pingfang")
PROBE = "金正恩访问北京"

# Colour per event type (colour-blind-safe Okabe–Ito palette), stable across plots.
TYPE_COLOURS = {
    "visit": "#0072B2", "meeting": "#E69F00", "summit": "#D55E00", "letter": "#009E73",
    "statement": "#CC79A7", "agreement": "#56B4E9", "other": "#999999",
}
LAND, LAND_ACTIVE, COAST = "#e8e8e3", "#d2d6c4", "#ffffff"


# ---------------------------------------------------------------------- fonts
def _covers_chinese(path: str) -> bool:
    from matplotlib.ft2font import FT2Font

    try:
        font = FT2Font(path)
        return all(font.get_char_index(ord(ch)) for ch in PROBE)
    except Exception:  # noqa: BLE001 - an unreadable font file is simply not a candidate
        return False


def _find_cjk_font() -> str | None:
    from matplotlib import font_manager as fm

    wanted = os.environ.get("CNEVENTS_CJK_FONT", "").strip()
    if wanted:
        if os.path.isfile(wanted):
            fm.fontManager.addfont(wanted)
            return fm.FontProperties(fname=wanted).get_name()
        if any(f.name == wanted for f in fm.fontManager.ttflist):
            return wanted
        log.warning("CNEVENTS_CJK_FONT=%s is neither a font file nor a known family; looking for another CJK font", wanted)
    by_name = {f.name: f.fname for f in fm.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in by_name and _covers_chinese(by_name[family]):
            return family
    # The font cache may predate the font's installation: look at the files themselves.
    for path in sorted(fm.findSystemFonts()):
        if any(h in Path(path).name.lower() for h in CJK_FILE_HINTS) and _covers_chinese(path):
            fm.fontManager.addfont(path)
            return fm.FontProperties(fname=path).get_name()
    return None


@functools.lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """Family name of a font that draws Chinese, or None (looked up once per process)."""
    family = _find_cjk_font()
    if family:
        log.info("CJK font for plots: %s", family)
    else:
        log.info("no CJK font found; plot labels use English names (install fonts-noto-cjk or set CNEVENTS_CJK_FONT)")
    return family


def resolve_lang(lang: str = "auto") -> str:
    """``zh`` when Chinese can be drawn, else ``en``; ``zh`` without a CJK font falls back."""
    if lang not in ("auto", "zh", "en"):
        raise ValueError(f"lang must be auto, zh or en, not {lang!r}")
    if lang == "en":
        return "en"
    if cjk_font() is None:
        if lang == "zh":
            log.warning("no CJK font available: labels fall back to English names")
        return "en"
    return "zh"


def _rc(lang: str) -> dict:
    # DejaVu Sans first for Latin text and digits; matplotlib (>= 3.6) falls back per glyph
    # to the next family, so Chinese characters come from the CJK font.
    # Concrete family names, not the generic "sans-serif": a Text keeps the families it
    # was created with, while a generic name would be looked up again at draw time,
    # outside this context.
    families = ["DejaVu Sans"] + ([cjk_font()] if lang == "zh" and cjk_font() else [])
    return {"font.family": families, "axes.unicode_minus": False}


def _new_figure(lang: str, figsize):
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_rc(lang)):
        return Figure(figsize=figsize, layout="constrained")


# ---------------------------------------------------------------------- inputs
def _events(data, event_types=None, statuses=None, min_confidence: float = 0.0) -> pd.DataFrame:
    events = data.events if hasattr(data, "events") else data
    if not isinstance(events, pd.DataFrame):
        raise TypeError("expected a Dataset from pipeline.load() or its events DataFrame")
    if "date_start_dt" not in events.columns:
        raise TypeError("events lack date_start_dt; load them with pipeline.load()")
    ev = events
    if event_types:
        ev = ev[ev["event_type"].isin(list(event_types))]
    if statuses:
        ev = ev[ev["status"].isin(list(statuses))]
    if min_confidence:
        ev = ev[ev["confidence"] >= min_confidence]
    return ev


def _label(canonical_id: str, name: str, lang: str, names) -> str:
    if lang == "zh":
        return name or canonical_id
    return names.english(canonical_id, fallback=name)


def _type_colour(event_type) -> str:
    return TYPE_COLOURS.get(str(event_type), TYPE_COLOURS["other"])


# ---------------------------------------------------------------------- timeline
def timeline(
    data,
    *,
    by: str = "actor",
    event_types=None,
    statuses=None,
    min_confidence: float = 0.0,
    lang: str = "auto",
    annotate: bool | None = None,
    max_rows: int | None = None,
    title: str | None = None,
    figsize=None,
    window="auto",
):
    """Timeline of events: who (``by="actor"``, or every ``"participant"``) or where
    (``by="place"``) on the y axis, when on the x axis.

    ``data`` is a Dataset or an events DataFrame from ``pipeline.load`` (filter it
    first, or use ``event_types`` / ``statuses`` / ``min_confidence``).  Ranges are
    bars over their inclusive days (pale when the precision is month or coarser),
    single days dots; ``annotate`` writes the place (or actor) next to each mark
    (default: when there are at most 40 events).  ``max_rows`` keeps only the rows with
    the most events.  Events without a date are left out and counted in the caption.
    ``window``: the time span shown — ``"auto"`` (when a few events lie far from the
    others, e.g. 1950s history in a corpus of 2019 news, the shortest span holding 90 %
    of the events; the rest are counted in the caption), ``"full"``, or ``(start, end)``
    ISO dates.  Returns a matplotlib Figure."""
    import matplotlib
    from matplotlib import dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from .dataset import gazetteer_names

    if by not in ("actor", "place", "participant"):
        raise ValueError(f"by must be actor, place or participant, not {by!r}")
    lang = resolve_lang(lang)
    names = gazetteer_names()
    ev = _events(data, event_types, statuses, min_confidence)
    dated = ev[ev["date_start_dt"].notna()]
    n_undated = len(ev) - len(dated)

    # One (row key, row label, other label) per mark.
    marks = []
    for e in dated.itertuples(index=False):
        place = _label(e.place_id, e.place_name, lang, names) if e.place_id else ""
        actor = _label(e.actor_id, e.actor_name, lang, names) if e.actor_id else ""
        if by == "actor":
            keys = [(e.actor_id, actor or "?", place)]
        elif by == "place":
            keys = [(e.place_id, place or ("(no place)" if lang == "en" else "（无地点）"), actor)]
        else:
            keys = []
            for pid in e.participants or [e.actor_id]:
                pname = names.chinese(pid) if pid else ""
                keys.append((pid, _label(pid, pname, lang, names), place))
        for key, row_label, note in keys:
            marks.append((key, row_label, note, e))

    n_outside, shown_span = 0, None
    span = _time_window(marks, window)
    if span is not None:
        lo, hi = span
        inside = [m for m in marks if m[3].date_end_dt >= lo and m[3].date_start_dt <= hi]
        n_outside = len({id(m[3]) for m in marks}) - len({id(m[3]) for m in inside})
        marks, shown_span = inside, span

    n_hidden_rows = 0
    if max_rows is not None:
        per_row = Counter(m[0] for m in marks)
        if len(per_row) > max_rows:
            keep = {k for k, _ in sorted(per_row.items(), key=lambda kv: (-kv[1], kv[0]))[:max_rows]}
            n_hidden_rows = len(per_row) - len(keep)
            marks = [m for m in marks if m[0] in keep]

    first: dict[str, float] = {}
    row_labels: dict[str, str] = {}
    for key, row_label, _, e in marks:
        t = mdates.date2num(np.datetime64(e.date_start_dt, "s"))
        first[key] = min(first.get(key, t), t)
        row_labels[key] = row_label
    rows = sorted(first, key=lambda k: (first[k], row_labels[k]))
    ypos = {k: i for i, k in enumerate(rows)}
    order = list(TYPE_COLOURS)
    type_rank = lambda t: (order.index(t) if t in order else len(order), t)  # noqa: E731
    types_present = sorted({str(m[3].event_type) for m in marks}, key=type_rank)
    # Each event type of a row gets a lane inside the row, so marks on the same days do
    # not hide each other; a row with one type uses the whole row.
    row_types: dict[str, list[str]] = {}
    for key, _, _, e in marks:
        row_types.setdefault(key, [])
        if str(e.event_type) not in row_types[key]:
            row_types[key].append(str(e.event_type))
    for key in row_types:
        row_types[key].sort(key=type_rank)
    if annotate is None:
        annotate = len(marks) <= 40

    height = 1.2 + sum(0.35 + 0.22 * len(row_types[k]) for k in rows)
    fig = _new_figure(lang, figsize or (11, min(height, 40)))
    with matplotlib.rc_context(_rc(lang)):
        ax = fig.add_subplot()
        labels = []
        for key, _, note, e in marks:
            lanes = row_types[key]
            lane = 0.8 / len(lanes)
            y = ypos[key] - 0.4 + lane * (lanes.index(str(e.event_type)) + 0.5)
            start = mdates.date2num(np.datetime64(e.date_start_dt, "s"))
            end = mdates.date2num(np.datetime64(e.date_end_dt, "s")) + 1.0  # inclusive last day
            colour = _type_colour(e.event_type)
            hollow = str(e.status) != "occurred"
            precise = str(e.date_precision) == "day"
            if end - start > 1.0:
                ax.barh(y, end - start, left=start, height=lane * 0.9, color="none" if hollow else colour,
                        alpha=1.0 if precise else 0.35, edgecolor=colour, linewidth=1.0)
                x_text = end
            else:
                ax.plot([start + 0.5], [y], marker="o", markersize=7, color=colour,
                        markerfacecolor="white" if hollow else colour, linestyle="none")
                x_text = start + 0.5
            if annotate and note:
                labels.append((note, (x_text, y)))

        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        if marks:
            ax.margins(x=0.03)
            if shown_span is not None:
                lo, hi = (mdates.date2num(np.datetime64(t, "s")) for t in shown_span)
                pad = max(1.0, 0.03 * (hi - lo))
                ax.set_xlim(lo - pad, hi + 1.0 + pad)
            ax.set_yticks(range(len(rows)), [row_labels[k] for k in rows])
            ax.set_ylim(len(rows) - 0.5, -0.5)  # earliest row at the top
            locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
            ax.grid(axis="x", color="#dddddd", linewidth=0.6)
            ax.set_axisbelow(True)
        else:
            ax.text(0.5, 0.5, "no dated events", transform=ax.transAxes, ha="center", va="center", color="#666666")
            ax.set_xticks([])
            ax.set_yticks([])

        handles = [Patch(color=_type_colour(t), label=t) for t in types_present]
        if any(str(m[3].date_precision) not in ("day", "nan") for m in marks):
            handles.append(Patch(color="#777777", alpha=0.35, label="month/year precision"))
        if any(str(m[3].status) != "occurred" for m in marks):
            handles.append(Line2D([], [], marker="o", color="#555555", markerfacecolor="white", linestyle="none",
                                  label="planned / proposed / cancelled"))
        if handles:
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=8)
        ax.set_title(title or f"Events by {by}", loc="left", fontsize=11)
        notes = []
        if n_undated:
            notes.append(f"{n_undated} event(s) without a date not shown")
        if n_hidden_rows:
            notes.append(f"{n_hidden_rows} {by}(s) with fewer events not shown")
        if n_outside:
            notes.append(f"{n_outside} event(s) outside {shown_span[0]:%Y-%m} – {shown_span[1]:%Y-%m} not shown "
                         "(window='full' shows all)")
        if notes:
            ax.annotate("; ".join(notes), (0, 0), xycoords="axes fraction", xytext=(0, -24), textcoords="offset points",
                        fontsize=7, color="#666666", va="top")
        # A label that fits nowhere is left out (the row and the colour still say who and
        # what); labels that would all say the same (one actor's trips by place) add nothing.
        if len({t for t, _ in labels}) < 2:
            labels = []
        # Right of the mark only: a label on the left would read as the previous mark's.
        _place_labels(fig, ax, [(t, xy, 4.0) for t, xy in labels], [(1, 0, "left", "center")],
                      hide=True, leaders=False, fontsize=7, color="#333333")
    return fig


def _time_window(marks, window):
    """The (start, end) timestamps to show, or None for everything (see timeline)."""
    if window == "full" or window is None or not marks:
        return None
    if window != "auto":
        start, end = window
        return pd.Timestamp(start), pd.Timestamp(end)
    events = {id(m[3]): m[3] for m in marks}.values()
    starts = sorted(e.date_start_dt for e in events)
    ends = sorted(e.date_end_dt for e in events)
    full = ends[-1] - starts[0]
    if full <= pd.Timedelta(days=365 * WINDOW_MIN_YEARS):
        return None
    # The shortest run of consecutive start dates that holds WINDOW_SHARE of the events.
    k = max(1, math.ceil(WINDOW_SHARE * len(starts)))
    best = min(range(len(starts) - k + 1), key=lambda i: (starts[i + k - 1] - starts[i], i))
    lo, hi = starts[best], starts[best + k - 1]
    hi = max([hi] + [e.date_end_dt for e in events if lo <= e.date_start_dt <= hi])
    if hi - lo > WINDOW_MAX_SHARE_OF_SPAN * full:
        return None  # the events are spread out: show them all
    return lo, hi


# Maps with more places than this leave out labels that would overlap.
MAP_LABEL_ALL = 20
MAP_LABEL_ALWAYS = 5  # the biggest places keep their labels anyway

# A timeline spanning more than WINDOW_MIN_YEARS whose WINDOW_SHARE of events fit in at
# most WINDOW_MAX_SHARE_OF_SPAN of the span shows that window only.
WINDOW_MIN_YEARS = 10
WINDOW_SHARE = 0.9
WINDOW_MAX_SHARE_OF_SPAN = 0.5


# ---------------------------------------------------------------------- map
@functools.lru_cache(maxsize=1)
def world_outline() -> list[tuple[str, str, str, np.ndarray]]:
    """(iso_a2, iso_a3, name, ring as an N×2 lon/lat array) for every polygon ring of
    the shipped Natural Earth 1:110m countries."""
    with open(WORLD_PATH, encoding="utf-8", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        out = []
        for row in csv.DictReader(lines):
            ring = np.array([[float(v) for v in pt.split()] for pt in row["ring"].split(";")])
            out.append((row["iso_a2"], row["iso_a3"], row["name"], ring))
    return out


def _extent(lons, lats, extent):
    if extent == "world" or not len(lons):
        return (-180.0, 180.0, -60.0, 85.0)
    if isinstance(extent, (tuple, list)) and len(extent) == 4:
        return tuple(float(v) for v in extent)
    w, e, s, n = min(lons), max(lons), min(lats), max(lats)
    pad_x = max(8.0, (e - w) * 0.25)
    pad_y = max(6.0, (n - s) * 0.25)
    w, e, s, n = max(-180.0, w - pad_x), min(180.0, e + pad_x), max(-85.0, s - pad_y), min(85.0, n + pad_y)
    # Keep a pleasant aspect ratio: widen the narrow side.
    mid = math.cos(math.radians((s + n) / 2))
    width, height = (e - w) * mid, n - s
    if width < height * 1.3:
        grow = (height * 1.3 / max(mid, 0.2) - (e - w)) / 2
        w, e = max(-180.0, w - grow), min(180.0, e + grow)
    elif height < width / 2.2:
        grow = (width / 2.2 - height) / 2
        s, n = max(-85.0, s - grow), min(85.0, n + grow)
    return (w, e, s, n)


def event_map(
    data,
    *,
    event_types=None,
    statuses=None,
    min_confidence: float = 0.0,
    lang: str = "auto",
    extent="auto",
    annotate: bool = True,
    title: str | None = None,
    figsize=None,
):
    """Map of event places: one circle per place, its area proportional to the number
    of events there, on the shipped world outline (countries with events shaded).

    ``extent`` is ``"auto"`` (the events' bounding box, padded), ``"world"`` or
    ``(west, east, south, north)`` in degrees.  Events without coordinates (letters,
    statements, unplaced events) are counted in the caption.  Returns a Figure."""
    import matplotlib
    from matplotlib.collections import PolyCollection
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FuncFormatter

    from .dataset import gazetteer_names

    lang = resolve_lang(lang)
    names = gazetteer_names()
    ev = _events(data, event_types, statuses, min_confidence)
    placed = ev[ev["latitude"].notna() & ev["longitude"].notna()]
    n_unplaced = len(ev) - len(placed)
    groups = []
    for (pid, lat, lon), grp in placed.groupby(["place_id", "latitude", "longitude"], sort=True):
        types = Counter(str(t) for t in grp["event_type"])
        label = _label(pid, grp["place_name"].iloc[0], lang, names)
        groups.append((label, float(lon), float(lat), len(grp), types.most_common(1)[0][0]))
    active = {str(c) for c in placed["country"] if c}

    w, e, s, n = _extent([g[1] for g in groups], [g[2] for g in groups], extent)
    aspect = 1.0 / max(math.cos(math.radians((s + n) / 2)), 0.2)
    if figsize is None:
        # Height from the view's shape, plus room for the title and the caption.
        figsize = (10, min(max(8.6 * (n - s) * aspect / (e - w) + 1.0, 3.5), 9.0))
    fig = _new_figure(lang, figsize)
    with matplotlib.rc_context(_rc(lang)):
        ax = fig.add_subplot()
        polys, colours = [], []
        for iso2, _, _, ring in world_outline():
            # Only rings that reach into the view: fewer vertices to draw and embed.
            if ring[:, 0].max() < w - 5 or ring[:, 0].min() > e + 5 or ring[:, 1].max() < s - 5 or ring[:, 1].min() > n + 5:
                continue
            polys.append(ring)
            colours.append(LAND_ACTIVE if iso2 in active else LAND)
        ax.add_collection(PolyCollection(polys, facecolors=colours, edgecolors=COAST, linewidths=0.6, zorder=1))
        ax.set_facecolor("#f4f8fb")
        if groups:
            groups.sort(key=lambda g: (-g[3], g[0]))  # small circles drawn last, on top of big ones
            counts = np.array([g[3] for g in groups])
            sizes = 40 + 120 * counts
            ax.scatter([g[1] for g in groups], [g[2] for g in groups], s=sizes,
                       c=[_type_colour(g[4]) for g in groups], alpha=0.8, edgecolors="white", linewidths=1.0, zorder=3)
        else:
            ax.text(0.5, 0.5, "no events with coordinates", transform=ax.transAxes, ha="center", va="center", color="#666666")
        ax.set_xlim(w, e)
        ax.set_ylim(s, n)
        # Plate carrée stretched by 1/cos(latitude) at the centre: shapes look right locally.
        ax.set_aspect(aspect)
        ax.tick_params(labelsize=7, colors="#666666")
        for side in ax.spines.values():
            side.set_color("#bbbbbb")
        kinds = sorted({g[4] for g in groups}, key=lambda t: list(TYPE_COLOURS).index(t) if t in TYPE_COLOURS else 99)
        handles = [Line2D([], [], marker="o", linestyle="none", color=_type_colour(t), label=f"mostly {t}") for t in kinds]
        if handles:
            ax.legend(handles=handles, loc="lower left", fontsize=7, framealpha=0.9)
        ax.set_title(title or "Where events happened (circle area = number of events)", loc="left", fontsize=11)
        caption = "Outline: Natural Earth 1:110m (public domain)."
        if n_unplaced:
            caption = f"{n_unplaced} event(s) without coordinates not shown. " + caption
        ax.text(0.0, -0.06, caption, transform=ax.transAxes, fontsize=7, color="#666666", va="top")
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _degrees(v, "E", "W")))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _degrees(v, "N", "S")))
        if annotate and groups:
            # Biggest places first: they get the best spots.
            radius = [math.sqrt(40 + 120 * g[3]) / 2 for g in groups]  # scatter size is an area in points²
            items = [(f"{g[0]} ({g[3]})" if g[3] > 1 else g[0], (g[1], g[2]), r) for g, r in zip(groups, radius)]
            offsets = [(0.75, 0.6, "left", "bottom"), (0.75, -0.6, "left", "top"), (-0.75, 0.6, "right", "bottom"),
                       (-0.75, -0.6, "right", "top"), (0, 1.1, "center", "bottom"), (0, -1.1, "center", "top"),
                       (1.1, 0, "left", "center"), (-1.1, 0, "right", "center")]
            # Circles are obstacles too, so a label never sits on another place's circle.
            circles = [((g[1], g[2]), r) for g, r in zip(groups, radius)]
            # Few places: every one is labelled, overlapping if it must.  Many places (a
            # corpus on the world view): a label with no free spot is left out rather
            # than written over its neighbours; the biggest places are placed first.
            crowded = len(items) > MAP_LABEL_ALL
            shown = _place_labels(fig, ax, items, offsets, hide=crowded, obstacles=circles, fontsize=8,
                                  color="#222222", zorder=4, always=MAP_LABEL_ALWAYS)
            if crowded and shown < len(items):
                ax.text(1.0, -0.06, f"{len(items) - shown} labels of smaller places left out where they would overlap",
                        transform=ax.transAxes, fontsize=7, color="#666666", va="top", ha="right")
    return fig


def _degrees(value: float, positive: str, negative: str) -> str:
    if value == 0:
        return "0°"
    return f"{abs(value):g}°{positive if value > 0 else negative}"


def _place_labels(fig, ax, items, offsets, *, hide: bool, obstacles=(), leaders: bool = True, always: int = 0,
                  **text_kw) -> int:
    """Annotate ``items`` ((text, (x, y) in data coordinates, radius of its own marker in
    points)) greedily: each label takes the first offset (a direction, scaled by the
    marker's radius plus a gap) whose box overlaps no label placed before it nor another
    obstacle (``((x, y), radius in points)``, e.g. a marker) and stays inside the axes.
    With ``leaders``, labels may also go further out, joined to their marker by a
    line.  A label with no free spot is dropped (``hide``) or put where it overlaps least.
    The first ``always`` items are drawn even when ``hide``.  Returns the number of
    labels drawn."""
    if not items:
        return 0
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.transforms import Bbox

    if not isinstance(fig.canvas, FigureCanvasAgg):
        FigureCanvasAgg(fig)
    fig.draw_without_rendering()  # runs the layout, so boxes are measured where they end up
    renderer = fig.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    points = fig.dpi / 72.0
    placed, own = [], {}
    for xy, radius in obstacles:
        x, y = ax.transData.transform(xy)
        r = radius * points * 0.9  # a label may touch a circle's rim
        own[tuple(xy)] = len(placed)
        placed.append(Bbox.from_extents(x - r, y - r, x + r, y + r))
    def clash(box, others) -> float:
        area = 0.0
        for p in others:
            w = min(box.x1, p.x1) - max(box.x0, p.x0)
            h = min(box.y1, p.y1) - max(box.y0, p.y0)
            if w > 0 and h > 0:
                area += w * h
        return area

    drawn = 0
    for n, (text, xy, radius) in enumerate(items):
        others = [p for i, p in enumerate(placed) if i != own.get(tuple(xy))]
        best = None  # (overlap area, annotation, box)
        # Close to the marker first, then further out with a leader line to the marker.
        for step, gap in enumerate((3, 6 + radius, 14 + 2 * radius) if leaders else (3,)):
            leader = {"arrowprops": {"arrowstyle": "-", "color": "#777777", "linewidth": 0.6, "shrinkA": 1,
                                     "shrinkB": radius}} if step else {}
            for ux, uy, ha, va in offsets:
                d = radius + gap
                ann = ax.annotate(text, xy, xytext=(ux * d, uy * d), textcoords="offset points", ha=ha, va=va,
                                  **leader, **text_kw)
                ann.set_in_layout(False)  # labels must not move the axes they were measured in
                box = ann.get_window_extent(renderer)
                inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
                score = clash(box, others) if inside else float("inf")
                if best is None or score < best[0]:
                    if best is not None:
                        best[1].remove()
                    best = (score, ann, box)
                else:
                    ann.remove()
                if score == 0:
                    break
            if best[0] == 0:
                break
        if best[0] > 0 and hide and n >= always:
            best[1].remove()
            continue
        placed.append(best[2])
        drawn += 1
    return drawn


# ---------------------------------------------------------------------- output
def figure_bytes(fig, fmt: str = "png", dpi: int = 110) -> bytes:
    """The figure as PNG (or SVG) bytes, without pyplot."""
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, dpi=dpi, metadata=_metadata(fmt))
    return buf.getvalue()


def save(fig, path, dpi: int = 150) -> Path:
    """Save a figure; the format follows the suffix (.png, .svg, .pdf)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fmt = path.suffix.lstrip(".").lower() or "png"
    fig.savefig(path, format=fmt, dpi=dpi, metadata=_metadata(fmt))
    return path


def _metadata(fmt: str) -> dict | None:
    # No software version or creation time in the file: same data, same bytes.
    if fmt == "png":
        return {"Software": None}
    if fmt == "svg":
        return {"Date": None, "Creator": None}
    if fmt == "pdf":
        return {"CreationDate": None, "Producer": None, "Creator": None}
    return None
