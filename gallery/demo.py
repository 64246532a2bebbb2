"""Demo gallery for ``manage.py load_demo``: fictional patients, drawn faces, consents.

Six cases are public; one more case's consent is withdrawn and another's has
expired, so both must stay invisible. A short video is added where ffmpeg exists.
"""

import datetime
import io
import subprocess
import tempfile
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image, ImageDraw

from content.models import Page
from gallery.demo_art import describe_face, draw_face, frames_for_smile_video
from gallery.models import Case, Consent, MediaItem, Patient, PublicationStatus
from gallery.services import consent_record, consent_withdraw, media_item_save
from gallery.uploads import clean_captions, clean_image, clean_signed_form
from gallery.videos import clean_video, video_tools_available

MEDIA_USERNAME = "medien"
MEDIA_PASSWORD = "demo-fazialis"  # noqa: S105 - documented demo login, demo data only
MEDIA_GROUP = "Medien"

SKIN = [(232, 200, 170), (198, 152, 118), (150, 105, 78), (241, 214, 190)]
HAIR = [(90, 60, 40), (40, 35, 35), (170, 130, 80), (120, 120, 125)]

CASES = [
    {
        "code": "FP-DEMO01", "after": {"brow": 1.0, "eye": 1.0, "mouth": 0.15}, "birth_year": 1979, "cause": "idiopathic", "side": "left",
        "before": 30, "since": 24, "pages": ["free-muscle-transfer", "cross-face-nerve-graft"],
        "expressions": ["rest", "smile"], "social": False, "video": True,
        "title": ("Lächeln nach freier Muskeltransplantation", "Smile after free muscle transfer"),
        "text": (
            "Fiktiver Demo-Fall. Nach einer Bell-Parese blieb die linke Gesichtshälfte zweieinhalb Jahre gelähmt. "
            "Ein Muskel aus dem Oberschenkel wurde in die Wange verpflanzt und über ein Nerventransplantat "
            "von der gesunden Seite versorgt. Nach zwei Jahren und viel Training kann die Patientin wieder lächeln.",
            "Fictional demo case. After Bell's palsy, the left side of the face stayed paralysed for two and a half "
            "years. A muscle from the thigh was moved to the cheek and connected to the healthy side by a nerve "
            "graft. Two years and much training later, the patient can smile again.",
        ),
    },
    {
        "code": "FP-DEMO02", "after": 0.3, "birth_year": 1966, "cause": "tumour", "side": "right",
        "before": 8, "since": 14, "pages": ["nerve-transfers"],
        "expressions": ["rest", "smile"], "social": True, "video": False,
        "title": ("Nerventransfer nach Tumoroperation", "Nerve transfer after tumour surgery"),
        "text": (
            "Fiktiver Demo-Fall. Nach der Entfernung eines gutartigen Tumors am Hörnerv war die rechte Seite gelähmt. "
            "Nach acht Monaten wurde ein Ast des Kaumuskelnervs auf den Gesichtsnerv umgeleitet.",
            "Fictional demo case. After removal of a benign tumour on the hearing nerve, the right side was paralysed. "
            "After eight months, a branch of the chewing-muscle nerve was connected to the facial nerve.",
        ),
    },
    {
        "code": "FP-DEMO03", "after": {"brow": 1.0, "eye": 1.0, "mouth": 0.25}, "birth_year": 1958, "cause": "zoster", "side": "left",
        "before": 20, "since": 12, "pages": ["temporalis-myoplasty"],
        "expressions": ["rest", "smile"], "social": False, "video": False,
        "title": ("Temporalis-Verlängerungsmyoplastik", "Lengthening temporalis myoplasty"),
        "text": (
            "Fiktiver Demo-Fall. Nach einer Gürtelrose am Ohr erholte sich die linke Seite nicht. "
            "Der Schläfenmuskel wurde an den Mundwinkel verlagert; nach einem halben Jahr Training hebt er ihn beim Lächeln.",
            "Fictional demo case. After shingles of the ear, the left side did not recover. The temple muscle was "
            "moved to the corner of the mouth; after six months of training it lifts it when smiling.",
        ),
    },
    {
        "code": "FP-DEMO04", "after": {"brow": 1.0, "eye": 0.1, "mouth": 1.0}, "birth_year": 1990, "cause": "injury", "side": "right",
        "before": 3, "since": 6, "pages": ["eyelid-procedures"],
        "expressions": ["eye_closure"], "social": False, "video": False,
        "title": ("Lidschluss mit Oberlidgewicht", "Eye closure with an upper-lid weight"),
        "text": (
            "Fiktiver Demo-Fall. Nach einem Unfall schloss das rechte Auge nicht mehr. "
            "Ein kleines Platingewicht im Oberlid hilft dem Lid, sich zu schließen, und schützt die Hornhaut.",
            "Fictional demo case. After an accident, the right eye no longer closed. A small platinum weight in the "
            "upper lid helps the lid close and protects the cornea.",
        ),
    },
    {
        "code": "FP-DEMO05", "before_droop": 0.4, "synkinesis": True, "after": 0.15, "birth_year": 1985, "cause": "idiopathic", "side": "left",
        "before": 40, "since": 9, "pages": ["synkinesis-treatment"],
        "expressions": ["smile", "rest"], "social": True, "video": False,
        "title": ("Weniger Mitbewegungen nach selektiver Neurektomie", "Less synkinesis after selective neurectomy"),
        "text": (
            "Fiktiver Demo-Fall. Nach einer Bell-Parese schloss sich beim Lächeln das linke Auge mit. "
            "Nach Fazialistraining, Botulinumtoxin und einer selektiven Neurektomie ist das Lächeln freier.",
            "Fictional demo case. After Bell's palsy, the left eye closed whenever the patient smiled. After facial "
            "retraining, botulinum toxin and a selective neurectomy, the smile is freer.",
        ),
    },
    {
        "code": "FP-DEMO06", "after": {"brow": 1.0, "eye": 1.0, "mouth": 0.15}, "age": 15, "cause": "congenital", "side": "right",
        "before": 150, "since": 18, "pages": ["free-muscle-transfer"],
        "expressions": ["rest", "smile"], "social": False, "video": False,
        "title": ("Angeborene Lähmung: ein neues Lächeln", "Congenital palsy: a new smile"),
        "text": (
            "Fiktiver Demo-Fall einer Jugendlichen mit angeborener Lähmung der rechten Seite. "
            "Beide Eltern und die Jugendliche selbst haben der Veröffentlichung zugestimmt.",
            "Fictional demo case of a teenager with congenital palsy of the right side. Both parents and the young "
            "person herself agreed to the publication.",
        ),
    },
    {
        "code": "FP-DEMO07", "after": {"brow": 1.0, "eye": 1.0, "mouth": 0.2}, "birth_year": 1949, "cause": "surgery", "side": "left",
        "before": 60, "since": 10, "pages": ["static-procedures"],
        "expressions": ["rest"], "social": False, "video": False, "withdrawn": True,
        "title": ("Zügelplastik (Einwilligung widerrufen)", "Static sling (consent withdrawn)"),
        "text": ("Fiktiver Demo-Fall, dessen Einwilligung widerrufen wurde.", "Fictional demo case whose consent was withdrawn."),
    },
    {
        "code": "FP-DEMO08", "after": {"brow": 0.15, "eye": 1.0, "mouth": 1.0}, "birth_year": 1972, "cause": "idiopathic", "side": "right",
        "before": 26, "since": 8, "pages": ["facelift-brow-lift"],
        "expressions": ["rest"], "social": False, "video": False, "expired": True,
        "title": ("Stirnlift (Einwilligung abgelaufen)", "Brow lift (consent expired)"),
        "text": ("Fiktiver Demo-Fall mit abgelaufener Einwilligung.", "Fictional demo case whose consent has expired."),
    },
]  # fmt: skip

