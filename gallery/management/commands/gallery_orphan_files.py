import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from gallery import filenames
from gallery.models import Consent, MediaItem
from gallery.storage import private_storage


class Command(BaseCommand):
    help = (
        "Report and remove patient files in the private storage that no row refers to: "
        "folders of media items that no longer exist, stray files of existing items, signed "
        "forms that no consent names. Also counts files that a row names but that are "
        "missing. Prints counts only (names with -v 2). Run it after a crash or a restore."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be removed."
        )
        parser.add_argument(
            "--min-age-minutes",
            type=int,
            default=60,
            help="Keep files younger than this (an upload may not be committed yet).",
        )

    def handle(self, *args, dry_run=False, min_age_minutes=60, verbosity=1, **options):
        tokens = set(MediaItem.objects.values_list("token", flat=True))
        referenced = set(Consent.objects.values_list("signed_form", flat=True))
        for item in MediaItem.objects.iterator():
            referenced |= filenames.item_paths(item)
        stored = [
            *private_storage.walk(filenames.MEDIA_FOLDER),
            *private_storage.walk(filenames.CONSENT_FORMS_FOLDER),
        ]
        cutoff = timezone.now() - datetime.timedelta(minutes=min_age_minutes)
        orphans, recent = [], []
        for name in stored:
            if name in referenced:
                continue
            young = min_age_minutes and private_storage.get_modified_time(name) > cutoff
            (recent if young else orphans).append(name)
        missing = referenced - set(stored)

        counts = {"unknown": 0, "stray": 0, "form": 0}
        for name in orphans:
            token = filenames.token_of(name)
            kind = "form" if token is None else "stray" if token in tokens else "unknown"
            counts[kind] += 1
            if verbosity > 1:
                self.stdout.write(f"orphan: {name}")
            if not dry_run:
                private_storage.delete(name)
        if verbosity > 1:
            for name in sorted(missing):
                self.stdout.write(f"missing: {name}")
        if not dry_run:
            for folder in (filenames.MEDIA_FOLDER, filenames.CONSENT_FORMS_FOLDER):
                private_storage.remove_empty_folders(folder)

        verb = "would be removed (dry run)" if dry_run else "removed"
        self.stdout.write(
            self.style.SUCCESS(
                f"Orphan files {verb}: {len(orphans)} (of unknown items {counts['unknown']}, "
                f"stray files of known items {counts['stray']}, consent forms {counts['form']}); "
                f"newer than {min_age_minutes} minutes, kept: {len(recent)}; "
                f"named by a row but missing: {len(missing)}."
            )
        )
