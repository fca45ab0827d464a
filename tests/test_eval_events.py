"""The event scorer's participant comparison (benchmarks/eval_events.py)."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _benchmark(name: str):
    """The script benchmarks/<name>.py as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


eval_events = _benchmark("eval_events")


def test_participants_match_by_any_of_their_names_one_to_one():
    persons = eval_events.load_persons()
    same = eval_events.same_participants
    gold = "Khaltmaagiin Battulga (巴特图勒嘎); Xi Jinping (习近平)"
    assert same("person:khaltmaagiin-battulga;person:xi-jinping", gold, persons)
    # an unlinked name by its text, a state by its Chinese or English name
    assert same("name:瓦杰帕伊", "Atal Bihari Vajpayee (瓦杰帕伊)", persons)
    assert same("country:MN;person:xi-jinping", "Mongolia (蒙古国); Xi Jinping (习近平)", persons)
    # whichever dot joins a transliterated name, and in either script
    assert same("name:保罗·加拉格尔", "Paul Gallagher (保罗．加拉格尔)", persons)
    assert same("name:达伦·伍兹", "Darren Woods (達倫‧伍茲)", persons)
    # one to one: a missing or an extra participant is a difference
    assert not same("person:xi-jinping", gold, persons)
    assert not same("person:xi-jinping;person:li-keqiang;person:khaltmaagiin-battulga", gold, persons)


def test_types_match_by_family_and_an_agreement_is_gold_other():
    ok = eval_events.compatible_types
    assert ok("meeting", "summit") and ok("visit", "meeting") and ok("letter", "letter")
    assert ok("agreement", "agreement") and ok("other", "agreement")
    assert not ok("statement", "agreement") and not ok("other", "visit") and not ok("letter", "meeting")


def test_place_names_match_in_either_script():
    same = eval_events.same_place
    assert same("布鲁塞尔", "布魯塞爾") and same("白宫", "白宮") and same("", "")
    assert not same("德国", "柏林") and not same("", "柏林")
    # another name of the predicted place in the gazetteer
    names = eval_events.load_persons()
    assert same("夏威夷州", "夏威夷", "place:US:hawaii", names) and not same("夏威夷州", "柏林", "place:US:hawaii", names)


def test_the_throughput_benchmark_reads_the_articles_of_a_corpus_laid_out_like_the_shared_one(tmp_path):
    throughput = _benchmark("throughput")
    (tmp_path / "articles" / "dw").mkdir(parents=True)
    (tmp_path / "articles" / "dw" / "1.txt").write_text("正文", encoding="utf-8")
    (tmp_path / "provenance.csv").write_text("a,b\n", encoding="utf-8")
    articles = throughput.corpus_articles(tmp_path)
    assert [p.name for p in throughput.files_of(articles, None)] == ["1.txt"]
    assert throughput.corpus_articles(tmp_path / "articles") == tmp_path / "articles"


def test_confidence_bands_count_right_predictions_per_tenth():
    bands = eval_events.confidence_bands([(0.95, True), (1.0, False), (0.9, True), (0.42, False), (0.49, True)])
    # 1.0 falls in the top band; 0.9 is the top band's lower bound, not 0.8's
    assert bands == [(0.4, 1, 2), (0.9, 2, 3)]


def test_agreement_scores_one_annotators_rows_against_the_others():
    agreement = _benchmark("agreement")

    def row(doc, typ, country, start, tier):
        return {"doc": doc, "event_type": typ, "country_iso2": country, "date_start": start, "date_end": start, "tier": tier}

    a = [row("x/1.txt", "visit", "JP", "2020-10-06", "core"), row("x/1.txt", "meeting", "JP", "2020-10-06", "core"),
         row("x/2.txt", "statement", "", "", "secondary")]
    # B has the visit as a secondary row, dates the meeting another day, and adds a core call
    b = [row("x/1.txt", "visit", "JP", "2020-10-06", "secondary"), row("x/1.txt", "meeting", "JP", "2020-10-07", "core"),
         row("x/2.txt", "letter", "", "2020-10-01", "core")]
    # B's core rows: the meeting (another day than A's visit and meeting) and the call (A
    # has none) match nothing of A; A's visit and meeting are both found by B's visit (one
    # family, the scorer's convention)
    assert agreement.score(a, b) == (0, 2, 2, 2)
    assert agreement.score(b, a) == (2, 2, 0, 2)


