"""The children hub offers a branch for a palsy present since birth that has not
recovered (content brief, §14): birth-trauma palsy recovers fully in most (89 %); one
that has not recovered suggests a missing or undeveloped nerve or muscle; free muscle
transfer is the treatment of choice and has no deadline. The branch links to the
congenital page, the free-muscle-transfer page and the matching gallery case."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.content.texts import LANGUAGE_CODES, plain, prose_of, published_pages

pytestmark = pytest.mark.django_db

STATEMENTS = {
    "de": [
        "seit der geburt",
        "89 %",
        "nerv oder ein muskel",
        "muskeltransplantation",
        "keine frist",
    ],
    "en": ["since birth", "89%", "nerve or muscle", "muscle transfer", "no deadline"],
}


def gallery_filter(code: str) -> str:
    with translation.override(code):
        return f"{reverse('gallery:overview')}?cause=congenital"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_children_hub_has_a_branch_for_a_palsy_since_birth_that_has_not_recovered(client, code):
    pages = dict(published_pages(code))
    prose = prose_of(client.get(pages["children"]).text)
    text = plain(prose).lower()
    missing = [statement for statement in STATEMENTS[code] if statement not in text]
    assert not missing
    for target in (
        pages["children-congenital"],
        pages["free-muscle-transfer"],
        gallery_filter(code),
    ):
        assert f'href="{target}"' in prose, target


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_the_gallery_filter_for_congenital_palsy_answers(client, code):
    assert client.get(gallery_filter(code)).status_code == 200
