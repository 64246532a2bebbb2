import datetime
import importlib
import pkgutil

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from content.demo import pages as page_modules
from content.demo.glossary import TERMS
from content.demo.people import PEOPLE
from content.demo.sources import SOURCES, page_source_keys
from content.demo.tree import LEGAL, TREE
from content.models import Contributor, GlossaryTerm, Page, Source

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-fazialis"  # noqa: S105 - documented demo login, demo data only
# The demo account reviews pages in the name of this (fictional) person.
DEMO_USER_PERSON = "weber"
# One page whose review is overdue, so that the admin's "review overdue" filter has something to show.
OVERDUE_PAGE = "grading-scales"
# The newest review date written in the page modules is loaded as this long before today.
NEWEST_REVIEW_AGO = datetime.timedelta(weeks=3)
EDITOR_GROUP = "Redaktion"


def page_texts():
    texts = {}
    for module_info in pkgutil.iter_modules(page_modules.__path__):
        module = importlib.import_module(f"{page_modules.__name__}.{module_info.name}")
        texts.update(module.PAGES)
    return texts


def translated(field, values):
    return {f"{field}_{code}": value for code, value in values.items()}


def review_dates(texts, today):
    """(last_reviewed, next_review) of every medical demo page, relative to ``today``.

    The page modules carry fixed dates; loaded as written, every page would turn
    "review overdue" by itself a year later. So the dates keep their spacing, but
    the newest one becomes a few weeks ago, and one page is overdue on purpose.
    """
    interval = datetime.timedelta(days=settings.CONTENT_REVIEW_INTERVAL_DAYS)
    written = {
        key: datetime.date.fromisoformat(text["last_reviewed"])
        for key, text in texts.items()
        if text.get("last_reviewed")
    }
    newest = max(written.values(), default=today)
    dates = {}
    for key, date in written.items():
        if key == OVERDUE_PAGE:
            reviewed = today - (interval + datetime.timedelta(days=30))
        else:
            reviewed = today - NEWEST_REVIEW_AGO - (newest - date)
        dates[key] = (reviewed, reviewed + interval)
    return dates


def load(command):
    people = {
        key: Contributor.objects.get_or_create(
            name=person["name"],
            defaults={"is_demo": True, **translated("qualification", person["qualification"])},
        )[0]
        for key, person in PEOPLE.items()
    }
    sources = {
        key: Source.objects.get_or_create(
            citation_de=entry["de"], defaults={"citation_en": entry["en"], "url": entry["url"]}
        )[0]
        for key, entry in SOURCES.items()
    }
    texts = page_texts()
    created = _load_pages(texts, people, sources, command)
    terms = _load_glossary()
    _load_staff(people, command)
    command.stdout.write(
        command.style.SUCCESS(
            f"Content: {created} pages and {terms} glossary terms created "
            f"({Page.objects.count()} pages, {GlossaryTerm.objects.count()} terms in total)."
        )
    )


def _load_pages(texts, people, sources, command):
    created = 0
    dates = review_dates(texts, timezone.localdate())
    entries = [
        (key, parent, {"de": de, "en": en}, Page.Kind.ARTICLE) for key, parent, de, en in TREE
    ]
    entries += [(key, None, {"de": de, "en": en}, Page.Kind.LEGAL) for key, de, en in LEGAL]
    for position, (key, parent_key, slugs, kind) in enumerate(entries, start=1):
        if Page.objects.filter(key=key).exists():
            continue
        text = texts.get(key)
        if text is None:
            command.stderr.write(f"No demo text for page {key!r}; skipped.")
            continue
        page = Page(
            key=key,
            kind=kind,
            parent=Page.objects.get(key=parent_key) if parent_key else None,
            position=position * 10,
            status=Page.Status.PUBLISHED,
            **translated(
                "slug",
                {code: slug if text["title"].get(code) else "" for code, slug in slugs.items()},
            ),
            **translated("title", text["title"]),
            **translated("summary", text["summary"]),
            **translated("body", text["body"]),
        )
        if kind == Page.Kind.ARTICLE:
            page.author = people[text["author"]]
            page.reviewer = people[text["reviewer"]]
            page.last_reviewed, page.next_review = dates[key]
        page.full_clean()
        page.save()
        page.sources.set(sources[key] for key in page_source_keys(text.get("sources", [])))
        created += 1
    return created


def _load_glossary():
    created = 0
    for entry in TERMS:
        if GlossaryTerm.objects.filter(slug_de=entry["slug"]["de"]).exists():
            continue
        term = GlossaryTerm(
            **translated("term", entry["term"]),
            **translated("slug", entry["slug"]),
            **translated("definition", entry["definition"]),
            **translated(
                "synonyms", {code: ", ".join(forms) for code, forms in entry["synonyms"].items()}
            ),
        )
        term.full_clean()
        term.save()
        created += 1
    return created


def _load_staff(people, command):
    editors, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    editors.permissions.set(Permission.objects.filter(content_type__app_label="content"))
    User = get_user_model()
    user = User.objects.filter(username=DEMO_USERNAME).first()
    if user is None:
        user = User.objects.create_superuser(DEMO_USERNAME, "demo@example.org", DEMO_PASSWORD)
        user.groups.add(editors)
    person = people[DEMO_USER_PERSON]
    if person.user_id is None:
        person.user = user
        person.save()
    command.stdout.write(
        command.style.SUCCESS(
            f"Demo staff login: http://127.0.0.1:8000/admin/  user “{DEMO_USERNAME}”, "
            f"password “{DEMO_PASSWORD}” (demo data only)."
        )
    )
