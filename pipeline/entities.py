"""Place, person and organisation tagging: gazetteer matches, ambiguity rules, then
candidates.

Takes a text, its matching twin and its jieba tokens (see :mod:`pipeline.segment`) and
returns :class:`~pipeline.models.Mention` s of type PLACE, PERSON and ORG (the
international organisations of ``organisations.csv``; no candidates are guessed for
them).

1. **Gazetteer matches** are on tokens: an alias matches only where it covers whole
   tokens, so 河内 inside a longer word is not a match.  Because every alias was added
   to our own tokenizer, names come out as single tokens; sequences of up to
   ``MAX_TOKENS`` tokens are still tried (longest first) for names jieba splits anyway.
   When an alias belongs to several entries, the gazetteer's ranking (see
   ``gazetteers/README.md``) picks one.
2. **Ambiguity rules** drop matches that are not the entity:

   * a place that starts an organisation's name is not a location: 中国 in
     中国国际航空公司, 首尔 in 首尔大学, 北京市 in 北京市轨道交通指挥中心 (the place is
     followed, with no break, by words ending in an organisation head from
     ``entity_cues.csv``; a place followed by another place qualifies that one, so
     韩国 in 韩国首尔大学 stays);
   * a place inside a title in 《》 names a work, not a location (《平壤共同宣言》);
   * a name inside a longer middle-dot name is not that person: 特朗普 in 埃里克·特朗普
     is not Donald Trump (the whole name becomes a candidate);
   * a one-character surname right before a two-character city or province name makes
     a person when jieba's name model reads the three characters as one name
     (张高雄 is a person, 在高雄 is not).

3. **Candidates** (:mod:`pipeline.candidates`): persons and places that are not in the
   gazetteers, with an empty ``canonical_id`` and ``source`` ``candidate:<cue>``.
4. **Glosses**: a candidate person followed by a Latin-script gloss that is the English
   name of a gazetteer person (马克·鲁特（Mark Rutte）) is that person, with ``source``
   ``gloss``, and so is every other occurrence of that name in the document.
"""

from __future__ import annotations

import logging
import re
import unicodedata

from .candidates import CANDIDATE, DOTS, MIN_SURNAME_PART, PERSON_TAGS, CandidateFinder, EntityCues, _hmm_words
from .models import ORG, PERSON, PLACE, Mention
from .spans import SpanIndex

log = logging.getLogger(__name__)

MAX_TOKENS = 12  # 唐纳德·特朗普 is three tokens; 艾克拜尔·艾塞提 (unknown parts) up to eight
ORG_MAX_TOKENS = 5  # 北京市 | 轨道交通 | 指挥 | 中心
# A place followed by this word as a token of its own names a ship or a train.
VESSEL_WORD = "号"
ORG_MAX_CHARS = 10
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_BOOK_TITLE = re.compile(r"《[^《》\n]{1,40}》")
# Single characters that end a noun phrase: a place followed by one of them does not
# start an organisation name (中国和首尔大学).
ORG_BREAK = frozenset("的与和及同跟在是了对向把被将从等为于并也就都又还而或之其这那该此各每以由到往赴至经")
# A numeral or demonstrative with a classifier (一家, 两所, 这座, 某个): it counts or points
# at what follows, so a place before it does not start an organisation's name (到贵州一家
# 医院视察: a hospital in Guizhou, not an organisation named 贵州…医院).
QUANTIFIER_WORD = re.compile(r"[一二两三四五六七八九十几多数某这那该每各][家所座个间处栋幢]?")
# Verbs of taking part in or holding something: a place before them is where someone
# takes part (在沙特阿拉伯参加海湾合作理事会会议), never the start of the name after them.
# So are the verbs of negotiating someone goes to a place to do (到青岛商谈共建…学院事宜).
ORG_BREAK_WORDS = frozenset({"参加", "出席", "参与", "加入", "退出", "举行", "召开", "举办", "主持",
                             "商谈", "洽谈", "商讨", "磋商", "协商", "谈判", "讨论", "调研", "述职"})
# Single characters that are surnames but far more often prepositions or adverbs right
# before a place (于北京, 向东京, 和上海, 经香港).
NOT_SURNAME = ORG_BREAK | frozenset("在自从向往到至赴离经沿朝距和与同跟及于由为时宗任")
# What turns a person's name (and a title after it) into an institution's name
NAMED_INSTITUTION = re.compile(r"(?:总统|首相|总理|国务卿|主席|将军|爵士|夫人)?"
                               r"(?:博物馆|图书馆|纪念馆|纪念堂|基金会|研究中心|中心|大学|学院|医院|机场)")
