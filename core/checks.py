from django.conf import settings
from django.core import checks

from core.clientip import malformed_entries


@checks.register(checks.Tags.security)
def check_trusted_proxies(app_configs, **kwargs):
    """A typing error in DJANGO_TRUSTED_PROXIES shows at start-up: the entry is
    ignored, so X-Forwarded-For from that proxy would not be believed."""
    wrong = malformed_entries(settings.TRUSTED_PROXIES)
    if wrong:
        return [
            checks.Warning(
                f"TRUSTED_PROXIES: {', '.join(map(repr, wrong))} is not an IP address or "
                "network and is ignored.",
                hint="Write addresses or CIDR networks, e.g. 10.0.0.5,10.1.0.0/16.",
                id="core.W001",
            )
        ]
    return []
