"""The empty form is rendered once and cached; each visitor gets their own CSRF token,
form start and submission key, wherever the template puts them."""

import copy
import datetime
import re

import pytest
from django.test import Client
from django.utils import timezone

from contact import tokens
from contact.models import AppointmentRequest
from tests.contact.conftest import FORM_URL, valid_data

pytestmark = pytest.mark.django_db

PER_VISITOR = ("csrfmiddlewaretoken", "started", "submission")


def values(html: str) -> dict[str, str]:
    found = {}
    for tag in re.findall(r"<input\b[^>]*>", html):
        name = re.search(r'name="([^"]+)"', tag)
        if name and name.group(1) in PER_VISITOR:
            found[name.group(1)] = re.search(r'value="([^"]*)"', tag).group(1)
    return found


@pytest.fixture
def reordered_template(settings, tmp_path):
    """The form template with the attributes in another order, as a later edit of the
    template might have them."""
    folder = tmp_path / "templates" / "contact"
    folder.mkdir(parents=True)
    (folder / "request_form.html").write_text(
        '<form method="post" action="{% url \'contact:request\' %}">{% csrf_token %}'
        '<input value="{{ form.started_value }}" type="hidden" name="started">'
        '<input type="hidden" value="{{ form.submission_value }}" name="submission">'
        "</form>"
    )
    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [tmp_path / "templates", *templates[0]["DIRS"]]
    settings.TEMPLATES = templates


def send_from_page(client: Client, html: str):
    return client.post(FORM_URL["de"], valid_data(**values(html)))


@pytest.mark.parametrize("template", ["shipped", "reordered"])
def test_each_visitor_gets_their_own_values_from_the_cached_form(request, settings, template):
    settings.APPOINTMENT_MIN_FILL_SECONDS = 0  # sent at once, with the page's own start
    if template == "reordered":
        request.getfixturevalue("reordered_template")
    visitors = [Client(enforce_csrf_checks=True) for _ in range(3)]
    pages = [visitor.get(FORM_URL["de"]) for visitor in visitors]
    found = [values(page.text) for page in pages]
    for name in PER_VISITOR:
        assert len({page[name] for page in found}) == 3, name
    assert all(tokens.form_age(page["started"]) is not None for page in found)
    before = AppointmentRequest.objects.count()
    # Each page's values work for its own visitor (the CSRF token matches their cookie).
    for visitor, page in zip(visitors, pages, strict=True):
        assert send_from_page(visitor, page.text).status_code == 302
    assert AppointmentRequest.objects.count() == before + 3


def test_the_cached_form_follows_the_date(client, monkeypatch):
    today = timezone.localdate()
    assert f'max="{today.isoformat()}"' in client.get(FORM_URL["de"]).text
    tomorrow = today + datetime.timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: tomorrow)
    assert f'max="{tomorrow.isoformat()}"' in client.get(FORM_URL["de"]).text


def test_the_cached_form_follows_the_host_and_the_language(client, settings):
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]
    first = client.get(FORM_URL["de"]).text
    other_host = client.get(FORM_URL["de"], HTTP_HOST="localhost").text
    assert 'href="http://testserver/de/termin/"' in first
    assert 'href="http://localhost/de/termin/"' in other_host
    assert '<html lang="en">' in client.get(FORM_URL["en"]).text
