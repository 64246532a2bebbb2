import csv
import datetime
import io

import pytest
from django.contrib.admin.models import LogEntry
from django.utils import timezone

from contact.export import safe_cell
from contact.models import AppointmentNotification, AppointmentRequest
from contact.urgency import Urgency
from tests.contact.conftest import grant
from tests.contact.factories import appointment_request as make_request

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/contact/appointmentrequest/"


@pytest.fixture
def queue():
    """Only these requests, in a scrambled order of arrival."""
    AppointmentRequest.objects.all().delete()
    today = timezone.localdate()
    return {
        "unknown": make_request(name="Unbekannt", onset=None, received_days_ago=9),
        "long": make_request(name="Lange", onset=today - datetime.timedelta(days=900)),
        "window_young": make_request(name="Jung", onset=today - datetime.timedelta(days=30)),
        "acute": make_request(name="Akut", onset=today - datetime.timedelta(days=1)),
        "window_old": make_request(name="Alt", onset=today - datetime.timedelta(days=600)),
    }


def shown(response):
    return [r.name for r in response.context["cl"].result_list]


def test_the_queue_is_ordered_by_urgency_and_the_oldest_open_window_first(staff_client, queue):
    response = staff_client.get(CHANGELIST)
    assert response.status_code == 200
    assert shown(response) == ["Akut", "Alt", "Jung", "Lange", "Unbekannt"]
    html = response.text
    assert "Akut (Beginn vor höchstens 72 Stunden)" in html
    assert "Beginn unbekannt" in html


def test_urgency_follows_the_calendar_not_the_day_of_the_request(staff_client, queue):
    # Five days later the "acute" request is no longer acute: nothing was frozen.
    AppointmentRequest.objects.filter(pk=queue["acute"].pk).update(
        onset_date=timezone.localdate() - datetime.timedelta(days=5)
    )
    response = staff_client.get(CHANGELIST + "?urgency=acute")
    assert shown(response) == []
    assert queue["acute"].urgency(timezone.localdate() + datetime.timedelta(days=5)) == (
        Urgency.WINDOW_OPEN
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("urgency=acute", ["Akut"]),
        ("urgency=window", ["Alt", "Jung"]),
        ("urgency=long", ["Lange"]),
        ("urgency=unknown", ["Unbekannt"]),
        ("age=week", ["Akut", "Alt", "Jung", "Lange"]),
        ("age=older", []),
        ("status=open", ["Akut", "Alt", "Jung", "Lange", "Unbekannt"]),
        ("status=spam", []),
        ("q=Lange", ["Lange"]),
        ("q=x@example.org", ["Akut", "Alt", "Jung", "Lange", "Unbekannt"]),
    ],
)
def test_filters_and_search(staff_client, queue, query, expected):
    assert shown(staff_client.get(f"{CHANGELIST}?{query}")) == expected