def test_predictions_in_an_article_without_gold_rows_are_scored(tmp_path):
    """An article its annotators found no event in has no gold row; an event the build
    reports there is a wrong prediction, not one left out of the score."""
    (tmp_path / "inputs" / "dw").mkdir(parents=True)
    for name in ("1.txt", "2.txt"):
        (tmp_path / "inputs" / "dw" / name).write_text("正文", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "events.csv").write_text("event_id,event_type\ne1,visit\ne2,meeting\ne3,visit\n", encoding="utf-8")
    (out / "event_mentions.csv").write_text("event_id,doc_id\ne1,dw/1\ne2,dw/2\ne3,other/9\n", encoding="utf-8")
    gold = [{"doc": "dw/1.txt"}]
    _, pairs = eval_events.load_predicted(out, gold, tmp_path / "inputs")
    # dw/2 is in the set with no gold row: scored; other/9 is a document of the build outside the set
    assert [(doc, ev["event_id"]) for doc, ev in pairs] == [("dw/1", "e1"), ("dw/2", "e2")]
    _, pairs = eval_events.load_predicted(out, gold)
    assert [doc for doc, _ in pairs] == ["dw/1"]


def test_a_sets_articles_are_copied_from_the_corpus_as_the_gold_names_them(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "articles" / "dw").mkdir(parents=True)
    (corpus / "articles" / "dw" / "1.txt").write_text("正文一", encoding="utf-8")
    (corpus / "articles" / "dw" / "2.txt").write_text("正文二", encoding="utf-8")
    listing = tmp_path / "docs.txt"
    listing.write_text("articles/dw/2.txt\n\n", encoding="utf-8")
    inputs = eval_events.copy_articles(listing, corpus)
    assert eval_events.input_documents(inputs) == {"dw/2"}
    assert (inputs / "dw" / "2.txt").read_text(encoding="utf-8") == "正文二"


def test_the_splits_sample_pairs_events_that_may_be_one_and_leaves_others_out(capsys):
    import random
    from collections import namedtuple

    sample_events = _benchmark("sample_events")
    Row = namedtuple("Row", "event_type status actor_id participants place_name country date_start date_end "
                            "n_documents evidence_doc_id evidence doc_ids")

    def row(doc, actor, start, end="", country="JP", event_type="visit", others=()):
        return Row(event_type, "occurred", actor, (actor, *others), "东京", country, start, end, 1, doc, "…", (doc,))

    class Events(list):
        def itertuples(self, index=False):
            return iter(self)

    events = Events([
        row("a", "person:mike-pompeo", "2020-10-04", "2020-10-06"),
        row("b", "person:mike-pompeo", "2020-10-08"),            # two days after: a pair
        row("c", "person:mike-pompeo", "2020-10-20"),            # two weeks after: none
        row("d", "person:wang-yi", "2020-10-05"),                # another traveller: none
        row("e", "person:mike-pompeo", "2020-10-05", country="KR"),  # another country: none
        row("f", "person:mike-pompeo", "2020"),                  # the year holds them: pairs
    ])
    assert sample_events._splits(events, 10, random.Random(0), excluded={"f"}) == 0
    out = capsys.readouterr().out
    assert "\n1 pairs of events left apart" in out
    assert "a: …" in out and "b: …" in out and "c: …" not in out
    # the year holds the three trips of the same traveller to the same country
    sample_events._splits(events, 0, random.Random(0))
    assert "\n4 pairs of events left apart" in capsys.readouterr().out
