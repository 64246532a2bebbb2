"""Demo appointment requests and a front-desk login; ``load`` is called by ``load_demo``.

All people are fictional: "(Demo)" in the name, example.org addresses. The requests
are stored directly, without the service, so that loading the demo sends no mail.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone, translation

from contact.choices import Cause, OnsetUnit, Patient, PreferredContact, Side, Status, Treatment
from contact.forms import CONSENT_TEXT, CONSENT_VERSION
from contact.models import AppointmentNotification, AppointmentRequest
from contact.urgency import onset_from_duration

FRONT_DESK_GROUP = "Empfang"
FRONT_DESK_USERNAME = "empfang"
FRONT_DESK_PASSWORD = "demo-fazialis"  # noqa: S105 - documented demo login, demo data only
FRONT_DESK_PERMISSIONS = [
    ("appointmentrequest", "view_appointmentrequest"),
    ("appointmentrequest", "change_appointmentrequest"),
    ("appointmentrequest", "export_appointmentrequest"),
    ("appointmentnotification", "view_appointmentnotification"),
]

SENT, FAILED = AppointmentNotification.State.SENT, AppointmentNotification.State.FAILED

# received: hours ago; onset: days ago, (amount, unit) ago, or None for "not known".
REQUESTS = [
    {
        "name": "Anna Beispiel (Demo)",
        "email": "anna.beispiel@example.org",
        "phone": "+49 30 1234567",
        "preferred_contact": PreferredContact.PHONE,
        "language": "de",
        "patient": Patient.SELF,
        "onset": (1, OnsetUnit.DAYS),
        "cause": Cause.BELL,
        "side": Side.LEFT,
        "treatments": [Treatment.CORTISONE],
        "referred": False,
        "message": "Seit gestern hängt mein linker Mundwinkel. Ich war heute beim Hausarzt.",
        "status": Status.NEW,
        "received": 2,
        "mails": (SENT, SENT),
    },
    {
        "name": "Ben Example (Demo)",
        "email": "ben.example@example.org",
        "phone": "",
        "preferred_contact": PreferredContact.EMAIL,
        "language": "en",
        "patient": Patient.SELF,
        "onset": (14, OnsetUnit.MONTHS),
        "cause": Cause.ZOSTER,
        "side": Side.RIGHT,
        "treatments": [Treatment.CORTISONE, Treatment.ANTIVIRAL, Treatment.THERAPY],
        "referred": True,
        "message": "My right eye still does not close fully. My GP has referred me.",
        "status": Status.IN_PROGRESS,
        "received": 20,
        "assign": True,
        # The clinic's notification failed: shows the pending state and the retry.
        "mails": (FAILED, SENT),
    },
    {
        "name": "Clara Probe (Demo)",
        "email": "clara.probe@example.org",
        "phone": "+49 341 765432",
        "preferred_contact": PreferredContact.PHONE,
        "language": "de",
        "patient": Patient.CHILD,
        "onset": 160,
        "cause": Cause.INJURY,
        "side": Side.LEFT,
        "treatments": [Treatment.THERAPY],
        "referred": True,
        "message": "Unsere Tochter (7) hatte im Sommer einen Fahrradunfall.",
        "status": Status.CONTACTED,
        "received": 24 * 10,
        "assign": True,
        "mails": (SENT, SENT),
    },
    {
        "name": "David Sample (Demo)",
        "email": "david.sample@example.org",
        "phone": "",
        "preferred_contact": PreferredContact.EMAIL,
        "language": "en",
        "patient": Patient.OTHER,
        "onset": (6, OnsetUnit.YEARS),
        "cause": Cause.TUMOUR,
        "side": Side.RIGHT,
        "treatments": [Treatment.SURGERY, Treatment.BOTULINUM],
        "referred": True,
        "message": "I am writing for my father, who had a parotid operation six years ago.",
        "status": Status.BOOKED,
        "received": 24 * 40,
        "mails": (SENT, SENT),
    },
    {
        "name": "Erika Mustermann (Demo)",
        "email": "erika.mustermann@example.org",
        "phone": "",
        "preferred_contact": PreferredContact.EMAIL,
        "language": "de",
        "patient": Patient.SELF,
        "onset": None,
        "cause": Cause.UNKNOWN,
        "side": Side.BOTH,
        "treatments": [Treatment.NONE],
        "referred": False,
        "message": "",
        "status": Status.NEW,
        "received": 30,
        "mails": (SENT, SENT),
    },
    {
        "name": "Cheap Pills (Demo)",
        "email": "offers@example.org",
        "phone": "",
        "preferred_contact": PreferredContact.EMAIL,
        "language": "en",
        "patient": Patient.OTHER,
        "onset": (3, OnsetUnit.WEEKS),
        "cause": Cause.OTHER,
        "side": Side.LEFT,
        "treatments": [Treatment.OTHER],
        "referred": False,
        "message": "Best prices for everything! Visit example.org now.",
        "status": Status.SPAM,
        "received": 24 * 5,
        "mails": (SENT, SENT),
    },
]


def load(command):
    front_desk = _load_front_desk(command)
    created = sum(_load_request(entry, front_desk) for entry in REQUESTS)
    command.stdout.write(
        command.style.SUCCESS(
            f"Appointment requests: {created} demo requests created "
            f"({AppointmentRequest.objects.count()} in total)."
        )
    )


def _load_front_desk(command):
    group, _created = Group.objects.get_or_create(name=FRONT_DESK_GROUP)
    group.permissions.set(
        Permission.objects.get(
            content_type__app_label="contact", content_type__model=model, codename=codename
        )
        for model, codename in FRONT_DESK_PERMISSIONS
    )
    User = get_user_model()
    user = User.objects.filter(username=FRONT_DESK_USERNAME).first()
    if user is None:
        user = User.objects.create_user(
            FRONT_DESK_USERNAME,
            "empfang@example.org",
            FRONT_DESK_PASSWORD,
            is_staff=True,
            first_name="Empfang",
            last_name="(Demo)",
        )
        user.groups.add(group)
    command.stdout.write(
        command.style.SUCCESS(
            f"Demo front-desk login: user “{FRONT_DESK_USERNAME}”, "
            f"password “{FRONT_DESK_PASSWORD}” (appointment requests)."
        )
    )
    return user


def _load_request(entry, front_desk) -> bool:
    if AppointmentRequest.objects.filter(email=entry["email"]).exists():
        return False
    now = timezone.now()
    received_at = now - datetime.timedelta(hours=entry["received"])
    today = timezone.localdate(received_at)
    onset, amount, unit = entry["onset"], None, ""
    if isinstance(onset, tuple):
        amount, unit = onset
        onset = onset_from_duration(amount, unit, today)
    elif isinstance(onset, int):
        onset = today - datetime.timedelta(days=onset)
    with translation.override(entry["language"]):
        consent_text = str(CONSENT_TEXT)
    fields = {key: entry[key] for key in REQUESTS[0] if key not in ("onset", "received", "mails")}
    appointment_request = AppointmentRequest(
        **fields,
        received_at=received_at,
        onset_date=onset,
        onset_amount=amount,
        onset_unit=unit,
        assignee=front_desk if entry.get("assign") else None,
        consent_text=consent_text,
        consent_version=CONSENT_VERSION,
        consent_given_at=received_at,
    )
    appointment_request.full_clean()
    appointment_request.save()
    for kind, state in zip(AppointmentNotification.Kind, entry["mails"], strict=True):
        failed = state == FAILED
        AppointmentNotification.objects.create(
            appointment_request=appointment_request,
            kind=kind,
            state=state,
            attempts=1,
            last_attempt_at=received_at,
            sent_at=None if failed else received_at,
            last_error_at=received_at if failed else None,
            last_error="ConnectionRefusedError" if failed else "",
        )
    return True
