"""pipeline.load(): dtypes, date ranges, joins, and spaCy Docs of the tagged mentions."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from spacy import displacy

import pipeline
from pipeline.dataset import CATEGORIES, gazetteer_names
from pipeline.errors import BuildError

from explore_helpers import ROOT, SEED_IDS, SEEDS, copy_out, seed_out

KIM = "person:kim-jong-un"


@pytest.fixture(scope="module")
def ds():
    return pipeline.load(seed_out())


# ---------------------------------------------------------------------- dtypes
def test_frames_have_proper_dtypes(ds):
    ev = ds.events
    for col in ("event_type", "status", "date_precision"):
        assert isinstance(ev[col].dtype, pd.CategoricalDtype), col
    assert isinstance(ds.mentions["type"].dtype, pd.CategoricalDtype)
    assert isinstance(ds.documents["script"].dtype, pd.CategoricalDtype)
    assert str(ev["n_documents"].dtype) == "Int64"
    assert str(ev["evidence_start"].dtype) == "Int64"
    assert ev["latitude"].dtype == "float64" and ev["confidence"].dtype == "float64"
    assert all(isinstance(v, list) for v in ev["participants"]) and all(isinstance(v, list) for v in ev["doc_ids"])
    assert all(isinstance(v, list) for v in ds.event_mentions["participants"])
    for frame in (ev, ds.event_mentions, ds.mentions):
        assert str(frame["date_start_dt"].dtype).startswith("datetime64")
        assert str(frame["date_end_dt"].dtype).startswith("datetime64")
    # Ids stay text and empty cells stay empty strings.
    assert ds.documents["doc_id"].tolist() == list(SEED_IDS)
    assert (ev["place_id"] == "").any()


def test_categories_list_every_known_value(ds):
    # A category absent from these seeds is still a category: frames of two builds concatenate.
    assert "agreement" in ds.events["event_type"].cat.categories
    assert list(ds.events["status"].cat.categories)[:4] == list(CATEGORIES["status"])
    assert "cancelled" in ds.event_mentions["status"].cat.categories
    # Empty cells are missing values, not a "" category.
    assert "" not in ds.mentions["precision"].cat.categories
    assert ds.mentions.loc[ds.mentions["type"] != "DATE", "precision"].isna().all()


def test_unknown_category_values_are_kept(tmp_path):
    out = copy_out(tmp_path / "out")
    text = (out / "events.csv").read_text(encoding="utf-8")
    (out / "events.csv").write_text(text.replace(",visit,occurred,", ",state_visit,occurred,", 1), encoding="utf-8")
    ev = pipeline.load(out).events
    assert "state_visit" in ev["event_type"].cat.categories
    assert (ev["event_type"] == "state_visit").sum() == 1


def test_date_ranges_are_inclusive_timestamps_next_to_the_iso_strings(ds):
    ev = ds.events.set_index("event_id")
    letters = ev[(ev["event_type"] == "letter") & (ev["date_precision"] == "month")].iloc[0]
    assert (letters["date_start"], letters["date_end"]) == ("2018-04", "2019-08")
    assert letters["date_start_dt"] == pd.Timestamp("2018-04-01")
    assert letters["date_end_dt"] == pd.Timestamp("2019-08-31")  # last day of the end month
    trip = ev[(ev["actor_id"] == KIM) & (ev["event_type"] == "visit") & (ev["place_name"] == "大连")].iloc[0]
    assert (trip["date_start_dt"], trip["date_end_dt"]) == (pd.Timestamp("2018-05-07"), pd.Timestamp("2018-05-08"))
    assert trip["date_precision"] == "day"
    one_day = ev[ev["date_start"] == "2018-04-27"].iloc[0]
    assert one_day["date_start_dt"] == one_day["date_end_dt"]
    undated = ev[ev["date_start"] == ""]
    assert len(undated) >= 1 and undated["date_start_dt"].isna().all() and undated["date_end_dt"].isna().all()
    assert undated["date_precision"].isna().all()
    dated = ev[ev["date_start"] != ""]
    assert (dated["date_end_dt"] >= dated["date_start_dt"]).all()


def test_date_mentions_are_split_into_start_and_end(ds):
    m = ds.mentions.set_index("mention_id")
    interval = m[m["value"] == "2018-03-25/2018-03-28"].iloc[0]
    assert (interval["date_start"], interval["date_end"]) == ("2018-03-25", "2018-03-28")
    assert interval["date_end_dt"] == pd.Timestamp("2018-03-28")
    year = m[(m["type"] == "DATE") & (m["value"] == "2011")].iloc[0]
    assert (year["date_start_dt"], year["date_end_dt"]) == (pd.Timestamp("2011-01-01"), pd.Timestamp("2011-12-31"))
    persons = m[m["type"] == "PERSON"]
    assert (persons["date_start"] == "").all() and persons["date_start_dt"].isna().all()
    # Seed 002 states no publication date: its relative dates stay unresolved, without a range.
    unresolved = m[m["precision"] == "unresolved"]
    assert len(unresolved) and unresolved["date_start_dt"].isna().all()


def test_publication_dates_are_utc_timestamps(ds):
    docs = ds.documents.set_index("doc_id")
    assert docs.loc[SEED_IDS[0], "published_dt"] == pd.Timestamp("2023-09-06T09:17:04Z")
    assert str(docs["published_dt"].dt.tz) == "UTC"
    assert pd.isna(docs.loc[SEED_IDS[1], "published_dt"])  # the page states none


def test_load_reports_a_missing_build(tmp_path):
    with pytest.raises(BuildError, match="cnevents build"):
        pipeline.load(tmp_path / "nothing")


def test_candidates_are_optional_and_typed(tmp_path):
    from pipeline.export import SCHEMAS

    out = copy_out(tmp_path / "out")
    (out / "candidates.csv").unlink(missing_ok=True)
    assert pipeline.load(out).candidates is None  # a build from before candidates existed
    columns = [c[0] for c in SCHEMAS["candidates"]] if "candidates" in SCHEMAS else ["name", "count"]
    rows = [{c: "" for c in columns} for _ in range(2)]
    for i, (row, name) in enumerate(zip(rows, ("李雪主", "宋涛")), start=1):
        row.update({columns[0]: str(i), "count": str(3 - i), "text": name, "name": name, "type": "PERSON"})
    lines = [",".join(columns)] + [",".join(r[c] for c in columns) for r in rows]
    (out / "candidates.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cand = pipeline.load(out).candidates
    assert len(cand) == 2 and str(cand["count"].dtype) == "Int64"
    assert cand["count"].tolist() == [2, 1]


# ---------------------------------------------------------------------- joins
def test_events_with_documents(ds):
    joined = ds.events_with_documents()
    assert len(joined) == int(ds.events["n_documents"].sum())
    assert {"event_id", "doc_id", "title", "published", "source", "event_type"} <= set(joined.columns)
    assert joined["title"].ne("").all()
    merged = ds.events[ds.events["n_documents"] == 2]
    assert len(merged) >= 1
    eid = merged["event_id"].iloc[0]
    assert sorted(joined.loc[joined["event_id"] == eid, "doc_id"]) == list(SEED_IDS)


def test_event_mentions_with_events(ds):
    joined = ds.event_mentions_with_events()
    assert len(joined) == len(ds.event_mentions)
    assert joined["evidence_doc_id"].notna().all()  # every mention belongs to an event
    assert "confidence_event" in joined.columns and "actor_name" in joined.columns


def test_mentions_of_and_events_of(ds):
    m = ds.mentions_of(SEED_IDS[0])
    assert len(m) and (m["doc_id"] == SEED_IDS[0]).all()
    assert m["start"].is_monotonic_increasing
    persons = ds.mentions_of(SEED_IDS[0], type="PERSON")
    assert set(persons["type"]) == {"PERSON"} and KIM in set(persons["canonical_id"])
    ev = ds.events_of(SEED_IDS[1])
    assert len(ev) and all(SEED_IDS[1] in ids for ids in ev["doc_ids"])


def test_mentions_of_event_are_inside_its_evidence(ds):
    ev = ds.events[(ds.events["actor_id"] == KIM) & (ds.events["place_name"] == "河内") & (ds.events["event_type"] == "visit")]
    m = ds.mentions_of_event(ev["event_id"].iloc[0])
    assert KIM in set(m["canonical_id"]) and "place:VN:hanoi" in set(m["canonical_id"])
    assert "2019-02-26/2019-02-28" in set(m["value"])


def test_events_involving(ds):
    kim = ds.events_involving(KIM)
    assert len(kim) > len(ds.events[ds.events["actor_id"] == KIM])  # also as a participant
    assert all(KIM in ps for ps in kim["participants"])
    china = ds.events_involving("country:CN")
    assert set(china["country"]) == {"CN"}
    assert len(ds.events_involving("place:CN:beijing")) == (ds.events["place_id"] == "place:CN:beijing").sum()


# ---------------------------------------------------------------------- spaCy
@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_every_mention_becomes_an_entity(ds, doc_id):
    doc = ds.to_spacy(doc_id)
    mentions = ds.mentions_of(doc_id)
    assert doc.text == pipeline.read_document(ds.documents.set_index("doc_id").loc[doc_id, "path"]).text
    got = [(e.start_char, e.end_char, e.kb_id_) for e in doc.ents]
    want = [(int(m.start), int(m.end), m.value if m.type == "DATE" else m.canonical_id) for m in mentions.itertuples()]
    assert got == want
    assert [e.text for e in doc.ents] == mentions["text"].tolist()
    assert len(doc.spans["mentions"]) == len(mentions)


def test_entity_labels_follow_the_place_kind(ds):
    doc = ds.to_spacy(SEED_IDS[0])
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("金正恩", "PERSON") in labels
    assert ("北京", "GPE") in labels and ("中国", "GPE") in labels  # city, country
    assert ("板门店", "LOC") in labels and ("朝鲜半岛", "LOC") in labels  # site, region
    assert ("2018年4月27日", "DATE") in labels
    assert ("G20", "ORG") in labels  # 在日本大阪参加G20峰会期间: an organisation
    assert {e.label_ for e in doc.ents} <= {"PERSON", "ORG", "GPE", "LOC", "DATE"}
    date = next(e for e in doc.ents if e.text == "2018年3月25日到28日")
    assert date.kb_id_ == "2018-03-25/2018-03-28"


def test_names_lookup():
    names = gazetteer_names()
    assert names.kind("place:KR:panmunjom") == "site" and names.label("place:KR:panmunjom") == "LOC"
    assert names.label("country:KP") == "GPE"
    assert names.english(KIM) == "Kim Jong-un"
    assert names.english("person:someone-new") == "Someone New"  # no entry: readable slug


def test_doc_carries_events_and_metadata(ds):
    doc = ds.to_spacy(SEED_IDS[0])
    events = doc.spans["events"]
    assert len(events) == (ds.event_mentions["doc_id"] == SEED_IDS[0]).sum()
    assert {s.label_ for s in events} <= set(CATEGORIES["event_type"])
    assert all(s.kb_id_.startswith("E") for s in events)
    assert doc.user_data["doc_id"] == SEED_IDS[0] and doc.user_data["title"] == "这些年来金正恩的跨国之旅"
    # each mention's trigger word, inside its evidence, for highlighting (displacy "span")
    triggers = doc.spans["triggers"]
    rows = ds.event_mentions[ds.event_mentions["doc_id"] == SEED_IDS[0]]
    assert sorted(t.text for t in triggers) == sorted(rows["trigger"])  # (a simplified-script seed)
    assert all(e.start_char <= t.start_char and t.end_char <= e.end_char and e.kb_id_ == t.kb_id_
               for e, t in zip(events, triggers))
    html = displacy.render(doc, style="span", options={"spans_key": "triggers"})
    assert html.count("visit") >= (rows["event_type"] == "visit").sum()  # each trigger labelled by its type


def test_displacy_renders_the_entities(ds):
    html = displacy.render(ds.to_spacy(SEED_IDS[0]), style="ent")
    assert "这些年来金正恩的跨国之旅" in html  # the title
    assert html.count('class="entity"') == len(ds.mentions_of(SEED_IDS[0]))
    assert "person:kim-jong-un" in html and "GPE" in html and "LOC" in html


def test_to_spacy_with_a_custom_pipeline(ds):
    import spacy

    nlp = spacy.blank("zh")
    doc = ds.to_spacy(SEED_IDS[1], nlp=nlp)
    assert doc.vocab is nlp.vocab and len(doc.ents) == len(ds.mentions_of(SEED_IDS[1]))


def test_overlapping_mentions_stay_in_the_span_group(ds, tmp_path):
    out = copy_out(tmp_path / "out")
    mentions = (out / "mentions.csv").read_text(encoding="utf-8")
    # 金正恩 at 4–7 of seed 000's title, and a made-up overlapping PERSON 正恩的 at 5–8.
    extra = f"{SEED_IDS[0]},{SEED_IDS[0]}:9999,PERSON,5,8,正恩的,person:test,正恩的,,,这些年来金正恩的跨国之旅\n"
    (out / "mentions.csv").write_text(mentions + extra, encoding="utf-8")
    ds2 = pipeline.load(out)
    doc = ds2.to_spacy(SEED_IDS[0])
    assert len(doc.spans["mentions"]) == len(ds2.mentions_of(SEED_IDS[0]))
    assert len(doc.ents) == len(ds2.mentions_of(SEED_IDS[0])) - 1
    assert "正恩的" not in [e.text for e in doc.ents] and "金正恩" in [e.text for e in doc.ents]


def test_relative_input_paths_resolve_from_the_build_folder(tmp_path, monkeypatch):
    # A build run in the repository stores seeds/…; loading it from elsewhere still finds
    # the files next to the output folder, or under source_root.
    project = tmp_path / "project"
    shutil.copytree(SEEDS, project / "seeds")
    monkeypatch.chdir(project)
    pipeline.run(["seeds"], "out", incremental=False)
    monkeypatch.chdir(tmp_path)
    ds = pipeline.load(project / "out")
    assert ds.documents["path"].iloc[0].startswith("seeds/")
    assert len(ds.to_spacy(SEED_IDS[0]).ents) == len(ds.mentions_of(SEED_IDS[0]))
    moved = tmp_path / "elsewhere"
    shutil.copytree(project / "out", moved)
    with pytest.raises(BuildError, match="source_root"):
        pipeline.load(moved).to_spacy(SEED_IDS[0])
    assert len(pipeline.load(moved, source_root=project).to_spacy(SEED_IDS[0]).ents) > 0


def test_a_document_changed_since_the_build_is_refused(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    page = src / "page.txt"
    page.write_text("金正恩在北京与习近平举行了会晤。\n", encoding="utf-8")
    pipeline.run([str(src)], tmp_path / "out", incremental=False)
    ds = pipeline.load(tmp_path / "out")
    assert [e.text for e in ds.to_spacy("page").ents] == ["金正恩", "北京", "习近平"]
    page.write_text("据报道，金正恩在北京与习近平举行了会晤。\n", encoding="utf-8")
    with pytest.raises(BuildError, match="rebuild"):
        pipeline.load(tmp_path / "out").to_spacy("page")


def test_unknown_document(ds):
    with pytest.raises(BuildError, match="no document"):
        ds.to_spacy("nope")


def test_committed_outputs_load_from_any_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    ds = pipeline.load(ROOT / "outputs")
    assert len(ds.to_spacy(SEED_IDS[1]).ents) == len(ds.mentions_of(SEED_IDS[1]))


def test_an_unlinked_person_is_shown_by_name():
    from pipeline.dataset import Names
    names = Names({"person:xi-jinping": {"name": "习近平", "name_en": "Xi Jinping"}})
    assert [names.chinese(i) for i in ("person:xi-jinping", "name:穆雅辛", "person:unknown")] == [
        "习近平", "穆雅辛", "person:unknown"]
