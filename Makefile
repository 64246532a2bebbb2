# The two commands of the README, both from a fresh clone:
#   make run   virtualenv, dependencies, migrations, demo content, server on http://127.0.0.1:8000
#   make test  the same set-up, then the whole test suite
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

# The first interpreter that is Python 3.12 or newer. With pyenv, .python-version
# makes plain python3 the right one; elsewhere python3.13 or python3.12 may be.
FIND_PYTHON := for candidate in python3 python3.13 python3.12; do \
	if command -v $$candidate >/dev/null 2>&1 && \
	   $$candidate -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
		command -v $$candidate; exit 0; \
	fi; \
done

# make run serves the site as in production (custom error pages, hashed static
# files, CSP) but over plain HTTP on loopback, with a local secret key, and without
# the second login factor so that the demo login works without an authenticator app.
RUN_ENV := DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat .dev-secret-key)}" \
	DJANGO_SECURE_SSL_REDIRECT="$${DJANGO_SECURE_SSL_REDIRECT:-0}" \
	DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	DJANGO_EMAIL_BACKEND="$${DJANGO_EMAIL_BACKEND:-django.core.mail.backends.console.EmailBackend}" \
	DJANGO_REQUIRE_2FA="$${DJANGO_REQUIRE_2FA:-0}"

.PHONY: help run test setup lint format messages clean

help:
	@echo "make run    start the demo site on http://$(HOST):$(PORT)"
	@echo "make test   run the whole test suite"
	@echo "make lint   ruff check and format check"

$(VENV)/.created:
	@python="$$($(FIND_PYTHON))"; \
	if [ -z "$$python" ]; then \
		echo "Python 3.12 or newer is needed (Django 6.1) and none was found." >&2; \
		echo "Install one, e.g. 'pyenv install 3.13' or your system's python3.13 package, then run make again." >&2; \
		exit 1; \
	fi; \
	if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
		echo "$(VENV) uses an old Python; recreating it."; rm -rf $(VENV); \
	fi; \
	echo "Creating $(VENV) with $$($$python --version) ($$python)"; \
	"$$python" -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	@touch $@

$(VENV)/.runtime: requirements.txt $(VENV)/.created
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.created
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.runtime

.dev-secret-key: | $(VENV)/.created
	@$(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
	@chmod 600 $@

setup: $(VENV)/.runtime .dev-secret-key
	@echo "Migrating the database …"
	@$(RUN_ENV) $(PY) manage.py migrate --noinput --verbosity 0
	@echo "Collecting static files …"
	@$(RUN_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	@echo "Loading the demo content …"
	@$(RUN_ENV) $(PY) manage.py load_demo

run: setup
	@echo "Starting the site on http://$(HOST):$(PORT)/ (German: /de/, English: /en/, staff: /admin/)"
	@$(RUN_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

test: $(VENV)/.dev setup
	$(PY) -m pytest

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Extract and compile the interface strings (needs GNU gettext).
messages: $(VENV)/.runtime
	DJANGO_DEBUG=1 $(PY) manage.py makemessages --locale de --locale en --no-location --ignore '.venv/*' --ignore 'staticfiles/*'
	DJANGO_DEBUG=1 $(PY) manage.py compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 db.sqlite3-wal db.sqlite3-shm .dev-secret-key
