"""pipeline.viz: timeline and map figures, the shipped world outline, CJK fonts and
their fallback — all offline."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from matplotlib.figure import Figure

import pipeline
from pipeline import viz

from explore_helpers import no_network, seed_out  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("no_network")

KIM = "person:kim-jong-un"


@pytest.fixture(scope="module")
def ds():
    return pipeline.load(seed_out())


@pytest.fixture
def no_cjk_font(monkeypatch):
    """A machine without any CJK font."""
    monkeypatch.setattr(viz, "_find_cjk_font", lambda: None)
    viz.cjk_font.cache_clear()
    yield
    viz.cjk_font.cache_clear()


def _texts(fig) -> str:
    ax = fig.axes[0]
    parts = [t.get_text() for t in ax.get_yticklabels()] + [t.get_text() for t in ax.texts]
    legend = ax.get_legend()
    if legend is not None:
        parts += [t.get_text() for t in legend.get_texts()]
    return "\n".join(parts + [ax.get_title(loc="left")])


def _draw_without_glyph_warnings(fig) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        viz.figure_bytes(fig)
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert not missing, missing[:3]


# ---------------------------------------------------------------------- timeline
def test_timeline_rows_are_actors_in_order_of_first_event(ds):
    fig = viz.timeline(ds, lang="en")
    assert isinstance(fig, Figure)
    rows = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert rows[0] == "Kim Jong-un"
    assert set(rows) == {"Kim Jong-un", "Xi Jinping", "Donald Trump"}
    assert "without a date not shown" in _texts(fig)  # Pompeo's undated visit


def test_ranges_are_bars_and_single_days_are_points(ds):
    fig = viz.timeline(ds, annotate=False, lang="en")
    ax = fig.axes[0]
    dated = ds.events[ds.events["date_start_dt"].notna()]
    multi = (dated["date_end_dt"] > dated["date_start_dt"]).sum()
    assert len(ax.patches) == multi
    assert len(ax.lines) == len(dated) - multi
    # A bar spans the inclusive range: 2018-05-07..08 is two days wide.
    from matplotlib import dates as mdates

    start = mdates.date2num(np.datetime64("2018-05-07"))
    widths = {round(p.get_x(), 3): p.get_width() for p in ax.patches}
    assert widths[round(start, 3)] == pytest.approx(2.0)


def test_timeline_of_a_filtered_frame_by_place(ds):
    trips = ds.events[(ds.events["actor_id"] == KIM) & (ds.events["event_type"] == "visit")]
    fig = viz.timeline(trips, by="place", lang="en", title="Kim Jong-un's trips")
    rows = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert rows[:3] == ["Beijing", "Dalian", "Singapore"]
    assert {"Hanoi", "Vladivostok"} <= set(rows)
    assert fig.axes[0].get_title(loc="left") == "Kim Jong-un's trips"


def test_timeline_by_participant_and_row_limit(ds):
    fig = viz.timeline(ds, by="participant", lang="en")
    rows = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert {"Moon Jae-in", "Vladimir Putin", "Song Tao"} <= set(rows)
    top = viz.timeline(ds, by="participant", lang="en", max_rows=2)
    assert [t.get_text() for t in top.axes[0].get_yticklabels()] == ["Kim Jong-un", "Donald Trump"]
    assert "fewer events not shown" in _texts(top)


def test_timeline_filters_and_empty_input(ds):
    fig = viz.timeline(ds, event_types=["summit"], lang="en", annotate=False)
    assert len(fig.axes[0].lines) + len(fig.axes[0].patches) == (ds.events["event_type"] == "summit").sum()
    empty = viz.timeline(ds.events.iloc[0:0], lang="en")
    assert "no dated events" in _texts(empty)
    viz.figure_bytes(empty)
    with pytest.raises(ValueError):
        viz.timeline(ds, by="country")
    with pytest.raises(TypeError):
        viz.timeline([1, 2, 3])


def test_planned_events_are_hollow_and_in_the_legend(ds):
    ev = ds.events.copy()
    ev["status"] = ev["status"].cat.set_categories(list(ev["status"].cat.categories))
    ev.loc[ev["date_start"] == "2018-04-27", "status"] = "planned"
    fig = viz.timeline(ev, lang="en", annotate=False)
    assert "planned / proposed / cancelled" in _texts(fig)
    hollow = [ln for ln in fig.axes[0].lines if ln.get_markerfacecolor() == "white"]
    assert len(hollow) == 1


# ---------------------------------------------------------------------- map
def test_map_has_one_circle_per_place(ds):
    fig = viz.event_map(ds, lang="en")
    ax = fig.axes[0]
    places = ds.events.dropna(subset=["latitude", "longitude"])["place_id"].nunique()
    scatter = ax.collections[-1]
    assert len(scatter.get_offsets()) == places
    labels = _texts(fig)
    n_beijing = (ds.events["place_id"] == "place:CN:beijing").sum()
    assert f"Beijing ({n_beijing})" in labels and "Pyongyang" in labels
    n_unplaced = ds.events["latitude"].isna().sum()
    assert f"{n_unplaced} event(s) without coordinates not shown" in labels
    # The automatic view holds every place.
    (w, e), (s, n) = ax.get_xlim(), ax.get_ylim()
    pts = np.asarray(scatter.get_offsets())
    assert (pts[:, 0] > w).all() and (pts[:, 0] < e).all() and (pts[:, 1] > s).all() and (pts[:, 1] < n).all()


def test_map_world_view_and_filters(ds):
    fig = viz.event_map(ds, extent="world", lang="en", event_types=["summit"])
    ax = fig.axes[0]
    assert ax.get_xlim() == (-180.0, 180.0)
    assert len(ax.collections[-1].get_offsets()) == ds.events[ds.events["event_type"] == "summit"]["place_id"].nunique()
    empty = viz.event_map(ds.events.iloc[0:0], lang="en")
    assert "no events with coordinates" in _texts(empty)


def test_world_outline_is_small_public_domain_data():
    assert viz.WORLD_PATH.stat().st_size < 300_000
    header = viz.WORLD_PATH.read_text(encoding="utf-8").splitlines()[:4]
    assert "Natural Earth" in header[0] and "public domain" in header[0]
    rings = viz.world_outline()
    assert len({r[1] for r in rings}) >= 170
    iso2 = {r[0] for r in rings}
    assert {"KP", "KR", "CN", "VN", "RU", "JP", "US"} <= iso2  # Singapore is too small for 1:110m
    for _, _, _, ring in rings:
        assert ring.shape[1] == 2 and len(ring) >= 4
        assert (np.abs(ring[:, 0]) <= 180).all() and (np.abs(ring[:, 1]) <= 90).all()


def test_countries_with_events_are_shaded(ds):
    fig = viz.event_map(ds, lang="en")
    land = fig.axes[0].collections[0]
    colours = {tuple(np.round(c, 3)) for c in land.get_facecolors()}
    assert len(colours) == 2  # land, and land with events


# ---------------------------------------------------------------------- fonts
def test_chinese_labels_when_a_cjk_font_exists(ds):
    if viz.cjk_font() is None:
        pytest.skip("no CJK font on this machine (fonts-noto-cjk / fonts-wqy-microhei)")
    fig = viz.timeline(ds)  # lang auto → zh
    assert "金正恩" in [t.get_text() for t in fig.axes[0].get_yticklabels()]
    _draw_without_glyph_warnings(fig)
    m = viz.event_map(ds)
    assert f"北京 ({(ds.events['place_id'] == 'place:CN:beijing').sum()})" in _texts(m)
    _draw_without_glyph_warnings(m)


def test_english_fallback_without_a_cjk_font(ds, no_cjk_font):
    assert viz.cjk_font() is None
    assert viz.resolve_lang("auto") == "en" and viz.resolve_lang("zh") == "en"
    for fig in (viz.timeline(ds), viz.timeline(ds, lang="zh", by="place"), viz.event_map(ds, lang="zh")):
        texts = _texts(fig)
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in texts), texts
        _draw_without_glyph_warnings(fig)
    assert "Kim Jong-un" in _texts(viz.timeline(ds))


def test_cjk_font_variable_with_a_bad_value_is_ignored(monkeypatch, caplog):
    monkeypatch.setenv("CNEVENTS_CJK_FONT", "/nonexistent/font.ttf")
    viz.cjk_font.cache_clear()
    try:
        family = viz.cjk_font()  # falls back to the system search, never raises
        assert "neither a font file nor a known family" in caplog.text
        assert family is None or isinstance(family, str)
    finally:
        viz.cjk_font.cache_clear()


def test_resolve_lang_rejects_unknown_values():
    with pytest.raises(ValueError):
        viz.resolve_lang("fr")


# ---------------------------------------------------------------------- output
def test_save_and_bytes_are_reproducible(ds, tmp_path):
    fig = viz.timeline(ds, lang="en")
    png = viz.figure_bytes(fig)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert viz.figure_bytes(viz.timeline(ds, lang="en")) == png  # same data, same bytes
    for suffix in ("png", "svg", "pdf"):
        path = viz.save(fig, tmp_path / "sub" / f"t.{suffix}")
        assert path.stat().st_size > 1000
    assert b"<svg" in (tmp_path / "sub" / "t.svg").read_bytes()


def _span_years(fig) -> float:
    from matplotlib import dates as mdates

    lo, hi = fig.axes[0].get_xlim()
    return (mdates.num2date(hi) - mdates.num2date(lo)).days / 365.25


def test_timeline_focuses_on_where_the_events_are(ds):
    """Two events of 1950 in a dataset of 2018–2019: the auto window shows 2018–2019
    and says how many events it leaves out; window='full' shows everything."""
    import pandas as pd

    events = ds.events.copy()
    for i in events.index[:2]:
        events.loc[i, "date_start_dt"] = pd.Timestamp("1950-05-01")
        events.loc[i, "date_end_dt"] = pd.Timestamp("1950-05-03")
    auto = viz.timeline(events, lang="en")
    assert _span_years(auto) < 3
    assert "2 event(s) outside 2018-" in _texts(auto) + "".join(t.get_text() for t in auto.axes[0].texts)
    full = viz.timeline(events, lang="en", window="full")
    assert _span_years(full) > 65
    # Spread-out events are all shown: the seeds alone span less than ten years.
    assert _span_years(viz.timeline(ds.events, lang="en")) < 3
    chosen = viz.timeline(events, lang="en", window=("1950-01-01", "1950-12-31"))
    assert _span_years(chosen) < 1.2
