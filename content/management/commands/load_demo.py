import importlib

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Fill an empty database with the demo content of every app (pages, glossary, "
        "gallery, appointment requests) and a demo staff login. Objects that already "
        "exist are left as they are, so running it again changes nothing. "
        "Never run it on a production database."
    )

    def handle(self, *args, **options):
        # Each app that has demo content offers a ``demo.load(command)`` function;
        # this command knows none of them by name.
        for app_config in apps.get_app_configs():
            try:
                module = importlib.import_module(f"{app_config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{app_config.name}.demo":
                    raise
                continue
            if hasattr(module, "load"):
                with transaction.atomic():
                    module.load(self)
