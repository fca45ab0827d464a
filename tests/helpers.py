"""Helpers for the tests: small documents built from text written for the tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.models import Block, Document
from pipeline.normalize import detect_script, normalize

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def make_document(*paragraphs: str, doc_id: str = "t1", published: str = "", captions: dict | None = None) -> Document:
    """A Document whose blocks are the given paragraphs (one per line).  A paragraph
    written as ``("2018年6月：北京", "6月19日到20日，…")`` becomes a gallery caption whose
    heading is the first element."""
    blocks, parts, pos = [], [], 0
    for para in paragraphs:
        if isinstance(para, tuple):
            heading, body = para
            text = f"{heading}：{body}"
            blocks.append(Block("caption", text, pos, pos + len(text), pos + len(heading)))
        else:
            text = para
            blocks.append(Block("paragraph", text, pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 1
    full = "\n".join(parts)
    norm = normalize(full)
    return Document(
        doc_id=doc_id, path=f"{doc_id}.txt", sha256=hashlib.sha256(full.encode()).hexdigest(), encoding="utf-8",
        format="text", title="", url="", source="", published=published, author="",
        script=detect_script(full, norm), text=full, norm=norm, blocks=tuple(blocks),
    )
