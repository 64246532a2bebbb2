"""Clearly fictional illustrations for the demo gallery, drawn with Pillow.

A simple drawn face, never a photograph: ``droop`` (0 = symmetric, 1 = full palsy;
one number, or one per region: brow, eye, mouth) lowers the brow and mouth corner of
the affected side and keeps its eye from closing; ``synkinesis`` narrows the affected
eye, most of all when smiling. Every image carries a large "DEMO" label.
describe_face() says in words what draw_face() draws, for the alt texts.
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


REGIONS = ("brow", "eye", "mouth")
# At or above this, a region is drawn (and described) as not moving.
PARALYSED = 0.5
# Below this the lid closes completely (see _eye).
EYE_CLOSES = 4 / 26


def by_region(droop) -> dict:
    return droop if isinstance(droop, dict) else dict.fromkeys(REGIONS, droop)


def draw_face(*, expression, droop, affected_side, skin, hair, label, synkinesis=False) -> bytes:
    """A PNG of a drawn face; ``affected_side`` is the patient's side ("left" or "right")."""
    droop = by_region(droop)
    image = Image.new("RGB", (WIDTH, HEIGHT), (236, 241, 245))
    draw = ImageDraw.Draw(image)
    cx, cy = WIDTH // 2, 560
    # The patient's left is the viewer's right.
    affected = 1 if affected_side == "left" else -1

    draw.ellipse((cx - 300, cy - 420, cx + 300, cy + 300), fill=hair)  # hair behind the face
    draw.ellipse((cx - 255, cy - 330, cx + 255, cy + 360), fill=skin, outline=INK, width=4)
    for side in (-1, 1):
        hit = {region: droop[region] if side == affected else 0.0 for region in REGIONS}
        _brow(draw, cx + side * 110, cy - 150 + 28 * hit["brow"], side, expression)
        tight = synkinesis and side == affected
        _eye(draw, cx + side * 110, cy - 70, expression, hit["eye"], synkinesis=tight)
    draw.line((cx, cy - 60, cx - 22, cy + 60, cx + 18, cy + 66), fill=INK, width=4)  # nose
    _mouth(draw, cx, cy + 170, expression, droop["mouth"], affected)

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


def _eye(draw, x, y, expression, hit, synkinesis=False):
    if synkinesis and expression != "eye_closure":
        # The lid narrows with the mouth's movement: nearly shut when smiling.
        height = 7 if expression == "smile" else 20
        draw.ellipse((x - 52, y - height, x + 52, y + height), fill="white", outline=INK, width=5)
        draw.ellipse((x - 14, y - min(height, 14), x + 14, y + min(height, 14)), fill=(70, 90, 110))
        return
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


def describe_face(*, expression, droop, affected_side, stage, synkinesis=False):
    """(German, English) alt text for draw_face() with the same arguments.

    It says what the drawing shows and nothing more: a side that does not move is
    never said to smile, and a result that only changes the face at rest is never
    said to move.
    """
    droop = by_region(droop)
    side_de, side_en = ("linke", "left") if affected_side == "left" else ("rechte", "right")
    other_de, other_en = ("rechte", "right") if affected_side == "left" else ("linke", "left")
    mouth_stays = droop["mouth"] >= PARALYSED and not synkinesis
    eye_open = droop["eye"] >= EYE_CLOSES
    facts = []
    if expression == "rest":
        what = ("in Ruhe", "at rest")
        facts.append(
            (
                f"der {side_de} Mundwinkel hängt tiefer",
                f"the {side_en} corner of the mouth hangs lower",
            )
            if droop["mouth"] >= PARALYSED
            else (
                "beide Mundwinkel stehen fast gleich hoch",
                "both corners of the mouth are almost level",
            )
        )
        facts.append(
            (f"die {side_de} Augenbraue steht tiefer", f"the {side_en} eyebrow sits lower")
            if droop["brow"] >= PARALYSED
            else ("beide Augenbrauen stehen fast gleich hoch", "both eyebrows are almost level")
        )
        if synkinesis:
            facts.append((f"das {side_de} Auge ist enger", f"the {side_en} eye is narrower"))
        elif droop["eye"] >= PARALYSED:
            facts.append(
                (f"das {side_de} Auge ist weiter offen", f"the {side_en} eye is open wider")
            )
    elif expression == "smile":
        if mouth_stays:
            what = ("beim Versuch zu lächeln", "trying to smile")
            facts.append(
                (
                    f"nur der {other_de} Mundwinkel hebt sich, der {side_de} bleibt unten",
                    f"only the {other_en} corner of the mouth lifts; the {side_en} one stays down",
                )
            )
        elif synkinesis:
            what = ("beim Lächeln", "smiling")
            facts.append(
                (
                    f"der {side_de} Mundwinkel hebt sich weniger als der {other_de}, und das {side_de} Auge schließt sich dabei fast",
                    f"the {side_en} corner of the mouth lifts less than the {other_en} one, and the {side_en} eye almost closes",
                )
            )
        else:
            what = ("beim Lächeln", "smiling")
            facts.append(
                (
                    f"beide Mundwinkel heben sich, der {side_de} fast so weit wie der {other_de}",
                    f"both corners of the mouth lift, the {side_en} one almost as far as the {other_en}",
                )
            )
    else:  # eye_closure
        if eye_open:
            what = ("beim Versuch, die Augen zu schließen", "trying to close the eyes")
            facts.append(
                (
                    f"das {other_de} Auge ist geschlossen, das {side_de} bleibt offen und der Augapfel dreht sich nach oben",
                    f"the {other_en} eye is closed; the {side_en} eye stays open and the eyeball turns upwards",
                )
            )
        else:
            what = ("beim Schließen der Augen", "closing the eyes")
            facts.append(("beide Augen sind geschlossen", "both eyes are closed"))
        if droop["mouth"] >= PARALYSED:
            facts.append(
                (
                    f"der {side_de} Mundwinkel hängt tiefer",
                    f"the {side_en} corner of the mouth hangs lower",
                )
            )
    when = (
        ("vor der Behandlung", "before treatment")
        if stage == "before"
        else ("nach der Behandlung", "after treatment")
    )
    german = (
        f"Gezeichnetes Demo-Gesicht {what[0]}, {when[0]}: " + "; ".join(f[0] for f in facts) + "."
    )
    english = f"Drawn demo face {what[1]}, {when[1]}: " + "; ".join(f[1] for f in facts) + "."
    return german, english
