"""Server-rendered, accessible SVG charts for the KAP report.

Each function returns SVG markup (safe to insert: every text is escaped) with
``role="img"``, a ``<title>`` and a ``<desc>`` referenced by
``aria-labelledby``; the page shows the same numbers in a table beside each
chart. No JavaScript, no external files: the charts work in the downloaded
HTML and in the PDF. Labels are passed in already translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from django.utils.safestring import SafeString, mark_safe

PRE_COLOUR = "#7a7a7a"
POST_COLOUR = "#0b5394"
INK = "#1b1b1b"
GRID = "#c8c8c8"
HATCH_ID = "hatch"


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _svg(
    chart_id: str, width: int, height: int, title: str, desc: str, body: list[str]
) -> SafeString:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="{chart_id}" '
        f'viewBox="0 0 {width} {height}" width="100%" role="img" dir="ltr" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'font-family="system-ui, sans-serif" font-size="12">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>'
    )
    return mark_safe(head + "".join(body) + "</svg>")  # noqa: S308 (all escaped)


def _text(x: float, y: float, text: str, anchor: str = "middle", **attrs) -> str:
    extra = "".join(
        f' {key.replace("_", "-")}="{value}"' for key, value in attrs.items()
    )
    return (
        f'<text x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}" fill="{INK}"{extra}>'
        f"{escape(text)}</text>"
    )


def _legend(
    x: float, y: float, pre_label: str, post_label: str, *, dot: bool = False
) -> list[str]:
    pre_mark = (
        f'<circle cx="{x + 5}" cy="{y - 4}" r="5" fill="{PRE_COLOUR}"/>'
        if dot
        else f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{PRE_COLOUR}"/>'
    )
    return [
        pre_mark,
        _text(x + 14, y, pre_label, "start"),
        f'<rect x="{x + 110}" y="{y - 9}" width="10" height="10" fill="{POST_COLOUR}"/>',
        _text(x + 124, y, post_label, "start"),
    ]


def pre_post_chart(
    rows: Sequence[dict],
    *,
    chart_id: str,
    title: str,
    desc: str,
    pre_label: str,
    post_label: str,
    suppressed_label: str,
) -> SafeString:
    """Grouped bars of the pre and post means (0-100) with 95% CI whiskers.

    ``rows``: ``{"label", "pre", "post", "pre_ci": [low, high] | None,
    "post_ci": ..., "suppressed": bool}`` per domain.
    """
    width, height = 560, 300
    left, right, top, bottom = 44, 16, 30, 250
    plot_h = bottom - top
    group_w = (width - left - right) / max(1, len(rows))
    bar_w = min(48.0, group_w / 3)

    def y(value: float) -> float:
        return bottom - plot_h * max(0.0, min(100.0, value)) / 100

    body = _legend(left, 16, pre_label, post_label)
    for tick in range(0, 101, 20):
        body.append(
            f'<line x1="{left}" x2="{width - right}" y1="{_num(y(tick))}" '
            f'y2="{_num(y(tick))}" stroke="{GRID}" stroke-width="1"/>'
        )
        body.append(_text(left - 6, y(tick) + 4, str(tick), "end"))
    for index, row in enumerate(rows):
        centre = left + group_w * (index + 0.5)
        body.append(_text(centre, bottom + 18, row["label"]))
        if row.get("suppressed"):
            body.append(_text(centre, bottom - 10, suppressed_label))
            continue
        for offset, key, colour in (
            (-bar_w - 2, "pre", PRE_COLOUR),
            (2, "post", POST_COLOUR),
        ):
            value = row.get(key)
            if value is None:
                continue
            x = centre + offset
            body.append(
                f'<rect x="{_num(x)}" y="{_num(y(value))}" width="{_num(bar_w)}" '
                f'height="{_num(bottom - y(value))}" fill="{colour}"/>'
            )
            ci = row.get(f"{key}_ci")
            mid = x + bar_w / 2
            if ci and ci[0] is not None and ci[1] is not None:
                low, high = y(ci[0]), y(ci[1])
                body.append(
                    f'<path d="M{_num(mid)} {_num(low)}V{_num(high)}'
                    f"M{_num(mid - 6)} {_num(low)}h12M{_num(mid - 6)} {_num(high)}h12"
                    f'" stroke="{INK}" stroke-width="1.5" fill="none"/>'
                )
            label_y = y(ci[1]) - 6 if ci and ci[1] is not None else y(value) - 4
            body.append(_text(mid, label_y, _num(value)))
    body.append(
        f'<line x1="{left}" x2="{width - right}" y1="{bottom}" y2="{bottom}" '
        f'stroke="{INK}"/>'
    )
    return _svg(chart_id, width, height, title, desc, body)


def change_chart(
    bins: Sequence[dict],
    *,
    chart_id: str,
    title: str,
    desc: str,
    suppressed_label: str,
) -> SafeString:
    """Bars of the number of learners per band of change (post - pre).

    ``bins``: ``{"label", "n": int | None, "suppressed": bool}``. A suppressed
    bin is drawn as a short hatched bar labelled ``suppressed_label``.
    """
    width, height = 560, 260
    left, right, top, bottom = 40, 10, 20, 200
    counts = [b["n"] for b in bins if b["n"] is not None]
    top_value = max(counts + [1])
    slot = (width - left - right) / max(1, len(bins))
    bar_w = slot * 0.7
    body = [
        f'<defs><pattern id="{chart_id}-{HATCH_ID}" width="6" height="6" '
        f'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{PRE_COLOUR}" stroke-width="2"/>'
        f"</pattern></defs>"
    ]
    for index, item in enumerate(bins):
        x = left + slot * index + (slot - bar_w) / 2
        centre = x + bar_w / 2
        if item.get("suppressed"):
            body.append(
                f'<rect x="{_num(x)}" y="{bottom - 24}" width="{_num(bar_w)}" '
                f'height="24" fill="url(#{chart_id}-{HATCH_ID})" stroke="{PRE_COLOUR}"/>'
            )
            body.append(_text(centre, bottom - 30, suppressed_label))
        else:
            h = (bottom - top - 16) * item["n"] / top_value
            body.append(
                f'<rect x="{_num(x)}" y="{_num(bottom - h)}" width="{_num(bar_w)}" '
                f'height="{_num(h)}" fill="{POST_COLOUR}"/>'
            )
            body.append(_text(centre, bottom - h - 4, str(item["n"])))
        for line, part in enumerate(_wrap(item["label"], 14)[:3]):
            body.append(_text(centre, bottom + 16 + 13 * line, part, font_size="11"))
    body.append(
        f'<line x1="{left}" x2="{width - right}" y1="{bottom}" y2="{bottom}" '
        f'stroke="{INK}"/>'
    )
    return _svg(chart_id, width, height, title, desc, body)


def difficulty_chart(
    items: Sequence[dict],
    *,
    chart_id: str,
    title: str,
    desc: str,
    pre_label: str,
    post_label: str,
) -> SafeString:
    """Dot plot of each item's mean score (proportion correct) pre and post.

    ``items``: ``{"label", "pre": float | None, "post": float | None}`` with
    values in 0..1; a line joins the two dots of an item.
    """
    row_h = 22
    left, right, top = 70, 20, 40
    width = 560
    height = top + row_h * len(items) + 30
    plot_w = width - left - right

    def x(value: float) -> float:
        return left + plot_w * value

    body = _legend(left, 16, pre_label, post_label, dot=True)
    for tick in (0, 0.25, 0.5, 0.75, 1):
        body.append(
            f'<line x1="{_num(x(tick))}" x2="{_num(x(tick))}" y1="{top - 6}" '
            f'y2="{height - 24}" stroke="{GRID}"/>'
        )
        body.append(_text(x(tick), height - 8, f"{int(tick * 100)}%"))
    for index, item in enumerate(items):
        y = top + row_h * index + row_h / 2
        body.append(_text(left - 8, y + 4, item["label"], "end"))
        pre, post = item.get("pre"), item.get("post")
        if pre is not None and post is not None:
            body.append(
                f'<line x1="{_num(x(pre))}" x2="{_num(x(post))}" y1="{_num(y)}" '
                f'y2="{_num(y)}" stroke="{INK}" stroke-width="1.5"/>'
            )
        if pre is not None:
            body.append(
                f'<circle cx="{_num(x(pre))}" cy="{_num(y)}" r="5" fill="{PRE_COLOUR}"/>'
            )
        if post is not None:
            body.append(
                f'<rect x="{_num(x(post) - 5)}" y="{_num(y - 5)}" width="10" '
                f'height="10" fill="{POST_COLOUR}"/>'
            )
    return _svg(chart_id, width, height, title, desc, body)


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines or [""]
