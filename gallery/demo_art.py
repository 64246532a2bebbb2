"""Clearly fictional illustrations for the demo gallery, drawn with Pillow.

A simple drawn face, never a photograph: ``droop`` (0 = symmetric, 1 = full palsy)
lowers the brow and mouth corner of the affected side and keeps its eye from closing.
Every image carries a large "DEMO" label.
"""

import io
import math

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 900, 1100
INK = (40, 44, 52)


def _font(size):
    # DejaVu has the umlauts; Pillow's built-in font is the fallback on bare machines.
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def draw_face(*, expression, droop, affected_side, skin, hair, label) -> bytes:
    """A PNG of a drawn face; ``affected_side`` is the patient's side ("left" or "right")."""
    image = Image.new("RGB", (WIDTH, HEIGHT), (236, 241, 245))
    draw = ImageDraw.Draw(image)
    cx, cy = WIDTH // 2, 560
    # The patient's left is the viewer's right.
    affected = 1 if affected_side == "left" else -1

    draw.ellipse((cx - 300, cy - 420, cx + 300, cy + 300), fill=hair)  # hair behind the face
    draw.ellipse((cx - 255, cy - 330, cx + 255, cy + 360), fill=skin, outline=INK, width=4)
    for side in (-1, 1):
        hit = droop if side == affected else 0.0
        _brow(draw, cx + side * 110, cy - 150 + 28 * hit, side, expression)
        _eye(draw, cx + side * 110, cy - 70, expression, hit)
    draw.line((cx, cy - 60, cx - 22, cy + 60, cx + 18, cy + 66), fill=INK, width=4)  # nose
    _mouth(draw, cx, cy + 170, expression, droop, affected)

    draw.rectangle((0, 0, WIDTH, 92), fill=(120, 20, 20))
    draw.text(
        (WIDTH // 2, 46), "DEMO · fiktive Illustration", fill="white", font=_font(44), anchor="mm"
    )
    draw.rectangle((0, HEIGHT - 110, WIDTH, HEIGHT), fill=(255, 255, 255))
    draw.text(
        (WIDTH // 2, HEIGHT - 76),
        "fictional illustration – no real patient",
        fill=INK,
        font=_font(30),
        anchor="mm",
    )
    draw.text((WIDTH // 2, HEIGHT - 34), label, fill=INK, font=_font(30), anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=1)
    return out.getvalue()


def _brow(draw, x, y, side, expression):
    lift = -30 if expression == "brow_raise" else 0
    draw.line((x - 60, y + lift + 6 * side, x + 60, y + lift - 6 * side), fill=INK, width=10)


def _eye(draw, x, y, expression, hit):
    closing = expression == "eye_closure" or (expression == "smile" and hit == 0)
    if expression == "eye_closure":
        gap = 26 * hit  # the affected lid does not close: white of the eye stays visible
        if gap < 4:
            draw.arc((x - 50, y - 20, x + 50, y + 20), 10, 170, fill=INK, width=6)
            return
        draw.ellipse((x - 50, y - gap, x + 50, y + gap), fill="white", outline=INK, width=5)
        draw.ellipse((x - 12, y - gap - 8, x + 12, y - gap + 10), fill=INK)  # eyeball turned up
        return
    height = 30 + 10 * hit if not closing else 22
    draw.ellipse((x - 52, y - height, x + 52, y + height), fill="white", outline=INK, width=5)
    draw.ellipse((x - 18, y - 18, x + 18, y + 18), fill=(70, 90, 110))


def _mouth(draw, cx, cy, expression, droop, affected):
    smile = expression == "smile"
    points = []
    for step in range(-10, 11):
        t = step / 10  # -1 … 1 across the mouth, viewer's left to right
        x = cx + 115 * t
        side_hit = droop if (t > 0) == (affected > 0) else 0.0
        curve = (1 - t * t) * (22 if smile else 6)
        corner = abs(t) ** 2
        lift = (-55 if smile else 0) * corner * (1 - side_hit)
        sag = 38 * side_hit * corner
        points.append((x, cy + curve + lift + sag))
    draw.line(points, fill=INK, width=9, joint="curve")
    if smile:
        for side in (-1, 1):
            hit = droop if side == affected else 0.0
            if hit < 0.5:
                x = cx + side * 150
                draw.arc(
                    (x - 40, cy - 90, x + 40, cy + 10),
                    60 if side > 0 else 0,
                    180 if side > 0 else 120,
                    fill=INK,
                    width=4,
                )


def frames_for_smile_video(*, skin, hair, label, count=24):
    """PNG frames of a face that smiles and relaxes again (for the demo video)."""
    for index in range(count):
        phase = math.sin(math.pi * index / (count - 1))
        expression = "smile" if phase > 0.35 else "rest"
        yield draw_face(
            expression=expression,
            droop=0.15,
            affected_side="left",
            skin=skin,
            hair=hair,
            label=label,
        )
