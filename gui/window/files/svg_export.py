"""SVG that every renderer draws alike (browsers, Inkscape, rsvg, ImageMagick, Qt).

QSvgGenerator writes a plot's curves in data coordinates inside a group whose transform scales x
and y very differently (x by 0.01, y by −775, say), and keeps their 2-pixel lines 2 pixels wide
with `vector-effect="non-scaling-stroke"`, an SVG Tiny 1.2 feature. Renderers without it (rsvg,
ImageMagick) scale the stroke with the transform: the test-set line became a 1,500-pixel orange
block. `flatten_stroked_groups` applies such a group's transform to its coordinates itself and
drops it, so widths and dash lengths are plain pixels everywhere.
"""

from __future__ import annotations

import re

_GROUP = re.compile(r'(<g\b[^>]*?)\stransform="matrix\(([^)]*)\)"([^>]*>)(.*?)(</g>)', re.DOTALL)
_SHAPE = re.compile(r"<(path|polyline|polygon)\b[^>]*/>")
_NUMBER = r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_PAIR = re.compile(rf"({_NUMBER})\s*,\s*({_NUMBER})")


def flatten_stroked_groups(svg: str) -> str:
    """`svg` with the transform of every group holding only paths and polylines applied to their
    coordinates (absolute commands M, L, C, Q, Z; anything else leaves the group as it is)."""
    return _GROUP.sub(_flatten_group, svg)


def _flatten_group(m: re.Match) -> str:
    head, matrix, head_end, body, tail = m.groups()
    a, b, c, d, e, f = (float(v) for v in matrix.split(","))
    if not body.strip() or _SHAPE.sub("", body).strip():
        return m.group(0)  # empty, or holds text, images, rects ...: leave as written

    def point(pm: re.Match) -> str:
        x, y = float(pm.group(1)), float(pm.group(2))
        return f"{a * x + c * y + e:.6g},{b * x + d * y + f:.6g}"

    def shape(sm: re.Match) -> str:
        element = sm.group(0)
        for attribute, allowed in ((" d=", set("MLCQZ")), (" points=", set())):
            am = re.search(attribute + r'"([^"]*)"', element)
            if am is None:
                continue
            letters = set(re.findall(r"[A-Za-z]", re.sub(_NUMBER, "", am.group(1))))
            if not letters <= allowed:
                raise _NotFlattenedError  # relative or arc commands: not flattened here
            element = element[:am.start(1)] + _PAIR.sub(point, am.group(1)) + element[am.end(1):]
        return element

    try:
        body = _SHAPE.sub(shape, body)
    except _NotFlattenedError:
        return m.group(0)
    return f'{head} transform="matrix(1,0,0,1,0,0)"{head_end}{body}{tail}'


class _NotFlattenedError(Exception):
    """A shape this module does not rewrite: its group stays as QSvgGenerator wrote it."""