def test_staff_change_triage_fields_but_not_what_the_visitor_sent(staff_client, queue, staff_user):
    request = queue["acute"]
    url = f"{CHANGELIST}{request.pk}/change/"
    page = staff_client.get(url)
    assert page.status_code == 200
    assert 'name="status"' in page.text and 'name="internal_notes"' in page.text
    assert 'name="name"' not in page.text and 'name="message"' not in page.text
    response = staff_client.post(
        url,
        {
            "status": "in_progress",
            "assignee": staff_user.pk,
            "internal_notes": "Rückruf morgen",
            "notifications-TOTAL_FORMS": "2",
            "notifications-INITIAL_FORMS": "2",
            "notifications-MIN_NUM_FORMS": "0",
            "notifications-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    request.refresh_from_db()
    assert request.status == "in_progress" and request.assignee == staff_user
    assert request.name == "Akut"


def test_the_assignee_can_only_be_a_staff_member(staff_client, queue, django_user_model):
    visitor = django_user_model.objects.create_user("kein-personal", password="x" * 16)
    page = staff_client.get(f"{CHANGELIST}{queue['acute'].pk}/change/")
    choices = page.context["adminform"].form.fields["assignee"].queryset
    assert visitor not in choices
    assert choices.filter(username="empfang").exists()


def test_requests_cannot_be_added_in_the_admin(staff_client):
    assert staff_client.get(CHANGELIST + "add/").status_code == 403


def test_admin_pages_with_requests_are_never_cached(staff_client, queue):
    for url in (CHANGELIST, f"{CHANGELIST}{queue['acute'].pk}/change/"):
        cache_control = staff_client.get(url)["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control


def test_staff_without_permission_cannot_see_or_export_requests(
    client, staff_without_permissions, queue
):
    client.force_login(staff_without_permissions)
    assert client.get(CHANGELIST).status_code == 403
    assert client.get(f"{CHANGELIST}{queue['acute'].pk}/change/").status_code == 403
    response = client.post(
        CHANGELIST, {"action": "export_csv", "_selected_action": [queue["acute"].pk]}
    )
    assert response.status_code == 403
    assert "text/csv" not in response.get("Content-Type", "")


def test_viewing_is_not_exporting(client, staff_without_permissions, queue):
    grant(staff_without_permissions, "view_appointmentrequest")
    client.force_login(staff_without_permissions)
    page = client.get(CHANGELIST)
    assert page.status_code == 200
    assert 'value="export_csv"' not in page.text
    response = client.post(
        CHANGELIST, {"action": "export_csv", "_selected_action": [queue["acute"].pk]}
    )
    assert "text/csv" not in response.get("Content-Type", "")


def test_the_front_desk_exports_selected_requests_as_csv(client, front_desk, queue):
    client.force_login(front_desk)
    selected = [queue["acute"].pk, queue["long"].pk]
    response = client.post(CHANGELIST, {"action": "export_csv", "_selected_action": selected})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 3
    assert {row[5] for row in rows[1:]} == {"Akut", "Lange"}
    logged = LogEntry.objects.filter(object_id__in=[str(pk) for pk in selected])
    assert logged.count() == 2
    assert all("CSV" in entry.change_message for entry in logged)


def test_csv_cells_cannot_start_a_formula(client, front_desk, queue):
    evil = make_request(
        name='=HYPERLINK("http://evil.example")', phone="+49 30 1", message="@SUM(1)"
    )
    client.force_login(front_desk)
    response = client.post(CHANGELIST, {"action": "export_csv", "_selected_action": [evil.pk]})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    for cell in rows[1]:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert rows[1][5] == '\'=HYPERLINK("http://evil.example")'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30", "'+49 30"),
        ("-2", "'-2"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Anna", "Anna"),
        (None, ""),
        (42, "42"),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_the_front_desk_sees_and_changes_but_cannot_delete(client, front_desk, queue):
    client.force_login(front_desk)
    assert client.get(CHANGELIST).status_code == 200
    assert client.get(f"{CHANGELIST}{queue['acute'].pk}/change/").status_code == 200
    assert client.get(f"{CHANGELIST}{queue['acute'].pk}/delete/").status_code == 403


def test_resend_action_sends_the_unsent_mails(staff_client, mailoutbox):
    ben = make_request(name="Ben", email="ben@example.org", notifications=True)
    ben.notifications.filter(kind=AppointmentNotification.Kind.VISITOR).update(
        state=AppointmentNotification.State.SENT
    )
    ben.notifications.filter(kind=AppointmentNotification.Kind.CLINIC).update(
        state=AppointmentNotification.State.FAILED, attempts=1
    )
    response = staff_client.post(
        CHANGELIST, {"action": "send_pending_mails", "_selected_action": [ben.pk]}, follow=True
    )
    assert response.status_code == 200
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["termine@example.org"]
    assert not ben.notifications.exclude(state="sent").exists()


def test_a_request_has_no_view_on_site_link(staff_client, queue):
    # Requests have no public page: no "view on site" leading back into the admin.
    page = staff_client.get(f"{CHANGELIST}{queue['acute'].pk}/change/")
    assert page.status_code == 200
    assert "viewsitelink" not in page.text and "/admin/r/" not in page.text


@pytest.mark.parametrize(
    ("language", "received", "onset", "entered"),
    [
        ("de", "4. März 2026 14:05", "1. Februar 2026", "vor 5 Wochen (angegeben am 04.03.2026)"),
        ("en", "4 March 2026, 14:05", "1 February 2026", "5 weeks ago (entered on 04/03/2026)"),
    ],
)
def test_dates_in_the_admin_follow_the_language(staff_client, language, received, onset, entered):
    arrived = timezone.make_aware(datetime.datetime(2026, 3, 4, 14, 5))
    request = make_request(
        name="Datum",
        received=arrived,
        onset=datetime.date(2026, 2, 1),
        onset_amount=5,
        onset_unit="weeks",
    )
    staff_client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    listing = staff_client.get(f"{CHANGELIST}?q=Datum").text
    assert received in listing and onset in listing
    page = staff_client.get(f"{CHANGELIST}{request.pk}/change/").text
    assert received in page and entered in page
