import datetime
from html import unescape

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from content.models import Contributor, Page
from tests.content import factories

pytestmark = pytest.mark.django_db


def test_page_change_form_shows_both_languages_and_local_assets(staff_client):
    page = Page.objects.get(key="bells-palsy")
    html = staff_client.get(f"/admin/content/page/{page.pk}/change/").text
    for field in (
        "title_de",
        "title_en",
        "slug_de",
        "slug_en",
        "summary_de",
        "summary_en",
        "body_de",
        "body_en",
    ):
        assert f'name="{field}"' in html
    assert "<h2" in html and "Deutsch" in html and "English" in html
    assert "language-column" in html
    # Every script and stylesheet comes from this site.
    assert "//cdn" not in html and "https://code.jquery.com" not in html
    assert 'href="/de/ursachen/idiopathische-fazialisparese/"' in html
    assert 'href="/en/causes/bells-palsy/"' in html


def test_add_form_prepopulates_the_slug_of_each_language(staff_client):
    html = unescape(staff_client.get("/admin/content/page/add/").text)
    assert '"id": "#id_slug_de"' in html and '"#id_title_de"' in html
    assert '"id": "#id_slug_en"' in html and '"#id_title_en"' in html


def shown_in_changelist(staff_client, query):
    response = staff_client.get(f"/admin/content/page/?{query}")
    assert response.status_code == 200
    return set(response.context["cl"].result_list)


def test_changelist_filters_by_status(staff_client):
    draft, published = factories.page(status=Page.Status.DRAFT), factories.page()
    shown = shown_in_changelist(staff_client, "status__exact=draft")
    assert draft in shown and published not in shown


def test_changelist_filters_by_review_state(staff_client):
    overdue, current = factories.page(reviewed_days_ago=400), factories.page()
    shown = shown_in_changelist(staff_client, "review=overdue")
    assert overdue in shown and current not in shown
    assert all(page.next_review < timezone.localdate() for page in shown)
    shown = shown_in_changelist(staff_client, "review=current")
    assert current in shown and overdue not in shown


def test_changelist_search_finds_words_in_either_language(staff_client):
    match = factories.page(body_en="<p>Borrelia burgdorferi</p>")
    other = factories.page()
    shown = shown_in_changelist(staff_client, "q=burgdorferi")
    assert match in shown and other not in shown


def test_changelist_filters_by_section(staff_client):
    section, other_section = factories.page(), factories.page()
    child = factories.page(parent=section)
    elsewhere = factories.page(parent=other_section)
    shown = shown_in_changelist(staff_client, f"section={section.pk}")
    assert shown == {section, child}
    assert elsewhere not in shown


def test_mark_reviewed_action_records_the_reviewer_and_dates(staff_client, staff_user):
    page = Page.objects.get(key="grading-scales")
    response = staff_client.post(
        "/admin/content/page/",
        {"action": "mark_reviewed", "_selected_action": [page.pk]},
        follow=True,
    )
    assert response.status_code == 200
    page.refresh_from_db()
    today = timezone.localdate()
    assert page.last_reviewed == today
    assert page.next_review == today + datetime.timedelta(days=365)
    assert page.reviewer == staff_user.contributor


def test_mark_reviewed_needs_a_linked_reviewer(client, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "e@example.org", "x" * 16)
    client.force_login(editor)
    page = Page.objects.get(key="grading-scales")
    before = page.last_reviewed
    response = client.post(
        "/admin/content/page/",
        {"action": "mark_reviewed", "_selected_action": [page.pk]},
        follow=True,
    )
    assert "nicht mit einer Autorin" in response.text or "not linked" in response.text
    page.refresh_from_db()
    assert page.last_reviewed == before


def test_published_page_without_review_data_is_refused():
    page = Page(
        title_de="Neu",
        slug_de="neu",
        summary_de="s",
        body_de="<p>b</p>",
        status=Page.Status.PUBLISHED,
    )
    with pytest.raises(Exception, match="reviewer|Prüf"):
        page.full_clean()


def test_duplicate_address_in_a_section_is_a_form_error():
    section = Page.objects.get(key="causes")
    reviewer = Contributor.objects.first()
    page = Page(
        parent=section,
        title_de="Doppelt",
        slug_de="idiopathische-fazialisparese",
        summary_de="s",
        body_de="<p>b</p>",
        reviewer=reviewer,
    )
    with pytest.raises(Exception, match="(?i)web address|adresse"):
        page.full_clean()


@pytest.mark.parametrize(
    ("field", "slug"), [("slug_de", "galerie"), ("slug_en", "appointment"), ("slug_de", "glossar")]
)
def test_a_section_cannot_take_an_address_of_another_part_of_the_site(field, slug):
    page = Page(title_de="Neu", slug_de="neu", summary_de="s", body_de="<p>b</p>")
    setattr(page, field, slug)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert field in error.value.message_dict


def test_pages_are_only_one_level_deep():
    child = Page.objects.get(key="bells-palsy")
    page = Page(parent=child, title_de="Neu", slug_de="neu", summary_de="s", body_de="<p>b</p>")
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "parent" in error.value.message_dict
