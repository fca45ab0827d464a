import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.segment import Segmenter, clauses, sentences

NAMES = ["符拉迪沃斯托克", "文在寅", "蓬佩奥", "李雪主", "宋涛", "板门店", "非军事区", "川金会"]


@pytest.fixture(scope="module")
def segmenter():
    return Segmenter(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_name_is_one_token_in_context(segmenter, name):
    for text in (name, f"金正恩与{name}举行会谈", f"{name}表示，", f"抵达{name}后"):
        assert name in segmenter.cut(text), (text, segmenter.cut(text))


def test_title_before_name_does_not_swallow_it(segmenter):
    words = segmenter.cut("与前来迎接的中共中央对外联络部长宋涛在专列内谈话")
    assert "宋涛" in words


def test_ordinary_text_segments_as_before():
    # jieba #828: bulk add_word must not change how unrelated text is cut.
    plain = jieba.Tokenizer()
    ours = Segmenter(NAMES)
    for text in ("他乘坐特制绿色专列抵达北京。", "据信专列可携带多辆防弹车，拥有自己的通讯系统。",
                 "双方无法在取消制裁以及去核化的步骤方面取得共识。"):
        assert list(plain.cut(text, HMM=False)) == ours.cut(text)


# Characters that exercise every branch of jieba's cut: dictionary words and their
# prefixes, names we added, unknown Han characters, Latin letters and digits (joined
# when single), the other characters of jieba's blocks (+#&._%-), whitespace runs and
# punctuation outside blocks.
_ALPHABET = list("金正恩与文在寅举行会谈北京中华人民共和国访问符拉迪沃斯托克宋涛的了是鿏鿐") + \
    list("abcXYZ019+#&._%-") + [" ", "  ", "\r\n", "\n", "\t", "。", "，", "“", "（", "!", "🙂"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ALPHABET), max_size=60).map("".join))
def test_tokens_are_exactly_jiebas_words(segmenter, text):
    # Segmenter.tokens reimplements Tokenizer.cut(HMM=False) to produce offsets
    # directly; it must give the same words, every time (also from its block cache).
    expected = list(segmenter.tokenizer.cut(text, HMM=False))
    for _ in range(2):
        toks = segmenter.tokens(text)
        assert [text[s:e] for s, e in toks] == expected


def test_added_name_invalidates_kept_blocks():
    seg = Segmenter(["宋涛"], use_cache=False)
    assert seg.cut("乌兰巴托尔") == list(seg.tokenizer.cut("乌兰巴托尔", HMM=False))
    seg.add_name("乌兰巴托尔")
    assert seg.cut("乌兰巴托尔") == ["乌兰巴托尔"]


def test_tokens_cover_text_with_offsets(segmenter):
    text = "金正恩乘火车来到符拉迪沃斯托克。"
    toks = segmenter.tokens(text)
    assert toks[0][0] == 0 and toks[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(toks, toks[1:]))


def test_sentences_and_clauses():
    text = "金正恩访问北京。他说：“很好！”然后离开\n新段落"
    spans = sentences(text)
    assert [text[s:e] for s, e in spans] == ["金正恩访问北京。", "他说：“很好！”", "然后离开", "新段落"]
    s, e = spans[1]
    assert [text[a:b] for a, b in clauses(text, s, e)] == ["他说", "“很好！”"]


def test_sentences_without_punctuation_are_cut_into_bounded_pieces():
    # A page-long run without sentence punctuation would make per-sentence work
    # quadratic downstream; it is cut at a comma or space, else hard.
    from pipeline.segment import MAX_SENTENCE_CHARS

    text = "金正恩访问北京，" * 400 + "短句。" + "字" * 2500
    spans = sentences(text)
    assert all(0 < e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert all(text[e - 1] == "，" for s, e in spans[:3]), "cut after a comma when there is one"
    assert any(text[s:e].endswith("短句。") for s, e in spans), "sentence ends are kept"
    assert "".join(text[s:e] for s, e in spans) == text


def test_stored_name_frequencies_rebuild_the_same_dictionary(tmp_path, monkeypatch):
    monkeypatch.setenv("CNEVENTS_CACHE_DIR", str(tmp_path))
    names = ["板门店", "符拉迪沃斯托克", "金正恩", "特朗普", "文在寅", "李雪主"]
    fresh = Segmenter(names, use_cache=False)
    first = Segmenter(names)  # builds and stores
    assert len(list(tmp_path.glob("tokenizer-*.marshal"))) == 1
    second = Segmenter(names)  # replays the stored frequencies
    for seg in (first, second):
        assert seg.tokenizer.FREQ == fresh.tokenizer.FREQ and seg.tokenizer.total == fresh.tokenizer.total
        assert seg.names == fresh.names
    # Other names: another key, never the stored frequencies of the first list.
    other = Segmenter(names[:3])
    assert "文在寅" not in other.names and len(list(tmp_path.glob("tokenizer-*.marshal"))) == 2
    # A damaged file is ignored and rebuilt.
    for path in tmp_path.glob("tokenizer-*.marshal"):
        path.write_bytes(b"\x00garbage")
    assert Segmenter(names).tokenizer.FREQ == fresh.tokenizer.FREQ


def test_stored_posseg_tables_are_jieba_posseg_tables(tmp_path, monkeypatch):
    import jieba.posseg as pseg

    from pipeline import segment

    monkeypatch.setenv("CNEVENTS_CACHE_DIR", str(tmp_path))
    segment.pos_model.cache_clear()
    try:
        built = segment.pos_model()  # from jieba.posseg, then stored
        assert len(list(tmp_path.glob("posseg-*.marshal"))) == 1
        segment.pos_model.cache_clear()
        loaded = segment.pos_model()  # from the stored file
        assert loaded is not built
        for model in (built, loaded):
            assert model.word_tag == pseg.dt.word_tag_tab
            assert (model.char_state, model.start, model.trans, model.emit) == (
                pseg.char_state_tab_P, pseg.start_P, pseg.trans_P, pseg.emit_P)
        # A damaged file is ignored and rebuilt.
        for path in tmp_path.glob("posseg-*.marshal"):
            path.write_bytes(b"\x00garbage")
        segment.pos_model.cache_clear()
        assert segment.pos_model().emit == pseg.emit_P
    finally:
        segment.pos_model.cache_clear()


def test_a_dictionary_word_of_a_marker_and_a_name_does_not_swallow_the_name():
    # jieba's dictionary has 向普京 and 和普京 (rare nr/nz entries): with 普京 one of our
    # names the marker stays a word of its own (向普京致信: 普京 is written to)
    seg = Segmenter(["普京", "柏林"], use_cache=False)
    assert seg.cut("习近平向普京致信") == ["习近平", "向", "普京", "致信"]
    assert "普京" in seg.cut("和普京会谈") and "柏林" in seg.cut("于柏林举行")
    # without the name in our lists jieba's word stays
    assert "向普京" in Segmenter([], use_cache=False).cut("习近平向普京致信")


def test_a_dictionary_word_of_a_mission_named_with_zhu_does_not_hide_its_states():
    # jieba has 美国驻华大使馆, 中国驻德国使馆 and 驻华大使 as words
    seg = Segmenter(["美国", "中国", "德国"], use_cache=False)
    assert seg.cut("美国驻华大使馆发表声明")[:3] == ["美国", "驻华", "大使馆"]
    assert seg.cut("中国驻德国使馆")[:3] == ["中国", "驻", "德国"]
    assert "驻华大使" not in seg.cut("他会见了驻华大使")
    # other words with 驻 stay (驻扎, 驻港部队)
    assert "驻扎" in seg.cut("部队驻扎在边境")
