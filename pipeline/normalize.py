"""Length-preserving normalisation: the *matching twin* of a text.

``normalize(text)`` returns a string of exactly ``len(text)`` characters in which
traditional characters are converted to simplified (OpenCC ``t2s``), full-width ASCII
(digits, Latin letters, punctuation such as ``（２５）``) becomes half-width, the
ideographic space becomes a plain space, middle-dot variants (and a full stop
between two Han characters) become ``·``, and enumeration-comma variants (丶, ､)
become ``、``.  Because the conversion is character for
character, an offset found on the twin is valid on the original, so taggers match on
the twin and report evidence from the original.
"""

from __future__ import annotations

import functools
import re

import opencc

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
# Middle-dot variants used in transliterated names (迈克·蓬佩奥) → U+00B7.
for _cp in (0x30FB, 0x2022, 0x2027, 0xFF65, 0x2219, 0x22C5):
    _FULLWIDTH[_cp] = 0x00B7
# Enumeration-comma variants → 、 (U+3001): the radical 丶 typed for 、 by Hong Kong and
# Taiwan input methods (时任副总统拜登丶众议院民主党领袖佩洛西; 74 of the 2,932
# development files), and the half-width ､.  丶 is no word of news text.
for _cp in (0x4E36, 0xFF64):
    _FULLWIDTH[_cp] = 0x3001
# Small form variants (U+FE50–FE5A: 周一﹐美国国务院…, 香港﹑维吾尔人) are punctuation
# like their full-width twins.
_FULLWIDTH.update({0xFE50: 0x2C, 0xFE51: 0x3001, 0xFE52: 0x2E, 0xFE54: 0x3B, 0xFE55: 0x3A, 0xFE56: 0x3F,
                   0xFE57: 0x21, 0xFE59: 0x28, 0xFE5A: 0x29})
# A full stop between two Han characters is a name separator (亚当．史密斯, 威廉.伊斯特利
# in Taiwan and Hong Kong texts); digits around it are a number or a date.
_NAME_STOP = re.compile(r"(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])")
# Han characters: CJK Extension A, the Unified Ideographs and the Compatibility Ideographs.
_HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_HAN_RUN = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _HAN_RANGES) + "]+")


@functools.lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_halfwidth(text: str) -> str:
    """Full-width ASCII and the ideographic space → half-width (1:1)."""
    return text.translate(_FULLWIDTH)


def to_simplified(text: str) -> str:
    """OpenCC t2s, guaranteed to keep the length.

    OpenCC converts phrases; where a phrase conversion changes the length of a line, that
    line is converted character by character instead.
    """
    if not text:
        return text
    converter = _converter()
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    lines = text.split("\n")
    out = []
    for line in lines:
        conv = converter.convert(line)
        if len(conv) != len(line):
            chars = []
            for ch in line:
                c = converter.convert(ch)
                chars.append(c if len(c) == 1 else ch)
            conv = "".join(chars)
        out.append(conv)
    return "\n".join(out)


def normalize(text: str) -> str:
    """The matching twin of ``text``: simplified script, half-width; same length."""
    twin = to_simplified(to_halfwidth(text))
    if "." in twin:
        twin = _NAME_STOP.sub("\u00b7", twin)
    assert len(twin) == len(text), "normalisation must keep offsets"
    return twin


def _changed_han(text: str, twin: str) -> int:
    """How many Han characters of ``text`` differ in ``twin`` (same length): compared as
    arrays of code points, not character by character in Python."""
    import numpy as np  # with pandas; imported here to keep the package's import light

    a = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    b = np.frombuffer(twin.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    diff = a[a != b]
    return int(sum(((diff >= a) & (diff <= b)).sum() for a, b in _HAN_RANGES))


def detect_script(text: str, twin: str | None = None) -> str:
    """``traditional`` when at least 5% of the Han characters (and at least 3) change
    under t2s, otherwise ``simplified``.  Most characters are the same in both scripts,
    so a small share of changed characters already marks a traditional text."""
    if twin is None:
        twin = normalize(text)
    han = sum(map(len, _HAN_RUN.findall(text)))
    changed = 0 if text == twin else _changed_han(text, twin)
    if han and changed >= 3 and changed / han >= 0.05:
        return "traditional"
    return "simplified"
