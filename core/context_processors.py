from django.conf import settings


def site(request):
    """The site name for titles and the header, in the active language."""
    return {"SITE_NAME": settings.SITE_NAME}