ABBREVIATION = "abbreviation"  # Mention.source of 中 and 美 in 中美
# Mention.source of one abbreviation after a verb of motion (赴台): the place gone to, a
# place like any other for the events (not a party of a relation as in 中美)
MOTION_ABBREVIATION = "abbreviation:motion"
# A ruling party's short name that stands for its state before one of the state's organs
# or officials (中共外交部, 中共驻印度大使馆, 中共官员, 中共当局: China), as some outlets
# write; not the party's own bodies (中共中央 is one jieba word; 中共党员 has no organ).
STATE_PARTIES = {"中共": "country:CN"}
STATE_PARTY_NAMES = re.compile("|".join(map(re.escape, sorted(STATE_PARTIES, key=len, reverse=True))))
STATE_ORGAN_AFTER = re.compile(r"驻|外交部|国防部|商务部|外长|外交官|大使馆|使馆|总领事馆|领事馆|大使|官员|高官|政府|当局"
                               r"|国家主席|总理|副总理|国务院|军方|代表团|领导人")
STATE_PARTY = "state-party"  # Mention.source of such a name
MAX_ABBREVIATIONS = 4  # 美日澳印
# Suffixes that name the same place as the word before them (伦敦市 = 伦敦).
ADMIN_SUFFIXES = frozenset(("省", "市", "州", "县", "区", "城", "地区", "自治区", "特区"))


# A transliterated person's name followed by a token of transliteration characters is
# the start of a longer name (see EntityTagger._runs_on), unless that token is a common
# word (jieba frequency at least this).
RUN_ON_MAX_FREQ = 200

# Before a given name, a word that makes it another person's (小弗雷德: Fred Jr., not Fred)
GIVEN_NAME_BEFORE = frozenset("小")
# 约瑟夫·R·拜登: a given name, a Latin initial, a surname
_MIDDLE_INITIAL = re.compile(rf"([^{DOTS}]+){DOTS}[A-Za-z]\.?{DOTS}([^{DOTS}]+)")
# A state, then a title and nothing else, then a full dotted name (土耳其总统雷杰普·塔伊普·埃尔多安,
# 德国前总理…): how far the title may reach, and what it may hold (no break, no 的)
TITLED_NAME_REACH = 10
_TITLE_GAP = re.compile(r"[^\s,，;；:：。、的与和及（）()《》“”\"']{1,10}")
# A Latin-script gloss in parentheses right after a name: 马克·鲁特（Mark Rutte）.
_GLOSS = re.compile(r"\s*[（(]\s*([A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ .'’\-]{2,60}?)\s*[）)]")


def _english_key(name: str) -> str:
    """Robert O’Brien, robert o'brien, Robert  O'Brien → one key; accents are folded
    (Pedro Sánchez, Pedro Sanchez)."""
    folded = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode("ascii")
    return " ".join(folded.replace("-", " ").lower().split())


def _names_vessel(norm: str, tokens: list[tuple[int, int]], token_index: dict[int, int], end: int) -> bool:
    """Whether the token at ``end`` is VESSEL_WORD: the name before it names a ship."""
    k = token_index.get(end)
    return k is not None and norm[tokens[k][0] : tokens[k][1]] == VESSEL_WORD


# Words that end with an organisation head but name no organisation: 报 heads a
# newspaper (南华早报, and 法兰克福汇报, so 汇报 stays one), not a report or a notice (南韩通报了
# 疫情, 中美联合公报, 美国情报).
NOT_ORGANISATION_WORDS = frozenset({"通报", "举报", "情报", "预报", "电报", "警报", "回报", "简报", "捷报",
                                    "喜报", "申报", "上报", "呈报", "公报", "海报", "季报", "年报", "周报", "月报"})
# A verb of motion (a ``place_head`` cue) before a single abbreviation makes it a place
# (赴台, 抵港, 来美, 返京), except in words of their own (来日方长: the days to come; 来中
# is too often 来中方; 驻中联办 is the Liaison Office).
NOT_MOTION_ABBREVIATION = frozenset({"来日", "来中", "回中", "返中", "赴中", "来意", "驻中"})
# …nor after a word that ends with 来 or 回 (自2018年以来美股: 以来 + 美股)
NOT_MOTION_WORDS = frozenset({"以来", "后来", "近来", "原来", "本来", "从来", "向来", "未来", "将来", "起来", "出来",
                              "回来", "过来", "进来", "下来", "上来", "来回", "收回", "挽回", "撤回", "退回", "返回"})