EXPRESSION_LABELS = {
    "rest": ("in Ruhe", "at rest"),
    "smile": ("beim Lächeln", "smiling"),
    "eye_closure": ("beim Augenschließen", "closing the eyes"),
}


def load(command):
    user = _media_user(command)
    created = 0
    for number, spec in enumerate(CASES):
        if Patient.objects.filter(case_code=spec["code"]).exists():
            continue
        _create_case(number, spec, user)
        created += 1
    command.stdout.write(
        command.style.SUCCESS(
            f"Gallery: {created} demo cases created ({Case.objects.count()} cases, "
            f"{Case.objects.displayable().count()} shown publicly)."
        )
    )


def _create_case(number, spec, user):
    # Every date is relative to today, so that the demo neither ages nor breaks: the
    # teenager stays a teenager, the expired consent stays expired, the others valid.
    today = timezone.localdate()
    birth_year = spec["birth_year"] if "birth_year" in spec else today.year - spec["age"]
    patient = Patient.objects.create(case_code=spec["code"], birth_year=birth_year)
    given = today - datetime.timedelta(days=3 * 365 if spec.get("expired") else 400)
    minor = patient.may_be_minor(given)
    consent = consent_record(
        consent=Consent(
            patient=patient,
            scope_website=True,
            scope_teaching=True,
            scope_print=number % 2 == 0,
            scope_social_media=spec["social"],
            date_given=given,
            expires_on=today - datetime.timedelta(days=60) if spec.get("expired") else None,
            form_version="FP-EW 2025-01 (Demo)",
            form_language="de",
            signed_by_patient=True,
            signed_by_guardian_1=minor,
            signed_by_guardian_2=minor,
        ),
        signed_form=clean_signed_form(_placeholder_form(spec["code"])),
        recorded_by=user,
    )
    case = Case.objects.create(
        patient=patient,
        title_de=spec["title"][0],
        title_en=spec["title"][1],
        description_de=spec["text"][0],
        description_en=spec["text"][1],
        cause=spec["cause"],
        side=spec["side"],
        months_before_treatment=spec["before"],
        months_since_treatment=spec["since"],
        status=PublicationStatus.PUBLISHED,
        position=number * 10,
    )
    case.procedures.set(Page.objects.filter(key__in=spec["pages"]))
    palette = {"skin": SKIN[number % len(SKIN)], "hair": HAIR[number % len(HAIR)]}
    before = spec.get("before_droop", 1.0)
    for position, expression in enumerate(spec["expressions"]):
        for stage, droop, months in (
            ("before", before, -1),
            ("after", spec["after"], spec["since"]),
        ):
            _add_image(
                case, consent, user, spec, expression, stage, droop, months, position, palette
            )
    if spec["video"] and video_tools_available():
        _add_video(case, consent, user, spec, palette)
    if spec.get("withdrawn"):
        consent_withdraw(
            consent=consent,
            withdrawn_on=today - datetime.timedelta(days=20),
            channel=Consent.Channel.LETTER,
            note="Demo: Die Patientin hat schriftlich widerrufen.",
            recorded_by=user,
        )


