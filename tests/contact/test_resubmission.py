"""A form sent twice (a broken connection, a double click) is stored once; a signed
form start serves one request only."""

import re
import time

import pytest

from contact import tokens
from contact.models import AppointmentRequest
from tests.contact.conftest import FORM_URL, started, valid_data

pytestmark = pytest.mark.django_db

STALE = "Das Formular war sehr lange geöffnet"


def count() -> int:
    return AppointmentRequest.objects.count()


def hidden_value(html: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


@pytest.mark.parametrize(
    ("onset", "acute"),
    [({"onset_amount": "1", "onset_unit": "days"}, True), ({}, False)],
)
def test_a_form_sent_twice_is_stored_once_and_answered_like_the_first(
    client, submit, mailoutbox, onset, acute
):
    data = valid_data(**onset)
    before = count()
    first = submit(data)
    again = submit(data)
    assert first.status_code == again.status_code == 302
    assert count() == before + 1
    assert len(mailoutbox) == 2  # the clinic's and the visitor's, once
    for response in (first, again):
        page = client.get(response["Location"])
        assert page.status_code == 200
        assert ("weniger als 72 Stunden" in page.text) is acute


def test_a_resent_form_does_not_use_up_the_rate_limit(submit, settings):
    settings.APPOINTMENT_RATE_LIMIT = "1/30m"
    data = valid_data()
    assert [submit(data).status_code for _ in range(3)] == [302, 302, 302]
    assert submit(valid_data()).status_code == 429


def test_a_replayed_form_start_is_treated_like_a_stale_form(client, submit, mailoutbox):
    token = started()
    assert submit(valid_data(started=token)).status_code == 302
    before, mails = count(), len(mailoutbox)
    # The same signed start with other details (a robot that reuses one form page).
    replay = submit(valid_data(started=token, name="Jemand Anderes"))
    assert replay.status_code == 200
    assert STALE in replay.text
    assert count() == before and len(mailoutbox) == mails
    # The form comes back with what was typed and a fresh start, so sending it again works.
    assert 'value="Jemand Anderes"' in replay.text
    fresh = hidden_value(replay.text, "started")
    assert fresh != token and tokens.form_age(fresh) is not None
    data = valid_data(
        name="Jemand Anderes",
        started=started(),
        submission=hidden_value(replay.text, "submission"),
    )
    assert submit(data).status_code == 302
    assert count() == before + 1


def test_two_forms_shown_in_the_same_second_are_two_requests(submit):
    now = time.time() - 30
    before = count()
    for _ in range(2):
        assert submit(valid_data(started=tokens.form_started_token(now))).status_code == 302
    assert count() == before + 2


def test_every_form_page_carries_its_own_start_and_key(client):
    pages = [client.get(FORM_URL["de"]).text for _ in range(2)]
    for name in ("started", "submission"):
        first, second = (hidden_value(page, name) for page in pages)
        assert first and second and first != second, name


@pytest.mark.parametrize("key", ["", "short", "x" * 200, "<script>", "a b c d e f g h i j k l"])
def test_a_missing_or_malformed_key_is_treated_like_a_stale_form(client, key):
    before = count()
    response = client.post(FORM_URL["de"], valid_data(submission=key))
    assert response.status_code == 200
    assert STALE in response.text
    assert count() == before
    assert hidden_value(response.text, "submission") != key
