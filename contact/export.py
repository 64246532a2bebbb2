"""CSV export of appointment requests (for staff with ``export_appointmentrequest``)."""

import csv
import io
from collections.abc import Iterable

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from contact.models import AppointmentRequest

# A spreadsheet runs a cell that begins with one of these as a formula ("CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def _columns():
    return [
        (_("number"), lambda r: r.pk),
        (_("received"), lambda r: date_format(timezone.localtime(r.received_at), "Y-m-d H:i")),
        (_("urgency"), lambda r: r.urgency().label),
        (_("status"), lambda r: r.get_status_display()),
        (_("handled by"), lambda r: r.assignee.get_username() if r.assignee else ""),
        (_("name"), lambda r: r.name),
        (_("e-mail address"), lambda r: r.email),
        (_("phone"), lambda r: r.phone),
        (_("preferred contact"), lambda r: r.get_preferred_contact_display()),
        (_("language"), lambda r: r.get_language_display()),
        (_("for whom"), lambda r: r.get_patient_display()),
        (_("onset of the palsy"), lambda r: r.onset_date.isoformat() if r.onset_date else ""),
        (_("onset as entered"), lambda r: r.onset_as_entered),
        (_("cause"), lambda r: r.get_cause_display()),
        (_("side"), lambda r: r.get_side_display()),
        (_("treatments so far"), lambda r: ", ".join(r.treatment_labels())),
        (_("referred by a doctor"), lambda r: _("yes") if r.referred else _("no")),
        (_("message"), lambda r: r.message),
        (_("internal notes"), lambda r: r.internal_notes),
    ]


def requests_csv(requests: Iterable[AppointmentRequest]) -> str:
    """Semicolon-separated with a byte-order mark: what spreadsheet programs set to
    German open correctly by double-click."""
    columns = _columns()
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([str(title) for title, _value in columns])
    for appointment_request in requests:
        writer.writerow([safe_cell(value(appointment_request)) for _title, value in columns])
    return buffer.getvalue()
