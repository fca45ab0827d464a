"""Regenerate ``world_110m.csv``: the world outline behind ``pipeline.viz.event_map``.

Source: Natural Earth 1:110m Cultural Vectors, Admin 0 – Countries (public domain,
https://www.naturalearthdata.com/about/terms-of-use/), as shipped inside the PyPI wheel
``geopandas==0.14.4`` (BSD-3-Clause) at
``geopandas/datasets/naturalearth_lowres/naturalearth_lowres.{shp,dbf}``.  The last
geopandas release that ships the file is 0.14.4; nothing is fetched at run time, this
script only runs when a maintainer regenerates the outline::

    pip download --no-deps geopandas==0.14.4 -d /tmp/gp
    python pipeline/data/make_world_110m.py /tmp/gp/geopandas-0.14.4-py3-none-any.whl

The shapefile is parsed with the standard library (no pyshp/fiona needed).  Coordinates
are rounded to 0.01° (about 1 km, far below the 110m scale's own error) and consecutive
duplicate points dropped, which keeps the CSV well under 300 KB.  One row per polygon
ring: ``iso_a2,iso_a3,name,ring`` where ``ring`` is ``lon lat;lon lat;…``; ``iso_a2``
(added with pycountry, the ``gazetteer`` extra) lets the map shade the countries of
``events.csv``'s ``country`` column.
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
from pathlib import Path

SHP = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp"
DBF = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres.dbf"
OUT = Path(__file__).with_name("world_110m.csv")

HEADER = """\
# World outline for pipeline.viz.event_map: Natural Earth 1:110m Admin 0 - Countries (public domain,
# naturalearthdata.com terms of use), taken from the PyPI wheel geopandas==0.14.4 (BSD-3-Clause),
# geopandas/datasets/naturalearth_lowres. Coordinates rounded to 0.01 degrees. Regenerate with
# pipeline/data/make_world_110m.py. One row per polygon ring; ring = "lon lat;lon lat;...";
# iso_a2 from pycountry (XK for Kosovo; empty where Natural Earth has no ISO code).
"""


def read_dbf(data: bytes) -> list[dict[str, str]]:
    n_records, header_len, record_len = struct.unpack("<xxxxIHH", data[:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for i in range(n_records):
        rec = data[header_len + i * record_len: header_len + (i + 1) * record_len]
        off, row = 1, {}  # byte 0 is the deletion flag
        for name, length in fields:
            row[name] = rec[off:off + length].decode("latin-1").strip()  # the .cpg says ISO-8859-1
            off += length
        rows.append(row)
    return rows


def read_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Rings of every record of a polygon shapefile (shape type 5)."""
    shapes, pos = [], 100
    while pos < len(data):
        _, content_words = struct.unpack(">ii", data[pos:pos + 8])
        content = data[pos + 8: pos + 8 + content_words * 2]
        pos += 8 + content_words * 2
        shape_type = struct.unpack("<i", content[:4])[0]
        if shape_type == 0:
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44:44 + 4 * n_parts]))
        base = 44 + 4 * n_parts
        pts = [struct.unpack("<dd", content[base + 16 * k: base + 16 * k + 16]) for k in range(n_points)]
        bounds = parts + [n_points]
        shapes.append([pts[bounds[j]:bounds[j + 1]] for j in range(n_parts)])
    return shapes


def alpha2(iso_a3: str, name: str) -> str:
    import pycountry

    if name == "Kosovo":
        return "XK"  # user-assigned code, also used by the gazetteer
    country = pycountry.countries.get(alpha_3=iso_a3) if iso_a3 != "-99" else None
    return country.alpha_2 if country else ""


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        shp, dbf = z.read(SHP), z.read(DBF)
    records = read_dbf(dbf)
    shapes = read_polygons(shp)
    assert len(records) == len(shapes), (len(records), len(shapes))
    out = io.StringIO()
    out.write(HEADER)
    out.write("iso_a2,iso_a3,name,ring\n")
    for rec, rings in sorted(zip(records, shapes), key=lambda rs: (rs[0]["iso_a3"], rs[0]["name"])):
        for ring in rings:
            coords, last = [], None
            for x, y in ring:
                p = (f"{x:.2f}".rstrip("0").rstrip("."), f"{y:.2f}".rstrip("0").rstrip("."))
                if p != last:
                    coords.append(" ".join(p))
                last = p
            if len(coords) >= 4:
                name = rec["name"].replace('"', "")
                out.write(f'{alpha2(rec["iso_a3"], name)},{rec["iso_a3"]},"{name}",{";".join(coords)}\n')
    OUT.write_text(out.getvalue(), encoding="utf-8", newline="\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