def _add_image(case, consent, user, spec, expression, stage, droop, months, position, palette):
    de_label, en_label = EXPRESSION_LABELS[expression]
    when_de, when_en = ("vorher", "before") if stage == "before" else ("nachher", "after")
    # The synkinesis case shows it before treatment only.
    face = {
        "expression": expression,
        "droop": droop,
        "affected_side": spec["side"],
        "synkinesis": spec.get("synkinesis", False) and stage == "before",
    }
    png = draw_face(
        label=f"{spec['code']} · {when_de} / {when_en} · {de_label} / {en_label}",
        **face,
        **palette,
    )
    alt_de, alt_en = describe_face(stage=stage, **face)
    item = MediaItem(
        case=case,
        consent=consent,
        stage=stage,
        expression=expression,
        months_from_treatment=months,
        status="published",
        position=position * 10 + (0 if stage == "before" else 1),
        alt_text_de=alt_de,
        alt_text_en=alt_en,
        caption_de="Illustration, kein Foto." if stage == "before" else "",
        caption_en="Illustration, not a photograph." if stage == "before" else "",
    )
    media_item_save(
        item=item,
        uploaded_by=user,
        original=clean_image(SimpleUploadedFile("face.png", png, content_type="image/png")),
    )


def _add_video(case, consent, user, spec, palette):
    frames = list(frames_for_smile_video(label=f"{spec['code']} · Video", **palette))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "smile.mp4"
        subprocess.run(  # noqa: S603
            [  # noqa: S607
                "ffmpeg", "-nostdin", "-v", "error", "-f", "image2pipe", "-framerate", "8", "-i", "-",
                "-vf", "scale=450:550", "-c:v", "libx264", "-pix_fmt", "yuv420p", str(target),
            ],
            input=b"".join(frames),
            capture_output=True,
            check=True,
            timeout=120,
        )  # fmt: skip
        encoded = target.read_bytes()
    poster = draw_face(
        expression="smile",
        droop=0.15,
        affected_side=spec["side"],
        label=f"{spec['code']} · Video",
        **palette,
    )
    item = MediaItem(
        case=case,
        consent=consent,
        stage="after",
        expression="smile",
        months_from_treatment=spec["since"],
        status="published",
        position=90,
        alt_text_de="Gezeichnetes Demo-Gesicht, das lächelt und wieder entspannt.",
        alt_text_en="Drawn demo face that smiles and relaxes again.",
        caption_de="Animierte Illustration, kein Film einer echten Person.",
        caption_en="Animated illustration, not a film of a real person.",
    )
    media_item_save(
        item=item,
        uploaded_by=user,
        original=clean_video(SimpleUploadedFile("smile.mp4", encoded, content_type="video/mp4")),
        poster=clean_image(SimpleUploadedFile("poster.png", poster, content_type="image/png")),
        captions={
            "de": clean_captions(SimpleUploadedFile("de.vtt", _captions("de"))),
            "en": clean_captions(SimpleUploadedFile("en.vtt", _captions("en"))),
        },
    )


