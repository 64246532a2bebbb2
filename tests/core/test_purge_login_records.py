import datetime
from io import StringIO

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.core.management import call_command
from django.utils import timezone

pytestmark = pytest.mark.django_db

MODELS = (AccessAttempt, AccessLog, AccessFailureLog)


def record(model, label: str, days_ago: float) -> None:
    row = model.objects.create(
        username=label,
        ip_address="203.0.113.1",
        user_agent="Firefox",
        **({"failures_since_start": 1} if model is AccessAttempt else {}),
    )
    # attempt_time is set on creation (auto_now_add): move it back afterwards.
    model.objects.filter(pk=row.pk).update(
        attempt_time=timezone.now() - datetime.timedelta(days=days_ago)
    )


@pytest.fixture
def records_of_every_age(settings):
    settings.AXES_RECORDS_RETENTION_DAYS = 90
    for model in MODELS:
        model.objects.all().delete()
        for label, days in (("fresh", 1), ("last_day", 89.9), ("just_past", 90.1), ("old", 400)):
            record(model, label, days)


def remaining(model) -> set[str]:
    return set(model.objects.values_list("username", flat=True))


def test_purge_deletes_exactly_the_login_records_past_the_retention_period(records_of_every_age):
    out = StringIO()
    call_command("purge_login_records", stdout=out)
    for model in MODELS:
        assert remaining(model) == {"fresh", "last_day"}, model
    text = out.getvalue()
    assert "failed-attempt records 2, logins 2, failure log entries 2" in text
    assert "203.0.113.1" not in text


def test_purge_dry_run_counts_and_deletes_nothing(records_of_every_age):
    out = StringIO()
    call_command("purge_login_records", "--dry-run", stdout=out)
    for model in MODELS:
        assert model.objects.count() == 4
    assert "would be deleted (dry run): failed-attempt records 2, logins 2," in out.getvalue()


def test_purge_follows_the_retention_setting(records_of_every_age, settings):
    settings.AXES_RECORDS_RETENTION_DAYS = 30
    call_command("purge_login_records", stdout=StringIO())
    for model in MODELS:
        assert remaining(model) == {"fresh"}


def test_the_retention_period_comes_from_the_environment():
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if not k.startswith("AXES_")}
    code = "from django.conf import settings as s; print(s.AXES_RECORDS_RETENTION_DAYS)"
    root = Path(__file__).resolve().parents[2]

    def value(**extra):
        return subprocess.run(
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            env={**env, "DJANGO_SETTINGS_MODULE": "facialpalsy.settings", **extra},
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    assert value() == "90"
    assert value(AXES_RECORDS_RETENTION_DAYS="30") == "30"