class EntityTagger:
    """``suffixes``: title words (总统, 总理 …).  jieba's own dictionary holds compounds
    such as 德国总理 and 法国巴黎; a token that is not a name itself but splits into
    name + name or name + title is read as its parts.

    ``cues`` (:class:`~pipeline.candidates.EntityCues`) gives the organisation heads and
    surnames of the ambiguity rules; ``finder`` adds candidates (None: gazetteer
    matches only)."""

    def __init__(self, gazetteer, suffixes=(), cues: EntityCues | None = None, finder: CandidateFinder | None = None,
                 triggers=()):
        self.gazetteer = gazetteer
        self.alias_index = gazetteer.alias_index
        self.max_alias_len = max((len(a) for a in self.alias_index), default=0)
        # Every prefix of every alias: the longest-match window stops growing as soon as
        # it is no alias prefix (most windows stop after one token instead of six).
        self.alias_prefixes = frozenset(a[:k] for a in self.alias_index for k in range(1, len(a) + 1))
        self.suffixes = frozenset(suffixes)
        self.max_suffix_len = max((len(s) for s in self.suffixes), default=0)
        self.cues = cues or EntityCues()
        # 伦敦市, 台湾地区, 新疆自治区: a known place + an administrative suffix in one token
        self.admin_suffixes = tuple(s for s in self.cues.place_suffixes if s in ADMIN_SUFFIXES)
        self.admin_suffix_ends = frozenset(s[-1] for s in self.admin_suffixes)
        self._site_heads = tuple(sorted(self.cues.site_heads, key=lambda w: (-len(w), w)))
        self.finder = finder
        self.freq = finder.freq if finder is not None else {}
        # A trigger or title right after a place ends any organisation name.
        self.org_breakers = frozenset(triggers) | self.suffixes | self.cues.title_before | ORG_BREAK_WORDS
        # English names of the persons, for Latin glosses after a candidate (see
        # link_glosses); a name two persons share links neither.
        english: dict[str, str | None] = {}
        for p in gazetteer.persons.values():
            if p.name_en:
                key = _english_key(p.name_en)
                english[key] = p.id if key not in english else None
        self.english_names = {k: v for k, v in english.items() if v is not None}

    def _split_compound(self, norm: str, start: int, end: int) -> list[tuple[int, int]]:
        # Only split points where the head can be an alias and the tail an alias or a
        # title are tried: a token of 100,000 Latin letters or digits (jieba keeps such
        # runs whole) would otherwise cost a quadratic number of slices.
        length = end - start
        max_tail = max(self.max_alias_len, self.max_suffix_len)
        if length > self.max_alias_len + max_tail:
            return []
        word = norm[start:end]
        if word[0] in self.cues.place_heads and word[1:] in self.alias_index \
                and self.alias_index[word[1:]][0].startswith(("place:", "country:")):
            return [(start + 1, end)]  # 赴美国: 赴 + 美国
        for k in range(min(length - 1, self.max_alias_len), max(1, length - max_tail - 1), -1):
            head = word[:k]
            if head not in self.alias_index:
                continue  # both readings below need a known head (most split points have none)
            tail = word[k:]
            if tail in self.alias_index or tail in self.suffixes \
                    or (tail in self.cues.place_tails and self.alias_index[head][0].startswith(("place:", "country:"))):
                parts = [(start, start + k)]
                if tail in self.alias_index:
                    parts.append((start + k, end))
                return parts
            if k >= 2 and self._person_compound(head, tail):
                return [(start, start + k)]
        return []

    def abbreviations(self, text: str, norm: str, tokens: list[tuple[int, int]], known: list[Mention],
                      token_index: dict[int, int] | None = None, blocked: list[tuple[int, int]] = ()) -> list[Mention]:
        """One-character abbreviations inside a compound of two to four of them (中美,
        朝韩, 陕甘宁, 港台): one PLACE mention per character, source ``abbreviation``.
        A single abbreviation is never tagged (美 is also "beautiful", 中 "middle"), nor
        a compound that is an ordinary word (美德, in the candidate stop list), nor one
        right after a digit (25日美国 …), nor one inside a ``blocked`` span (the dotted name
        泰德·克鲁兹 is no 泰 + 德)."""
        abbr = self.cues.abbreviations
        if token_index is None:
            token_index = {s: i for i, (s, _) in enumerate(tokens)}
        covered = bytearray(len(norm))
        for m in known:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
        for a, b in blocked:
            covered[a:b] = b"\x01" * (b - a)
        out: list[Mention] = []
        run: list[tuple[int, int]] = []

        def flush():
            if run:
                a, b = run[0][0], run[-1][1]
                # 韩美Clup, 中美商会: a compound that starts a name is part of that name
                named = (b < len(norm) and norm[b].isascii() and norm[b].isalpha()) or \
                    self._starts_organisation(norm, tokens, token_index, set(), b)
                # 赴台, 抵港, 来美: one abbreviation after a verb of motion is the place gone to
                alone = b - a == 1 and a > 0 and norm[a - 1] in self.cues.place_heads \
                    and norm[a - 1 : b] not in NOT_MOTION_ABBREVIATION and norm[max(0, a - 2) : a] not in NOT_MOTION_WORDS
                # 本台, 该台, 电台: 台 is a broadcaster (本台法语部 is no Taiwan-France compound)
                station = norm[a] == "台" and a > 0 and norm[a - 1] in "本该此电"
                if (2 <= b - a <= MAX_ABBREVIATIONS or alone) and not (a > 0 and norm[a - 1].isdigit()) and not named \
                        and not station:
                    chars = norm[a:b]
                    for i in range(a, b):
                        eid = abbr[norm[i]]
                        # 澳 is Macao next to 港 or 粤 (港澳, 粤港澳), Australia otherwise
                        if norm[i] == "澳" and ("港" in chars or "粤" in chars):
                            eid = "country:MO"
                        place = self.entity(eid)
                        if place is not None:
                            out.append(Mention(PLACE, i, i + 1, text[i], place.id, place.name,
                                               source=MOTION_ABBREVIATION if b - a == 1 else ABBREVIATION))
                run.clear()

        freq = self.finder.freq if self.finder is not None else {}
        for s, e in tokens:
            if norm[s] not in abbr:  # most tokens: one look-up
                if run:
                    flush()
                if e - s == 2 and norm[s] in self.cues.place_heads and norm[s + 1] in abbr and not covered[s + 1] \
                        and norm[s:e] not in NOT_MOTION_ABBREVIATION and norm[max(0, s - 1) : s + 1] not in NOT_MOTION_WORDS:
                    # 赴藏, 抵沪, 来京: jieba's one word of a verb of motion and an abbreviation
                    place = self.entity(abbr[norm[s + 1]])
                    if place is not None:
                        out.append(Mention(PLACE, s + 1, e, text[s + 1 : e], place.id, place.name, source=MOTION_ABBREVIATION))
                continue
            word = norm[s:e]
            if any(covered[s:e]) or word in self.cues.stop or _names_vessel(norm, tokens, token_index, e):
                # 辽宁号: a ship's name (its place was dropped), no compound of abbreviations
                flush()
                continue
            p = 0
            while p < len(word) and word[p] in abbr:
                p += 1
            if p == len(word):
                run.append((s, e))
                continue
            # 中美关系, 韩三国 (after 中日): abbreviations glued to a following word
            if p and (p >= 2 or run) and freq.get(word[p:]):
                run.append((s, s + p))
            flush()
        flush()
        return out

    def _person_compound(self, head: str, tail: str) -> bool:
        """邓小平理论, 毛泽东思想, 马克思主义: a dictionary word made of a known person's
        name and another word mentions that person — unless the word names a place or
        an organisation after them (毛主席纪念堂, 中山大学: the tail is a site head, an
        organisation head or ends with a place suffix)."""
        if len(tail) < 2 or not self.freq.get(tail):
            return False
        ids = self.alias_index.get(head)
        if not ids or not all(i.startswith("person:") for i in ids):
            return False
        cues = self.cues
        if cues.translit and all(ch in cues.translit for ch in head + tail):
            return False  # 拉布拉多: one longer transliteration, not Raab (拉布) + 拉多
        return tail not in cues.site_heads and not tail.endswith(cues.org_heads) \
            and not tail.endswith(cues.place_suffixes)

    def _admin_compound(self, text: str, norm: str, start: int, end: int) -> Mention | None:
        """A token that is a known place + an administrative suffix (伦敦市, 台湾地区) is
        a mention of that place, spanning the whole token."""
        word = norm[start:end]
        if word[-1] not in self.admin_suffix_ends:
            return None
        for suffix in self.admin_suffixes:
            head = word[: -len(suffix)]
            if word.endswith(suffix) and len(head) >= 2:
                ids = [i for i in self.alias_index.get(head, []) if not i.startswith(("person:", "org:"))]
                if ids:
                    mention = self._mention(text, start, end, ids)
                    return mention
        return None

    def entity(self, entity_id: str):
        return self.gazetteer.get(entity_id)

    def tag(self, text: str, norm: str, tokens: list[tuple[int, int]], ner: str | None = None) -> list[Mention]:
        """Gazetteer mentions after the ambiguity rules, plus candidates, in text order.
        ``ner="lac"`` adds the optional statistical tagger's names as candidates."""
        found = self.match(text, norm, tokens)
        token_index = {s: i for i, (s, _) in enumerate(tokens)}
        dotted = self.finder.dotted_names(norm, tokens, found) if self.finder is not None else []
        found = self.resolve(text, norm, tokens, found, dotted, token_index)
        if self.cues.abbreviations:
            found = sorted(found + self.abbreviations(text, norm, tokens, found, token_index, dotted),
                           key=lambda m: (m.start, m.end))
        found = self._state_parties(text, norm, tokens, found, token_index)
        if self.finder is not None:
            # 洛克希德·马丁公司, 沃尔特·里德医疗中心: a dotted name that starts an
            # organisation's name is not a person.  One that starts the name of a site
            # (何塞·马蒂国际机场, 约翰·麦肯号) is none either, nor are its parts.
            people, named = [], []
            for s, e in dotted:
                if self._starts_organisation(norm, tokens, token_index, set(), e, self._site_heads, dotted=True):
                    named.append((s, e))
                elif not self._starts_organisation(norm, tokens, token_index, set(), e, dotted=True):
                    people.append((s, e))
            candidates = self.finder.find(text, norm, tokens, found, people, ner=ner, blocked=named)
            candidates = self.link_titled_surnames(norm, found, self.link_glosses(text, norm, candidates))
            found = found + self.link_initials(norm, candidates)
            found = self.link_last_names(text, norm, tokens, self.link_given_names(text, norm, tokens, found))
            found.sort(key=lambda m: (m.start, m.end, m.type))
        return found

    def _state_parties(self, text: str, norm: str, tokens: list[tuple[int, int]], found: list[Mention],
                       token_index: dict[int, int]) -> list[Mention]:
        """A ruling party's name as a word of its own right before an organ or an official
        of its state (STATE_ORGAN_AFTER) is a mention of that state (source ``state-party``)."""
        added = []
        # (each name looked for in C, then checked to be a token: a loop over the tokens
        # cost a twentieth of the entity stage)
        for hit in STATE_PARTY_NAMES.finditer(norm):
            s, e = hit.span()
            k = token_index.get(s)
            if k is None or tokens[k][1] != e:
                continue
            state = STATE_PARTIES[norm[s:e]]
            if not STATE_ORGAN_AFTER.match(norm, e) or any(m.start < e and s < m.end for m in found):
                continue
            place = self.entity(state)
            if place is not None:
                added.append(Mention(PLACE, s, e, text[s:e], place.id, place.name, source=STATE_PARTY))
        return sorted(found + added, key=lambda m: (m.start, m.end)) if added else found

    @staticmethod
    def _name_goes_on(norm: str, at: int, token_at: dict[int, int], translit) -> bool:
        """A transliteration character as a token of its own at ``at`` and another token
        of transliteration characters after it: a longer name jieba cut up (安东尼|泽|克尔),
        not a given name followed by a word (唐纳德|根本, 唐纳德|比|小弗雷德)."""
        e = token_at.get(at)
        if e != at + 1 or norm[at] not in translit:
            return False
        f = token_at.get(e)
        return f is not None and all(ch in translit for ch in norm[e:f])

    def link_given_names(self, text: str, norm: str, tokens: list[tuple[int, int]],
                         found: list[Mention]) -> list[Mention]:
        """A person written with a middle dot (爱德华多·博尔索纳罗) and named later by the
        given name alone (爱德华多3月上旬陪同他的总统父亲…), as articles do to tell relatives
        apart: the given name is that person when it has three or more characters, is
        whole tokens after the first full mention, overlaps no other name, starts no
        longer name (安东尼泽克尔) and is no junior (小弗雷德), and no other person of the
        article has that given name."""
        owners: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for m in found:
            if m.type != PERSON or not m.canonical_id.startswith("person:"):
                continue
            name = norm[m.start : m.end]
            k = min((name.find(d) for d in DOTS if d in name), default=-1)
            if k < 3 or not all("\u3400" <= ch <= "\u9fff" for ch in name[:k]):
                continue
            given = name[:k]
            owners.setdefault(given, set()).add(m.canonical_id)
            first[given] = min(first.get(given, m.end), m.end)
        given_names = {g: next(iter(ids)) for g, ids in owners.items() if len(ids) == 1}
        if not given_names:
            return found
        token_at = dict(tokens)
        translit = self.finder.cues.translit if self.finder is not None else frozenset()
        return self._link_parts(text, norm, tokens, found, given_names, first, "given-name",
                                lambda k, e: norm[k - 1 : k] not in GIVEN_NAME_BEFORE
                                and not self._name_goes_on(norm, e, token_at, translit))

    def _link_parts(self, text: str, norm: str, tokens: list[tuple[int, int]], found: list[Mention],
                    parts: dict[str, str], first: dict[str, int], source: str, fits) -> list[Mention]:
        """``found`` and a mention of gazetteer person ``parts[part]`` at each later
        occurrence of ``part`` (from ``first[part]`` on) that is whole tokens, overlaps no
        mention of ``found`` and ``fits(start, end)``."""
        starts = {s for s, _ in tokens}
        ends = {e for _, e in tokens}
        taken = bytearray(len(norm))
        for m in found:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
        added = []
        for part, pid in sorted(parts.items()):
            person = self.gazetteer.persons.get(pid)
            k = norm.find(part, first[part])
            while k >= 0 and person is not None:
                e = k + len(part)
                if k in starts and e in ends and not any(taken[k:e]) and fits(k, e):
                    added.append(Mention(PERSON, k, e, text[k:e], pid, person.name, source=source))
                k = norm.find(part, e)
        return found + added if added else found

    def link_last_names(self, text: str, norm: str, tokens: list[tuple[int, int]],
                        found: list[Mention]) -> list[Mention]:
        """A gazetteer person written with a middle dot (阿比·艾哈迈德) and named later by the
        last part alone (艾哈迈德在颁奖典礼上…), as the candidate finder reads the names it
        finds (:meth:`CandidateFinder.repeats`): the part is that person when it has two or
        more transliteration characters, is no word of the dictionary, no known name and no
        cue, no other dotted name of the article ends with it, and it is whole tokens after
        the first full mention, overlapping no other mention and not after a dot."""
        finder = self.finder
        owners: dict[str, set[str]] = {}
        names: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for m in found:
            name = norm[m.start : m.end]
            if m.type != PERSON or DOTS not in name:
                continue
            last = name.rsplit(DOTS, 1)[-1]
            names.setdefault(last, set()).add(name)
            if m.canonical_id.startswith("person:"):
                owners.setdefault(last, set()).add(m.canonical_id)
                first[last] = min(first.get(last, m.end), m.end)
        cues = finder.cues
        last_names = {last: next(iter(ids)) for last, ids in owners.items()
                      if len(ids) == 1 and len(names[last]) == 1 and MIN_SURNAME_PART <= len(last)
                      and all(ch in cues.translit for ch in last)
                      and not (finder.freq.get(last) and finder.word_tag.get(last) not in PERSON_TAGS)
                      and last not in cues.stop and last not in finder.known and last not in finder.gate_words}
        if not last_names:
            return found
        # (not after a dot: the last part of another dotted name, 乔治•HW•布什)
        return self._link_parts(text, norm, tokens, found, last_names, first, "last-name",
                                lambda k, e: norm[k - 1 : k] != DOTS)

    def link_glosses(self, text: str, norm: str, candidates: list[Mention]) -> list[Mention]:
        """Candidate persons whose name the article glosses in Latin script with the
        English name of a gazetteer person (马克·鲁特（Mark Rutte）, 卢比欧（Marco Rubio）,
        斯·斯托尔滕贝格（Jens Stoltenberg）) are that person: a spelling the aliases
        lack.  Every candidate of the same name in the document follows."""
        linked: dict[str, str] = {}
        for m in candidates:
            if m.type != PERSON:
                continue
            g = _GLOSS.match(norm, m.end)
            if g is not None:
                pid = self.english_names.get(_english_key(g.group(1)))
                if pid is not None:
                    linked.setdefault(norm[m.start : m.end], pid)
        return self._relink(norm, candidates, linked, "gloss")

    def _relink(self, norm: str, candidates: list[Mention], linked: dict[str, str], source: str) -> list[Mention]:
        """``candidates`` with every unlinked person whose name ``linked`` maps to a
        gazetteer person linked to that person (``source`` says how)."""
        if not linked:
            return candidates
        out = []
        for m in candidates:
            pid = linked.get(norm[m.start : m.end]) if m.type == PERSON and not m.canonical_id else None
            if pid is None:
                out.append(m)
            else:
                person = self.gazetteer.persons[pid]
                out.append(Mention(PERSON, m.start, m.end, m.text, pid, person.name, source=source))
        return out

    def link_titled_surnames(self, norm: str, found: list[Mention], candidates: list[Mention]) -> list[Mention]:
        """Candidate persons written in full with middle dots whose last part is one
        gazetteer person's name (雷杰普·塔伊普·埃尔多安, 安吉拉·默克尔), right after that
        person's state and a title (土耳其总统…, 德国总理…), are that person: a spelling
        the aliases lack.  The state stands for the person's own, so a namesake titled
        by another (美国前商务部长卡洛斯·古铁雷斯 is not Guterres) or by none (拜登之子
        博·拜登, 金·凯瑞) stays a candidate.  Every candidate of the same name in the
        document follows."""
        linked: dict[str, str] = {}
        states = [m for m in found if m.type == PLACE and m.canonical_id]
        for m in candidates:
            if m.type != PERSON or m.canonical_id:
                continue
            name = norm[m.start : m.end]
            k = max(name.rfind(d) for d in DOTS)
            ids = [i for i in self.alias_index.get(name[k + 1 :], ()) if i.startswith("person:")] if k > 0 else []
            if len(ids) != 1:
                continue
            person = self.gazetteer.persons.get(ids[0])
            state = next((p for p in reversed(states) if p.end <= m.start and m.start - p.end <= TITLED_NAME_REACH), None)
            place = self.gazetteer.places.get(state.canonical_id) if state is not None else None
            if person is None or not person.country or place is None or place.country != person.country:
                continue
            gap = norm[state.end : m.start]
            if not gap or not _TITLE_GAP.fullmatch(gap):
                continue
            given = set(name[:k])
            known = [a[: max(a.rfind(d) for d in DOTS)] for a in (person.name, *person.aliases) if any(d in a for d in DOTS)]
            if known and not any(given & set(g) for g in known):
                continue  # (美国总统西奥多·罗斯福 is not 富兰克林·罗斯福: another given name)
            linked.setdefault(name, person.id)
        return self._relink(norm, candidates, linked, "titled")

    def link_initials(self, norm: str, candidates: list[Mention]) -> list[Mention]:
        """Candidate persons written with a middle initial (约瑟夫·R·拜登, 约翰·R·博尔顿)
        are the gazetteer person one of whose aliases is the name without it (约瑟夫·拜登),
        when exactly one person has that alias."""
        out = []
        for m in candidates:
            g = _MIDDLE_INITIAL.fullmatch(norm, m.start, m.end) if m.type == PERSON else None
            ids = [i for i in self.alias_index.get(g.group(1) + DOTS + g.group(2), ()) if i.startswith("person:")] if g else []
            if len(ids) == 1:
                person = self.gazetteer.persons[ids[0]]
                m = Mention(PERSON, m.start, m.end, m.text, person.id, person.name, source="initial")
            out.append(m)
        return out

    # ------------------------------------------------------------------ gazetteer
    def match(self, text: str, norm: str, tokens: list[tuple[int, int]]) -> list[Mention]:
        """Longest whole-token matches against the alias index (no rules applied)."""
        mentions: list[Mention] = []
        n = len(tokens)
        alias_index, prefixes, max_len = self.alias_index, self.alias_prefixes, self.max_alias_len
        # The tokens a name can start at: any of three or more characters (a place and
        # a suffix, two names in one token), a shorter one only if a name starts with
        # it; three in four tokens are neither, and are skipped in one pass.
        starts = [k for k, (s, e) in enumerate(tokens) if e - s >= 3 or norm[s:e] in prefixes]
        i = 0  # the first token not yet inside a match
        for i0 in starts:
            if i0 < i:
                continue
            i = i0
            found = None
            # Longest match over up to MAX_TOKENS whole tokens.
            start = tokens[i][0]
            for j in range(i, min(n, i + MAX_TOKENS)):
                end = tokens[j][1]
                if end - start > max_len:
                    break
                piece = norm[start:end]
                ids = alias_index.get(piece)
                if ids:
                    found = (j, start, end, ids)
                if piece not in prefixes:
                    break
            if found is None and tokens[i][1] - tokens[i][0] < 3:
                i += 1  # too short to be a place + suffix or two names in one token
                continue
            if found is None:
                whole = self._admin_compound(text, norm, *tokens[i])
                if whole is not None:
                    mentions.append(whole)
                    i += 1
                    continue
                for start, end in self._split_compound(norm, *tokens[i]):
                    mention = self._mention(text, start, end, self.alias_index[norm[start:end]])
                    if mention is not None:
                        mentions.append(mention)
                i += 1
                continue
            j, start, end, ids = found
            mention = self._mention(text, start, end, ids)
            if mention is not None:
                mentions.append(mention)
            i = j + 1
        return mentions

    def _mention(self, text: str, start: int, end: int, ids: list[str]) -> Mention | None:
        entity = self.entity(ids[0])
        if entity is None:
            return None
        return Mention(
            type=PERSON if ids[0].startswith("person:") else ORG if ids[0].startswith("org:") else PLACE,
            start=start,
            end=end,
            text=text[start:end],
            canonical_id=entity.id,
            canonical_name=entity.name,
            source="gazetteer",
        )

    # ------------------------------------------------------------------ ambiguity
    def resolve(self, text: str, norm: str, tokens: list[tuple[int, int]], mentions: list[Mention],
                dotted: list[tuple[int, int]] = (), token_index: dict[int, int] | None = None) -> list[Mention]:
        """Apply the ambiguity rules of the module docstring to gazetteer mentions;
        ``dotted``: the spans of middle-dot names."""
        if not mentions:
            return mentions
        if token_index is None:
            token_index = {s: i for i, (s, _) in enumerate(tokens)}
        mention_starts = {m.start for m in mentions}
        books = [(b.start(), b.end()) for b in _BOOK_TITLE.finditer(norm)] if "《" in norm else []
        out = []
        inside_dotted = SpanIndex(dotted)
        inside_book = SpanIndex(books)
        for m in mentions:
            if dotted and inside_dotted.within(m.start, m.end, strict=False):
                continue  # part of a longer transliterated name
            if self._runs_on(norm, tokens, token_index, mention_starts, m):
                continue  # 波布|雷诺: the start of a longer transliterated name
            if m.type == PERSON and NAMED_INSTITUTION.match(norm, m.end):
                continue  # 福特总统博物馆, 里根图书馆, 克林顿基金会: a name in an institution's name
            if m.type == PLACE:
                if books and inside_book.within(m.start, m.end, strict=True):
                    continue
                if self._starts_organisation(norm, tokens, token_index, mention_starts, m.end):
                    continue
                if _names_vessel(norm, tokens, token_index, m.end):
                    continue  # 「银川号」, 辽宁号: a ship or a train named after the place
                person = self._surname_place(text, norm, tokens, token_index, m)
                if person is not None:
                    out.append(person)
                    continue
            out.append(m)
        return out

    def _runs_on(self, norm, tokens, token_index, mention_starts, m: Mention) -> bool:
        """A person's name of transliteration characters only that the next token
        continues with more of them (波布雷诺 is Poblenou, not Pol Pot; 科尔维尔 is Colville,
        not Kohl): no mention starts there, and the token has two or more characters and
        is no word jieba knows as common (特朗普施加 stays)."""
        translit = self.cues.translit
        if m.type != PERSON or not translit or not all(ch in translit for ch in norm[m.start : m.end]):
            return False  # a place may qualify the next name (瑞士苏黎士, 纽约布鲁克林)
        k = token_index.get(m.end)
        if k is None or m.end in mention_starts:
            return False
        s, e = tokens[k]
        word = norm[s:e]
        # One character (里, 多, 克) is too often a word of its own.
        return len(word) > 1 and all(ch in translit for ch in word) and self.freq.get(word, 0) < RUN_ON_MAX_FREQ

    def _starts_organisation(self, norm, tokens, token_index, mention_starts, end: int,
                             heads: tuple[str, ...] | None = None, dotted: bool = False) -> bool:
        """Whether the words from ``end`` on complete an organisation's name: no break,
        at most ORG_MAX_TOKENS tokens, ending in an organisation head (…航空公司), or
        one of ``heads`` instead.  After a ``dotted`` name its Latin gloss may stand
        between, and a head right after it counts even inside a jieba word."""
        heads = self.cues.org_heads if heads is None else heads
        if not heads:
            return False
        if dotted:
            # A head of two or more characters right after the name (报 starts 报道),
            # even inside jieba's word (约翰·霍普金斯|大学) or after the name's Latin gloss
            # (瓦尔特·里德（Walter Reed）军医院: then only right after it).
            long_heads = tuple(h for h in heads if len(h) >= 2)
            gloss = _GLOSS.match(norm, end)
            if gloss is not None:
                k = gloss.end()
                while k < len(norm) and norm[k] == " ":
                    k += 1
                return norm.startswith(long_heads, k)
            if norm.startswith(long_heads, end):
                return True
        k = token_index.get(end)
        if k is None:
            return False
        chars = 0
        for s, e in tokens[k : k + ORG_MAX_TOKENS]:
            word = norm[s:e]
            if (not _HAN.match(word) or s in mention_starts or word in self.org_breakers
                    or (len(word) == 1 and word in ORG_BREAK) or QUANTIFIER_WORD.fullmatch(word)):
                return False
            chars += e - s
            if chars > ORG_MAX_CHARS:
                return False
            if word.endswith(heads) and word not in NOT_ORGANISATION_WORDS:
                return True
        return False

    def _surname_place(self, text, norm, tokens, token_index, m: Mention) -> Mention | None:
        """张高雄, 廖长城: a surname token + a two-character city, province or site
        that jieba's name model reads as one person name → a candidate person instead
        of the place."""
        if m.end - m.start != 2 or not self.cues.surnames:
            return None
        place = self.gazetteer.places.get(m.canonical_id)
        if place is None or place.kind not in ("city", "admin", "site"):
            return None
        k = token_index.get(m.start)
        if not k:
            return None
        s, e = tokens[k - 1]
        ch = norm[s:e]
        if e - s != 1 or ch not in self.cues.surnames or ch in NOT_SURNAME:
            return None
        # The surname must start a word: a single Han character before it would make
        # it the end of another word (…李/长春 inside a longer run).
        if k >= 2:
            ps, pe = tokens[k - 2]
            if pe - ps == 1 and _HAN.match(norm[ps]):
                return None
        # …卢西安|诺: unknown characters right after may continue a transliteration
        if k + 1 < len(tokens):
            ns, ne = tokens[k + 1]
            if ne - ns == 1 and norm[ns] in self.cues.translit:
                return None
        words = _hmm_words(norm[s : m.end])
        if len(words) == 1 and words[0][2] in PERSON_TAGS:
            return Mention(PERSON, s, m.end, text[s : m.end], source=f"{CANDIDATE}:surname+place")
        return None
