"""Draw simple "numbered steps" illustrations with Pillow. No database access.

Used by the demo to show the image block with a real, locally made picture:
three panels, each with a number, a symbol and a short label.
"""

import io

from PIL import Image, ImageDraw, ImageFont

PANEL_COLOURS = [(214, 69, 65), (232, 145, 36), (46, 139, 87)]
BACKGROUND = (250, 248, 240)
INK = (30, 30, 30)


def _stop(draw: ImageDraw.ImageDraw, cx: int, cy: int, r: int, colour) -> None:
    """An octagon, like a stop sign."""
    draw.regular_polygon((cx, cy, r), 8, rotation=22.5, fill=colour)
    draw.rectangle((cx - r // 2, cy - r // 8, cx + r // 2, cy + r // 8), fill="white")


def _block(draw: ImageDraw.ImageDraw, cx: int, cy: int, r: int, colour) -> None:
    """A circle with a diagonal bar: "blocked"."""
    width = max(6, r // 5)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=width)
    offset = int(r * 0.7)
    draw.line(
        (cx - offset, cy + offset, cx + offset, cy - offset), fill=colour, width=width
    )


def _tell(draw: ImageDraw.ImageDraw, cx: int, cy: int, r: int, colour) -> None:
    """A speech bubble: "tell someone"."""
    draw.rounded_rectangle(
        (cx - r, cy - int(r * 0.7), cx + r, cy + int(r * 0.5)),
        radius=r // 3,
        fill=colour,
    )
    draw.polygon(
        [
            (cx - r // 3, cy + int(r * 0.45)),
            (cx - r // 2, cy + r),
            (cx, cy + int(r * 0.45)),
        ],
        fill=colour,
    )
    for dx in (-r // 2, 0, r // 2):
        draw.ellipse(
            (cx + dx - r // 10, cy - r // 10 - 8, cx + dx + r // 10, cy + r // 10 - 8),
            fill="white",
        )


SYMBOLS = [_stop, _block, _tell]


def draw_three_steps_png(
    labels: list[str], *, font_path: str, width: int = 1500
) -> bytes:
    """Return a PNG with three panels (stop, block, tell) and their labels."""
    if len(labels) != 3:
        raise ValueError("Exactly three step labels are needed.")
    height = width * 2 // 5
    image = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    number_font = ImageFont.truetype(font_path, width // 25)
    label_font = ImageFont.truetype(font_path, width // 40)
    panel = width // 3
    for index, (label, symbol, colour) in enumerate(
        zip(labels, SYMBOLS, PANEL_COLOURS, strict=True)
    ):
        left = index * panel
        draw.rounded_rectangle(
            (left + 20, 20, left + panel - 20, height - 20),
            radius=30,
            outline=colour,
            width=8,
        )
        draw.text((left + 50, 40), str(index + 1), font=number_font, fill=colour)
        symbol(draw, left + panel // 2, height // 2 - 20, panel // 6, colour)
        draw.multiline_text(
            (left + panel // 2, height - 70),
            label,
            font=label_font,
            fill=INK,
            anchor="md",
            align="center",
        )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
