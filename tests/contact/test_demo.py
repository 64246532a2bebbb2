from io import StringIO

import pytest
from django.conf import global_settings, settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from contact.models import AppointmentNotification, AppointmentRequest
from contact.urgency import Urgency

pytestmark = pytest.mark.django_db


def snapshot():
    return (
        list(AppointmentRequest.objects.order_by("pk").values_list("pk", "status", "received_at")),
        list(AppointmentNotification.objects.order_by("pk").values_list("pk", "state")),
        list(get_user_model().objects.order_by("pk").values_list("pk", "password")),
    )


def test_demo_requests_are_fictional_and_varied():
    demo = list(AppointmentRequest.objects.filter(name__endswith="(Demo)"))
    assert 5 <= len(demo) <= 6
    assert all(r.email.endswith("@example.org") for r in demo)
    assert {r.urgency() for r in demo} == set(Urgency)
    assert len({r.status for r in demo}) >= 4
    assert {r.language for r in demo} == {code for code, _name in settings.LANGUAGES}
    assert AppointmentNotification.objects.filter(
        appointment_request__in=demo, state=AppointmentNotification.State.FAILED
    ).exists()


def test_demo_front_desk_login_has_exactly_the_request_permissions(settings):
    # The demo loader ran with the real hashers, before any test sped them up.
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS
    user = get_user_model().objects.get(username="empfang")
    assert user.is_staff and not user.is_superuser
    assert user.check_password("demo-fazialis")
    assert user.groups.filter(name="Empfang").exists()
    assert user.has_perms(
        [
            "contact.view_appointmentrequest",
            "contact.change_appointmentrequest",
            "contact.export_appointmentrequest",
        ]
    )
    assert not user.has_perm("contact.delete_appointmentrequest")
    assert not user.has_perm("content.change_page")


def test_load_demo_twice_changes_no_request():
    before = snapshot()
    out = StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == before
    assert "empfang" in out.getvalue()
