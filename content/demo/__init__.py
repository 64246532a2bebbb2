"""Demo content of the content app; ``load`` is called by ``manage.py load_demo``."""


def load(command):
    # Imported on use, so that the data modules can be checked on their own.
    from content.demo.loader import load as load_content

    load_content(command)
