# One command runs the site (make run), one command passes the tests (make test).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install run test test-postgres serve lint format messages clean axe vnu bench

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the dependencies change.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(PY) manage.py migrate --no-input
	$(PY) manage.py load_demo
	$(PY) manage.py create_dev_admin
	$(PY) manage.py run_worker --no-reload -v0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:8000

# axe-core for the accessibility tests, from the npm registry, served to the browser from this
# file. Without npm the step is skipped, and so are those tests (outside CI).
AXE := build/axe/node_modules/axe-core/axe.min.js

axe:
	@if [ -f $(AXE) ]; then :; \
	elif command -v npm >/dev/null; then npm install --prefix build/axe --no-audit --no-fund --silent axe-core@4; \
	else echo "npm not found: the accessibility tests will be skipped"; fi

# The Nu HTML Checker (vnu.jar) for the test that validates every public page, from the npm
# registry too. It runs on the system's Java (CI installs default-jre-headless); the package's
# own download of a Java runtime is not run. Without npm or Java that test is skipped (outside
# CI).
VNU := build/vnu/node_modules/vnu-jar/build/dist/vnu.jar

vnu:
	@if [ -f $(VNU) ]; then :; \
	elif command -v npm >/dev/null; then npm install --prefix build/vnu --no-audit --no-fund --silent --ignore-scripts vnu-jar@26; \
	else echo "npm not found: the HTML validation test will be skipped"; fi

test: install axe vnu
	$(PY) -m pytest

# The same suite on PostgreSQL (needs a server; default: the local one).
test-postgres: install axe vnu
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(PY) -m pytest

# Production-like: gunicorn with production settings, and the background worker (the
# publication's PDFs, pictures made on publish, scheduled publishing), started again 5 s after
# it stops for any reason, and stopped with gunicorn. Needs SECRET_KEY and ALLOWED_HOSTS. On a
# server, deploy/systemd/ does the same with systemd.
serve: install
	DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py collectstatic --no-input -v0
	DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py migrate --no-input -v0
	DJANGO_SETTINGS_MODULE=config.settings.production $(PY) manage.py set_public_url
	export DJANGO_SETTINGS_MODULE=config.settings.production; \
	( trap 'kill $$child 2>/dev/null; exit 0' TERM; \
	  while :; do \
	    $(PY) manage.py run_worker --no-reload -v1 & child=$$!; wait $$child; \
	    echo "The background worker stopped (status $$?): starting it again in 5 s" >&2; \
	    sleep 5 & child=$$!; wait $$child; \
	  done ) & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	DJANGO_SETTINGS_MODULE=config.settings.production $(VENV)/bin/gunicorn config.wsgi -c gunicorn.conf.py

# How fast the public pages answer under gunicorn with the production settings, against a
# minimal view in the same run (benchmarks/site_speed.py). PAGES=50, 500 or 5000 reports and
# practices; each size's database is built once in /tmp. Uses wrk where installed.
PAGES ?= 500

bench: install
	$(PY) benchmarks/site_speed.py --pages $(PAGES)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Every catalogue in locale/ is updated; NEW_LANGUAGE=sv starts a new one (README: Adding a language).
messages: install
	$(PY) manage.py makemessages $(if $(NEW_LANGUAGE),-l $(NEW_LANGUAGE),-a) -i ".venv/*" -i "build/*"
	$(PY) manage.py compilemessages -i ".venv"

clean:
	rm -rf build staticfiles .pytest_cache
