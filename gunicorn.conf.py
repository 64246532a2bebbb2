"""gunicorn settings; each can be overridden from the environment."""

import ipaddress
import multiprocessing
import os

# Loopback unless told otherwise: the proxy in front runs on the same machine. The
# container sets its own bind (Dockerfile).
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# gthread workers keep connections alive (sync workers close every one). One thread
# each by default: rendering is CPU-bound, and more threads only contend for the GIL
# (measured with bench/run.py: 5 workers × 1 thread serve the most requests on 2 cores).
worker_class = "gthread"
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
keepalive = 5
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
# Recycle workers now and then so that no slow leak can grow without bound.
max_requests = 2000
max_requests_jitter = 200
# Request line and header limits well below gunicorn's defaults: no page needs more.
limit_request_line = 4094
limit_request_fields = 60
limit_request_field_size = 8190
accesslog = "-"
errorlog = "-"
# No query strings in the access log: the site has no secrets in URLs, but log less anyway.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)ss'


def _networks(value: str) -> list[str]:
    """The rule of core.clientip.parse_networks (the `gunicorn` script does not have the
    project on its path): addresses and CIDR networks, malformed entries left out, where
    gunicorn itself would refuse to start."""
    networks = []
    for entry in value.split(","):
        try:
            networks.append(str(ipaddress.ip_network(entry.strip(), strict=False)))
        except ValueError:
            continue
    return networks


# X-Forwarded-Proto is believed from the same proxies as X-Forwarded-For in Django
# (DJANGO_TRUSTED_PROXIES, see core/clientip.py); none by default.
forwarded_allow_ips = ",".join(_networks(os.environ.get("DJANGO_TRUSTED_PROXIES", "")))