def _captions(language):
    lines = {
        "de": ["[Demo] Das gezeichnete Gesicht lächelt.", "[Demo] Es entspannt sich wieder."],
        "en": ["[Demo] The drawn face smiles.", "[Demo] It relaxes again."],
    }[language]
    return (
        f"WEBVTT\n\n00:00:00.000 --> 00:00:01.500\n{lines[0]}\n\n00:00:01.500 --> 00:00:03.000\n{lines[1]}\n"
    ).encode()


def _placeholder_form(code):
    page = Image.new("RGB", (850, 1100), "white")
    draw = ImageDraw.Draw(page)
    for y, text in enumerate(
        [
            "DEMO – Platzhalter / placeholder",
            f"Einwilligung zur Veröffentlichung – {code}",
            "Keine echte Unterschrift. No real signature.",
        ]
    ):
        draw.text((60, 80 + 60 * y), text, fill="black")
    out = io.BytesIO()
    page.save(out, "PDF")
    return SimpleUploadedFile("form.pdf", out.getvalue(), content_type="application/pdf")


def _media_user(command):
    group, _created = Group.objects.get_or_create(name=MEDIA_GROUP)
    group.permissions.set(Permission.objects.filter(content_type__app_label="gallery"))
    User = get_user_model()
    user = User.objects.filter(username=MEDIA_USERNAME).first()
    if user is None:
        user = User.objects.create_user(
            MEDIA_USERNAME, "medien@example.org", MEDIA_PASSWORD, is_staff=True
        )
        user.groups.add(group)
    command.stdout.write(
        command.style.SUCCESS(
            f"Demo media login: user “{MEDIA_USERNAME}”, password “{MEDIA_PASSWORD}” (gallery and consents)."
        )
    )
    return user
