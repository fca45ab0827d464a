from hypothesis import given, strategies as st

from pipeline.normalize import detect_script, normalize, to_halfwidth


def test_traditional_and_fullwidth_become_simplified_halfwidth():
    text = "記者今（２５）日從臺灣獲悉，龐培歐與川普在河內會晤"
    twin = normalize(text)
    assert twin == "记者今(25)日从台湾获悉,庞培欧与川普在河内会晤"
    assert len(twin) == len(text)


def test_simplified_text_is_unchanged_except_width():
    text = "金正恩在北京与中国领导人习近平举行了会晤。"
    assert normalize(text) == text.replace("\u3002", "\u3002")


def test_middle_dots_unified():
    assert to_halfwidth("迈克・蓬佩奥") == "迈克·蓬佩奥"


def test_enumeration_comma_variants_unified():
    assert normalize("與時任副總統拜登丶眾議院領袖佩洛西､彭斯") == "与时任副总统拜登、众议院领袖佩洛西、彭斯"


def test_small_form_punctuation_is_punctuation():
    # (新唐人 pages write the small comma: 周一﹐美国国务院…会见了…)
    assert normalize("周一﹐官员會見了代表﹔香港﹑維吾爾人﹙資料﹚﹕好﹗") == "周一,官员会见了代表;香港、维吾尔人(资料):好!"


def test_full_stop_between_han_characters_is_a_name_dot():
    assert normalize("亚当．史密斯和威廉.伊斯特利") == "亚当·史密斯和威廉·伊斯特利"
    # numbers and dates keep their stops
    assert normalize("２０１８．３．２５，增长3.5%。") == "2018.3.25,增长3.5%。"


@given(st.text(max_size=200))
def test_normalize_keeps_length_for_any_text(text):
    assert len(normalize(text)) == len(text)


def test_detect_script():
    assert detect_script("金正恩在北京与中国领导人习近平举行了会晤。") == "simplified"
    assert detect_script("金正恩在北京與中國領導人習近平舉行了會晤。") == "traditional"
    assert detect_script("") == "simplified"
