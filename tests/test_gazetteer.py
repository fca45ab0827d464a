"""Tests of the gazetteers (pipeline.gazetteer and gazetteers/*.csv).

* the committed files are valid and complete enough for the news domain;
* required names resolve to the right entity, in every script;
* the validator reports the right ``file:line`` on small broken fixtures;
* rebuilding places.csv from the installed packages gives the same bytes.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from pipeline import gazetteer
from pipeline.errors import GazetteerError
from pipeline.models import Person, Place
from pipeline.normalize import normalize

REPO_DIR = gazetteer.DEFAULT_DIR
CURATED_FILES = (
    gazetteer.OVERRIDES_FILE, gazetteer.PERSONS_FILE, gazetteer.STOPLIST_FILE, gazetteer.RULES_FILE,
)

PLACE_HEADER = ",".join(gazetteer.PLACE_COLUMNS)
PERSON_HEADER = ",".join(gazetteer.PERSON_COLUMNS)


@pytest.fixture(scope="module")
def gz() -> gazetteer.Gazetteer:
    return gazetteer.load(REPO_DIR)


# ---------------------------------------------------------------------------
# The committed data


def test_committed_gazetteers_have_no_problems():
    assert gazetteer.check(REPO_DIR) == []


def test_sizes_and_kinds(gz):
    assert 2_000 <= len(gz.places) <= 20_000
    assert {p.kind for p in gz.places.values()} == set(gazetteer.KINDS)
    assert len(gz.persons) >= 120
    assert all(isinstance(p, Place) for p in gz.places.values())
    assert all(isinstance(p, Person) for p in gz.persons.values())


@pytest.mark.parametrize(
    "alias, expected, country",
    [
        ("新加坡", "country:SG", "SG"),
        ("星加坡", "country:SG", "SG"),
        ("河内", "place:VN:hanoi", "VN"),
        ("河內", "place:VN:hanoi", "VN"),
        ("海参崴", "place:RU:vladivostok", "RU"),
        ("海參崴", "place:RU:vladivostok", "RU"),
        ("符拉迪沃斯托克", "place:RU:vladivostok", "RU"),
        ("板门店", "place:KR:panmunjom", "KR"),
        ("板門店", "place:KR:panmunjom", "KR"),
        ("大连", "place:CN:dalian", "CN"),
        ("大連市", "place:CN:dalian", "CN"),
        ("平壤", "place:KP:pyongyang", "KP"),
        ("大阪", "place:JP:osaka", "JP"),
        ("北京", "place:CN:beijing", "CN"),
        ("北京市", "place:CN:beijing", "CN"),
        ("朝鲜", "country:KP", "KP"),
        ("北韩", "country:KP", "KP"),
        ("北韓", "country:KP", "KP"),
        ("南韩", "country:KR", "KR"),
        ("南韓", "country:KR", "KR"),
        ("韩国", "country:KR", "KR"),
        ("大韓民國", "country:KR", "KR"),
        ("美国", "country:US", "US"),
        ("俄罗斯", "country:RU", "RU"),
        ("越南", "country:VN", "VN"),
        ("日本", "country:JP", "JP"),
        ("中国", "country:CN", "CN"),
        ("首尔", "place:KR:seoul", "KR"),
        ("漢城", "place:KR:seoul", "KR"),
        ("新义州", "place:KP:sinuiju", "KP"),
        ("丹东", "place:CN:dandong", "CN"),
        ("吉林省", "place:CN:jilin-province", "CN"),
        ("非军事区", "place:ZZ:korean-demilitarized-zone", ""),
        ("朝鲜半岛", "place:ZZ:korean-peninsula", ""),
        ("朝鮮半島", "place:ZZ:korean-peninsula", ""),
        ("朝韩边境", "place:ZZ:inter-korean-border", ""),
        ("东南亚", "place:ZZ:southeast-asia", ""),
        ("中国东北", "place:CN:northeast-china", "CN"),
        ("中南海", "place:CN:zhongnanhai", "CN"),
        ("白宫", "place:US:white-house", "US"),
        ("克里姆林宫", "place:RU:kremlin", "RU"),
        ("人民大会堂", "place:CN:great-hall-of-the-people", "CN"),
        ("钓鱼台国宾馆", "place:CN:diaoyutai-state-guesthouse", "CN"),
    ],
)
def test_place_aliases_resolve(gz, alias, expected, country):
    candidates = gz.lookup(alias)
    assert candidates, f"{alias} is not in the gazetteer"
    assert candidates[0] == expected
    assert gz.places[expected].country == country


@pytest.mark.parametrize(
    "alias, expected",
    [
        ("川普", "person:donald-trump"),
        ("特朗普", "person:donald-trump"),
        ("蓬佩奥", "person:mike-pompeo"),
        ("蓬佩奧", "person:mike-pompeo"),
        ("龐培歐", "person:mike-pompeo"),
        ("普京", "person:vladimir-putin"),
        ("普丁", "person:vladimir-putin"),
        ("文在寅", "person:moon-jae-in"),
        ("李雪主", "person:ri-sol-ju"),
        ("宋涛", "person:song-tao"),
        ("宋濤", "person:song-tao"),
        ("习近平", "person:xi-jinping"),
        ("習近平", "person:xi-jinping"),
        ("金正恩", "person:kim-jong-un"),
        ("金与正", "person:kim-yo-jong"),
        ("金與正", "person:kim-yo-jong"),
        ("拜登", "person:joe-biden"),
        ("尹锡悦", "person:yoon-suk-yeol"),
        ("岸田文雄", "person:fumio-kishida"),
        ("安倍晋三", "person:shinzo-abe"),
        ("蔡英文", "person:tsai-ing-wen"),
        ("马英九", "person:ma-ying-jeou"),
        ("林郑月娥", "person:carrie-lam"),
        ("李克强", "person:li-keqiang"),
        ("王毅", "person:wang-yi"),
        ("杨洁篪", "person:yang-jiechi"),
        ("布林肯", "person:antony-blinken"),
        ("拉夫罗夫", "person:sergey-lavrov"),
        ("泽连斯基", "person:volodymyr-zelensky"),
        ("莫迪", "person:narendra-modi"),
        ("马克龙", "person:emmanuel-macron"),
        ("默克尔", "person:angela-merkel"),
        ("朔尔茨", "person:olaf-scholz"),
    ],
)
def test_person_aliases_resolve(gz, alias, expected):
    assert gz.lookup(alias)[:1] == [expected]


@pytest.mark.parametrize("alias, expected", [
    # historic states are their own entries, former names are aliases of today's state
    ("苏联", "place:SU:soviet-union"),
    ("南联盟", "place:YU:yugoslavia"),
    ("东德", "place:DD:east-germany"),
    ("西德", "country:DE"),
    ("扎伊尔", "country:CD"),
    # physical geography
    ("太平洋", "place:ZZ:pacific-ocean"),
    ("長江", "place:CN:yangtze-river"),
    ("珠峰", "place:ZZ:mount-everest"),
    ("霍尔木兹海峡", "place:ZZ:strait-of-hormuz"),
    ("魁北克", "place:CA:quebec-province"),
    ("魁北克市", "place:CA:quebec"),
    # the corpus review (2026-12): full names win over the part the finder saw
    ("叶刘淑仪", "person:regina-ip"),
    ("羅范椒芬", "person:fanny-law"),
    ("郑家朗", "person:isaac-cheng"),
    ("林朗彥", "person:ivan-lam"),
    # leaders of the past that news still names
    ("周恩來", "person:zhou-enlai"),
    ("戈巴契夫", "person:mikhail-gorbachev"),
    ("戴卓爾夫人", "person:margaret-thatcher"),
    ("达赖喇嘛", "person:14th-dalai-lama"),
    ("季辛吉", "person:henry-kissinger"),
    ("约翰·克里", "person:john-kerry"),
])
def test_historic_geographic_and_reviewed_names(gz, alias, expected):
    assert gz.lookup(alias)[:1] == [expected]


def test_reviewed_persons_without_an_english_name_say_so():
    import csv

    with open(REPO_DIR / "persons.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    pinyin = [r for r in rows if r["source"].endswith("name_en is pinyin")]
    assert pinyin and all(r["name_en"].isascii() and " " in r["name_en"] for r in pinyin)
    assert all(r["source"] == "curated" or r["source"].startswith("corpus review 2026-12") for r in rows)


@pytest.mark.parametrize(
    "entity_id, qid",
    [
        ("person:kim-jong-un", "Q56226"),
        ("person:xi-jinping", "Q15031"),
        ("person:donald-trump", "Q22686"),
        ("person:vladimir-putin", "Q7747"),
        ("person:barack-obama", "Q76"),
        ("country:KP", "Q423"),
        ("country:CN", "Q148"),
        ("place:CN:beijing", "Q956"),
    ],
)
def test_known_wikidata_ids(gz, entity_id, qid):
    assert gz.get(entity_id).wikidata == qid


def test_event_places_of_the_seeds_have_coordinates(gz):
    for alias in ("北京", "板门店", "大连", "新加坡", "河内", "符拉迪沃斯托克", "平壤", "大阪"):
        place = gz.places[gz.lookup(alias)[0]]
        assert place.latitude is not None and place.longitude is not None, alias
        assert (place.latitude, place.longitude) != (0.0, 0.0)


def test_alias_index_keys_are_normalised(gz):
    assert all(normalize(key) == key for key in gz.alias_index)
    assert all(candidates for candidates in gz.alias_index.values())


def test_names_for_the_tokenizer_hold_both_scripts(gz):
    names = set(gz.names())
    for name in ("河內", "河内", "海參崴", "海参崴", "川普", "蓬佩奧", "蓬佩奥", "板门店"):
        assert name in names
    assert all(len(n) >= 2 for n in names)


@pytest.mark.parametrize(
    "alias, ranked",
    [
        # kind rule: admin (Texas) before city (Dezhou)
        ("德州", ["place:US:texas", "place:CN:dezhou"]),
        # jionlp gives the bare 吉林 to the province only; the city is 吉林市
        ("吉林", ["place:CN:jilin-province"]),
        ("吉林市", ["place:CN:jilin"]),
        # population rule
        ("伦敦", ["place:GB:london", "place:CA:london"]),
        # explicit prefer rule beats population (Itabashi, Tokyo is bigger)
        ("板桥", ["place:TW:banqiao", "place:JP:itabashi"]),
    ],
)
def test_disambiguation_order(gz, alias, ranked):
    assert gz.lookup(alias)[: len(ranked)] == ranked


def test_declared_ambiguities_keep_every_candidate(gz):
    assert set(gz.lookup("钓鱼台")) == {"place:CN:diaoyutai-state-guesthouse", "place:ZZ:diaoyu-senkaku-islands"}
    assert set(gz.lookup("哈里斯")) == {"person:kamala-harris", "person:harry-harris"}
    assert set(gz.lookup("江原道")) == {"place:KP:kangwon", "place:KR:gangwon"}


@pytest.mark.parametrize("word", ["世界", "合作", "东方", "中美", "中非", "永康", "中山", "大同", "维多利亚"])
def test_stoplisted_words_are_not_places(gz, word):
    assert not any(pid in gz.places for pid in gz.lookup(word)), word


def test_stoplist_keeps_the_full_official_name(gz):
    # 大同 is stoplisted (大同小异) but 大同市 still names the city
    assert gz.lookup("大同市") == ["place:CN:datong"]


def test_no_place_at_null_island(gz):
    assert not [p.id for p in gz.places.values() if p.latitude == 0 and p.longitude == 0]


def test_capitals_are_flagged_once_per_country(gz):
    capitals = {p.id for p in gz.places.values() if p.capital}
    assert {"place:CN:beijing", "place:US:washington", "place:TW:taipei", "place:JP:tokyo",
            "place:IN:delhi", "place:KP:pyongyang"} <= capitals
    assert not {"place:CN:shanghai", "place:US:new-york", "place:TW:taichung", "place:CN:shenzhen"} & capitals
    by_country = Counter(gz.places[pid].country for pid in capitals)
    # one capital per state, and a few other seats of government, curated (海牙, 拉巴斯, 开普敦…)
    assert {cc for cc, n in by_country.items() if n > 1} == {"NL", "BO", "ZA", "CI", "BJ"}
    assert {"place:NL:the-hague", "place:MM:naypyidaw"} <= capitals
    assert "HK" not in by_country and "SG" not in by_country  # city-states: the country row itself


def test_supranational_regions_have_no_country(gz):
    for place in gz.places.values():
        if not place.country:
            assert place.kind == "region" and place.id.startswith("place:ZZ:"), place.id


# ---------------------------------------------------------------------------
# Validator on broken fixtures


def _write(directory: Path, name: str, lines: list[str]) -> None:
    (directory / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture()
def broken_dir(tmp_path: Path) -> Path:
    _write(tmp_path, gazetteer.PLACES_FILE, [
        PLACE_HEADER,
        "country:KP,朝鲜,North Korea,北韩|北韓,country,KP,,,,Q423,,curated,MIT",      # 2 valid
        "place:KP:pyongyang,平壤,Pyongyang,,city,KP,0,0,,,,curated,MIT",              # 3 null island
        "place:KP:pyongyang,平壤市,Pyongyang,,city,KP,39.03,125.75,,,,curated,MIT",   # 4 duplicate id
        "place:QQ:nowhere,某地,Nowhere,,city,QQ,,,,,,curated,MIT",                    # 5 bad country
        "place:KR:seoul,首尔,Seoul,首|漢城,city,KR,37.56,126.97,,Q8684x,,curated,MIT",  # 6 QID, short alias
        "place:KR:busan,釜山,Busan,,town,KR,95,129,,,,curated,MIT",                  # 7 kind, latitude
        "place:KR:incheon,仁川,Incheon,,city,KR,37.45,,,,,,",                          # 8 lon, source
        "place:JP:osaka,大阪,Osaka,,city,JP,34.69,135.50,,,,curated,MIT",               # 9 valid
        "place:JP:sakai,大阪,Sakai,,city,JP,34.57,135.48,,,,curated,MIT",               # 10 tie on 大阪
        "place:JP:kyoto,京都,Kyoto,,city,JP,35.01,135.77,,,,curated,MIT,yes",          # 11 capital flag
    ])
    _write(tmp_path, gazetteer.PERSONS_FILE, [
        PERSON_HEADER,
        'person:kim-jong-un,金正恩,Kim Jong-un,,"Supreme Leader\nof North Korea",KP,Q56226,curated',  # 2-3
        "person:Bad Id,某人,Someone,,nobody,KP,,curated",                              # 4 bad id
        "person:kim-two,金正恩,Kim Two,,nobody,KP,,curated",                           # 5 shared name
        "person:nobody,无名,Nobody,,nobody,ZZZ,QX,curated",                            # 6 country, QID
    ])
    _write(tmp_path, gazetteer.OVERRIDES_FILE, [
        PLACE_HEADER,
        "country:KP,,,,,,,,,Q42x,,,",                                                  # 2 bad QID
        "place:KR:gone,不存在,Gone,,city,KR,37,127,,,,,",                              # 3 not built
    ])
    _write(tmp_path, gazetteer.RULES_FILE, [
        ",".join(gazetteer.RULE_COLUMNS),
        "平壤,prefer,place:KP:missing,no such entity",                                 # 2
        "朝鲜,ambiguous,,only one entity has it",                                      # 3
        "首,maybe,,unknown rule",                                                      # 4
    ])
    return tmp_path


EXPECTED_PROBLEMS = [
    ("places.csv:3:", "0,0"),
    ("places.csv:4:", "duplicate id place:KP:pyongyang"),
    ("places.csv:5:", "'QQ' is not an ISO 3166-1"),
    ("places.csv:6:", "wikidata 'Q8684x'"),
    ("places.csv:6:", "alias '首' is shorter than 2"),
    ("places.csv:7:", "kind 'town'"),
    ("places.csv:7:", "out of range"),
    ("places.csv:8:", "latitude and longitude must both be given"),
    ("places.csv:8:", "source is empty"),
    ("places.csv:10:", "alias '大阪' also belongs to place:JP:osaka"),
    ("places.csv:11:", "capital 'yes' must be 1 or empty"),
    ("persons.csv:4:", "id 'person:Bad Id'"),
    ("persons.csv:5:", "alias '金正恩' also belongs to person:kim-jong-un (persons.csv:2)"),
    ("persons.csv:6:", "country 'ZZZ'"),
    ("persons.csv:6:", "wikidata 'QX'"),
    ("places_overrides.csv:2:", "wikidata 'Q42x'"),
    ("places_overrides.csv:3:", "place:KR:gone is not in places.csv"),
    ("alias_rules.csv:2:", "target 'place:KP:missing'"),
    ("alias_rules.csv:3:", "stale"),
    ("alias_rules.csv:4:", "rule 'maybe'"),
]


@pytest.mark.parametrize("where, detail", EXPECTED_PROBLEMS)
def test_check_reports_file_and_line(broken_dir, where, detail):
    problems = gazetteer.check(broken_dir)
    assert any(p.startswith(where) and detail in p for p in problems), "\n".join(problems)


def test_check_reports_nothing_on_valid_rows(broken_dir):
    problems = gazetteer.check(broken_dir)
    assert not [p for p in problems if p.startswith(("places.csv:2:", "places.csv:9:", "persons.csv:2:"))]


def test_check_reports_a_wrong_header(tmp_path):
    _write(tmp_path, gazetteer.PLACES_FILE, ["id,name,kind", "country:KP,朝鲜,country"])
    _write(tmp_path, gazetteer.PERSONS_FILE, [PERSON_HEADER])
    problems = gazetteer.check(tmp_path)
    assert any(p.startswith("places.csv:1: header") and "missing" in p for p in problems)


def test_check_reports_a_missing_directory(tmp_path):
    assert gazetteer.check(tmp_path / "nope")[0].endswith("set CNEVENTS_GAZETTEERS or pass a directory)")


def test_load_raises_with_file_and_line(broken_dir):
    with pytest.raises(GazetteerError) as info:
        gazetteer.load(broken_dir)
    assert "places.csv:3:" in str(info.value)


def test_main_check_exit_status(broken_dir):
    assert gazetteer.main_check(REPO_DIR) == 0
    assert gazetteer.main_check(broken_dir) == 1


def test_allow_short_rule(tmp_path):
    _write(tmp_path, gazetteer.PLACES_FILE, [
        PLACE_HEADER, "country:KP,朝鲜,North Korea,朝,country,KP,,,,,,curated,MIT",
    ])
    _write(tmp_path, gazetteer.PERSONS_FILE, [PERSON_HEADER])
    assert any("'朝' is shorter" in p for p in gazetteer.check(tmp_path))
    _write(tmp_path, gazetteer.RULES_FILE, [",".join(gazetteer.RULE_COLUMNS), "朝,allow_short,country:KP,abbreviation"])
    assert gazetteer.check(tmp_path) == []
    assert gazetteer.load(tmp_path).lookup("朝") == ["country:KP"]


# ---------------------------------------------------------------------------
# Loader: default directory and cache


def test_load_is_cached_per_directory(gz):
    assert gazetteer.load(REPO_DIR) is gz


def test_load_uses_the_environment_variable(tmp_path, monkeypatch):
    _write(tmp_path, gazetteer.PLACES_FILE, [
        PLACE_HEADER, "country:KP,朝鲜,North Korea,北韩,country,KP,,,,,,curated,MIT",
    ])
    _write(tmp_path, gazetteer.PERSONS_FILE, [PERSON_HEADER])
    monkeypatch.setenv(gazetteer.ENV_VAR, str(tmp_path))
    loaded = gazetteer.load()
    assert list(loaded.places) == ["country:KP"]
    assert loaded.lookup("北韓") == ["country:KP"]


def test_load_rereads_an_edited_file(tmp_path):
    _write(tmp_path, gazetteer.PLACES_FILE, [
        PLACE_HEADER, "country:KP,朝鲜,North Korea,,country,KP,,,,,,curated,MIT",
    ])
    _write(tmp_path, gazetteer.PERSONS_FILE, [PERSON_HEADER])
    assert gazetteer.load(tmp_path).lookup("北韩") == []
    _write(tmp_path, gazetteer.PLACES_FILE, [
        PLACE_HEADER, "country:KP,朝鲜,North Korea,北韩|北韓 ,country,KP,,,,,,curated,MIT",
    ])
    assert gazetteer.load(tmp_path).lookup("北韩") == ["country:KP"]


# ---------------------------------------------------------------------------
# Builder


def test_rebuild_is_byte_identical(tmp_path):
    """About 5 s: regenerates places.csv from the installed packages."""
    for name in CURATED_FILES:
        shutil.copy(REPO_DIR / name, tmp_path / name)
    path = gazetteer.build_places(tmp_path)
    assert path == tmp_path / gazetteer.PLACES_FILE
    assert path.read_bytes() == (REPO_DIR / gazetteer.PLACES_FILE).read_bytes(), (
        "places.csv is stale: run the gazetteer build and commit the result")
    assert not list(tmp_path.glob(".*.tmp")), "temporary file left behind"
    assert path.stat().st_mode & 0o777 == 0o644, "places.csv must be world-readable"
    assert gazetteer.check(tmp_path) == []


def test_override_semantics(tmp_path):
    records = {
        "place:KP:pyongyang": dict.fromkeys(gazetteer.PLACE_COLUMNS, "") | {
            "id": "place:KP:pyongyang", "name": "平壤", "aliases": "平壤市|平壌", "kind": "city",
            "country": "KP", "latitude": "39.03", "longitude": "125.75", "source": "geonames",
            "licence": "CC-BY-4.0", "wikidata": "Q1",
        },
        "place:KP:gone": dict.fromkeys(gazetteer.PLACE_COLUMNS, "") | {"id": "place:KP:gone", "name": "无"},
    }
    overrides = [
        (2, {"id": "place:KP:pyongyang", "aliases": "-平壌|柳京", "wikidata": "-", "name": "平壤直辖市"}),
        (3, {"id": "place:KP:gone", "name": "-"}),
        (4, {"id": "place:KP:new", "name": "新地", "kind": "site", "country": "KP"}),
    ]
    gazetteer._apply_overrides(records, overrides)
    pyongyang = records["place:KP:pyongyang"]
    assert pyongyang["name"] == "平壤直辖市"
    assert gazetteer.split_aliases(pyongyang["aliases"]) == ["平壤市", "柳京", "平壤"]
    assert pyongyang["wikidata"] == ""
    assert pyongyang["source"] == "geonames+curated"
    assert pyongyang["licence"] == "CC-BY-4.0 AND MIT"
    assert "place:KP:gone" not in records
    assert records["place:KP:new"]["source"] == "curated"


@pytest.mark.parametrize(
    "text, slug",
    [("Hà Nội", "ha-noi"), ("Washington, D.C.", "washington-d-c"), ("Xi’an", "xian"), ("Đà Nẵng", "da-nang")],
)
def test_slugify(text, slug):
    assert gazetteer.slugify(text) == slug


def test_organisations_are_optional_and_checked(tmp_path):
    _write(tmp_path, gazetteer.PLACES_FILE, [PLACE_HEADER, "place:JP:osaka,大阪,Osaka,,city,JP,34.69,135.50,,,,curated,MIT"])
    _write(tmp_path, gazetteer.PERSONS_FILE, [PERSON_HEADER])
    assert gazetteer.check(tmp_path) == []  # no organisations.csv: none
    assert gazetteer.load(tmp_path).organisations == {}
    _write(tmp_path, gazetteer.ORGS_FILE, [
        ",".join(gazetteer.ORG_COLUMNS),
        "org:g20,二十国集团,Group of Twenty,G20|二十國集團,forum,,curated",  # 2 valid
        "org:Bad,某组织,Something,,forum,,curated",                        # 3 bad id
        "org:club,俱乐部,Club,,club,Q1x,curated",                          # 4 kind, QID
        "org:g20-bis,二十国集团,Group of Twenty,,forum,,curated",          # 5 shared name
    ])
    problems = gazetteer.check(tmp_path)
    assert not [p for p in problems if p.startswith("organisations.csv:2:")]
    assert any(p.startswith("organisations.csv:3:") and "org:ascii-slug" in p for p in problems)
    assert any(p.startswith("organisations.csv:4:") and "kind" in p for p in problems)
    assert any(p.startswith("organisations.csv:4:") and "wikidata" in p for p in problems)
    assert any(p.startswith("organisations.csv:5:") and "二十国集团" in p for p in problems)


def test_committed_organisations_load(gz):
    assert gz.get("org:eu").name == "欧盟"
    assert gz.lookup("東協") == ["org:asean"]
    assert all(oid.startswith("org:") for oid in gz.organisations)


def test_persons_may_give_a_year_of_death(tmp_path):
    place = "country:KP,朝鲜,North Korea,,country,KP,,,,,,curated,MIT"
    _write(tmp_path, gazetteer.PLACES_FILE, [PLACE_HEADER, place])
    _write(tmp_path, gazetteer.PERSONS_FILE, [
        PERSON_HEADER + ",died",
        "person:kim-il-sung,金日成,Kim Il-sung,,Founder of North Korea,KP,,curated,1994",
        "person:kim-jong-un,金正恩,Kim Jong-un,,Supreme Leader,KP,,curated,",
        "person:nobody,无名,Nobody,,nobody,KP,,curated,soon",
    ])
    problems = gazetteer.check(tmp_path)
    assert [p for p in problems if "died" in p] == ["persons.csv:4: died 'soon' must be a year such as 1976, or empty"]
    # the column is optional: a file without it loads as before
    _write(tmp_path, gazetteer.PERSONS_FILE, [PERSON_HEADER, "person:kim-il-sung,金日成,Kim Il-sung,,Founder,KP,,curated"])
    loaded = gazetteer.load(tmp_path)
    assert loaded.persons["person:kim-il-sung"].died is None
    assert gazetteer.load(REPO_DIR).persons["person:mao-zedong"].died == 1976
