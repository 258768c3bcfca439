"""Settings shared by every environment. Anything that differs between machines comes from the
environment; nothing secret lives here."""

import datetime
import os
from pathlib import Path

import dj_database_url

from config.machine_translation import machine_translator

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "home",
    "publication",
    "translation",
    "partners",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache: a cached answer gets its policy at the moment it is served.
    "config.content_security_policy.ContentSecurityPolicyMiddleware",
    # Anonymous readers are served from the page cache before sessions or the database.
    "home.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # An editor's admin language, not the browser's, for every admin response (refusals too).
    "home.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A database that cannot be reached gets a 503 and, for a failed save, what was typed.
    "home.middleware.DatabaseUnavailableMiddleware",
    # An editor's form posted without the fields its widgets always send gets a 400, not a 500.
    "home.middleware.MalformedEditorPostMiddleware",
    "axes.middleware.AxesMiddleware",
    # E-mails sent from the admin link to the site's public address (home/public_url.py).
    "home.public_url.AdminBaseUrlMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"


# Database: SQLite file in the project unless DATABASE_URL says otherwise.
def pooled(database):
    """A PostgreSQL database configured with psycopg 3's connection pool. The pool keeps
    connections open between requests (it replaces persistent connections, which Django refuses
    to combine with a pool) and, with CONN_HEALTH_CHECKS, checks each one before handing it out,
    so that a connection broken by a restart of PostgreSQL is replaced instead of failing a
    reader's request."""
    database["CONN_MAX_AGE"] = 0
    database["CONN_HEALTH_CHECKS"] = True
    database.setdefault("OPTIONS", {})["pool"] = {
        "min_size": int(os.environ.get("DATABASE_POOL_MIN", 2)),
        "max_size": int(os.environ.get("DATABASE_POOL_MAX", 10)),
        "timeout": float(os.environ.get("DATABASE_POOL_TIMEOUT", 10)),
    }
    return database


def queued_writes(database):
    """A SQLite database set up for several editors saving at once. Every transaction takes the
    write lock when it begins (IMMEDIATE), so two saves wait for each other in turn instead of
    both reading, then one failing with "database is locked" when it tries to write; each waits
    up to 20 seconds (the busy timeout) rather than Python's 5. In WAL mode readers go on while
    one request writes, and synchronous=NORMAL is WAL's safe setting (a power cut can lose the
    last commit, never corrupt the file)."""
    database.setdefault("OPTIONS", {}).update(
        transaction_mode="IMMEDIATE",
        timeout=20,
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    )
    return database


DATABASES = {
    "default": dj_database_url.config(
        conn_max_age=600,
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    pooled(DATABASES["default"])
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    queued_writes(DATABASES["default"])

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Background work through Django's tasks framework (the django-tasks backport). Wagtail's own
# (search and reference index) runs at once, in the request, as before; ours (the publication's
# PDFs, pictures made on publish) goes to a queue in the database, run by
# `manage.py run_worker` (started by `make run` and `make serve`), so that
# no reader and no editor waits for it.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
# The worker (`manage.py run_worker`, home/management/commands/run_worker.py) takes a task still
# running after TASK_STALE_AFTER seconds for one whose worker died (killed, its host lost) and
# runs it again: far longer than any task takes (a PDF, about 5 s; warming the whole site, a few
# minutes), short enough that a reader's PDF is not missing for long. Every
# SCHEDULED_PUBLISHING_INTERVAL seconds it publishes and unpublishes the pages whose "go live
# at" and "expire at" dates have come.
TASK_STALE_AFTER = float(os.environ.get("TASK_STALE_AFTER", 10 * 60))
SCHEDULED_PUBLISHING_INTERVAL = float(os.environ.get("SCHEDULED_PUBLISHING_INTERVAL", 60))

# Cache: Redis when REDIS_URL is set, the database otherwise. Redis fails open: while it is
# unreachable the site answers from the database (home/cache_backend.py).
#
# The cache is always one that every process sees: the page cache's generation lives in it, and
# a publish (by a gunicorn worker, the background worker's scheduled publishing, another host)
# must start the page cache afresh for every process that serves pages. A local-memory cache
# per process would keep serving the old page from every process but the one that published.
# Without Redis the cache is a table of the site's own database (`manage.py createcachetable`,
# run by `make run` and `make serve`): a cached page then costs two small queries, never a
# stale answer.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "home.cache_backend.FailOpenRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "welcoming-cities",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "site_cache",
            "KEY_PREFIX": "welcoming-cities",
            # Pages of every language, their renditions' records: a site of thousands of pages
            # keeps them all; past that the oldest third is dropped.
            "OPTIONS": {"MAX_ENTRIES": 50_000, "CULL_FREQUENCY": 3},
        }
    }
# Wagtail looks up which copies of a picture exist in a cache of their own: kept for a week
# (a rendition never changes; a deleted one is taken out of it by Wagtail).
CACHES["renditions"] = {**CACHES["default"], "TIMEOUT": 7 * 24 * 60 * 60}
if "KEY_PREFIX" in CACHES["renditions"]:
    CACHES["renditions"]["KEY_PREFIX"] += "-renditions"

# The full-page cache for anonymous readers (home/page_cache.py): cleared on every publish.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "true").lower() == "true"
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 24 * 60 * 60))
# A reverse proxy or CDN in front (Varnish: deploy/varnish/default.vcl) is purged on publish.
if os.environ.get("FRONTEND_CACHE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_URL"],
        }
    }

# Sign-in throttling (django-axes): after 5 failed sign-ins for one account or from one address,
# signing in is refused for 15 minutes, even with the right password, and the sign-in page says
# so (config/lockout.py); `manage.py axes_reset_username <name>` lifts it sooner. Behind
# REVERSE_PROXY_COUNT proxies that each append the address they were reached from to
# X-Forwarded-For, the client is that many addresses from the right end of the list (REMOTE_ADDR
# last); the addresses further left are whatever the client claimed.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "config.lockout.locked_out"
if int(os.environ.get("REVERSE_PROXY_COUNT", 0)):
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
    # django-ipware counts the proxies listed in the header: all but the nearest.
    AXES_IPWARE_PROXY_COUNT = int(os.environ["REVERSE_PROXY_COUNT"]) - 1
    # A longer list, with addresses the client made up in front, is still read from the right.
    IPWARE_STRICT = False

# Content-Security-Policy (django-csp): the browser runs, styles with and shows only what this
# site serves itself. The public pages have no inline script or style at all (the bars and the
# map are SVG, the JSON-LD is data, not script), so their policy needs neither a nonce (a page
# cached for every reader could not carry one per request) nor 'unsafe-inline'; nothing frames
# them (as X-Frame-Options: DENY says too). The admin, /admin/ and /django-admin/, has a policy
# of its own (config/content_security_policy.py) with what Wagtail's and wagtail-localize's
# screens need: their inline scripts and styles, pictures from data: and blob: addresses (a
# picture being uploaded), and framing by the site itself (the preview panel).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-ancestors": ["'self'"],
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Each is named in its own language. Every language of LANGUAGE_NAMES is a possible
# language of the site: Gdańsk's editors add its locale in the admin (Settings → Locales) or with
# `manage.py site_languages add <code>`, partners write in it, and readers see it only once it is
# opened there (home.models.LanguageOpening). SITE_LANGUAGES=en,pl,de,... names the languages that
# are open to readers from the start, until an editor closes one (English is always kept: it is
# the default locale of the tree).
LANGUAGE_NAMES = {
    "en": "English",
    "pl": "Polski",
    "de": "Deutsch",
    "nl": "Nederlands",
    "it": "Italiano",
    "el": "Ελληνικά",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "sv": "Svenska",
    "da": "Dansk",
    "fi": "Suomi",
    "cs": "Čeština",
    "sk": "Slovenčina",
    "sl": "Slovenščina",
    "hr": "Hrvatski",
    "hu": "Magyar",
    "ro": "Română",
    "bg": "Български",
    "lt": "Lietuvių",
    "lv": "Latviešu",
    "et": "Eesti",
    "uk": "Українська",
}
_language_codes = env_list("SITE_LANGUAGES", "en,pl,de,nl,it,el")
_unknown = [code for code in _language_codes if code not in LANGUAGE_NAMES]
if _unknown:
    raise ValueError(
        f"SITE_LANGUAGES has unknown language code(s) {', '.join(_unknown)}; "
        f"known: {', '.join(sorted(LANGUAGE_NAMES))}"
    )
if "en" not in _language_codes:
    _language_codes.insert(0, "en")

SITE_LANGUAGES = _language_codes
LANGUAGE_CODE = "en"
# The languages open from the start first (the switcher's order), then every other possible one.
_other_codes = [code for code in LANGUAGE_NAMES if code not in _language_codes]
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    (code, LANGUAGE_NAMES[code]) for code in [*_language_codes, *_other_codes]
]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [
    BASE_DIR / "locale",
    # wagtail-localize's own strings, complete in every admin language: before the package's
    # catalogues, after the site's. Not a folder named "locale", so that `makemessages` does not
    # write the translation app's strings into it.
    BASE_DIR / "translation" / "wagtail_localize_locale",
]
# The admin speaks every possible language; each account picks one in Account (partners' accounts
# start in their city's language: partners/roles.py). Where locale/ has no catalogue for it, the
# site's own texts are in English and the dashboard says so (home/wagtail_hooks.py).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# No avatars fetched from gravatar.com: the admin asks nothing of other servers.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask releases.wagtail.org for a newer version (the policy would refuse it).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Weeks start on Monday in the admin's English date pickers too, as everywhere in the network.
FORMAT_MODULE_PATH = ["config.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Warsaw"

# Static and media files.
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media (uploads, picture copies, documents, the publication's PDFs) stay in MEDIA_ROOT unless
# MEDIA_S3_BUCKET names a bucket on S3-compatible object storage (home/storage.py), which every
# host then shares:
#   MEDIA_S3_BUCKET        the bucket's name (it must exist); unset or empty: the local folder
#   MEDIA_S3_ENDPOINT_URL  the S3 API's address for a service other than AWS (MinIO, Ceph,
#                          Scaleway…), e.g. https://s3.example.org; unset: AWS. With it, buckets
#                          are addressed by path (https://s3.example.org/<bucket>/<key>)
#   MEDIA_S3_REGION        the bucket's region, e.g. eu-central-1; unset: the SDK's default
#   MEDIA_S3_PREFIX        a folder in the bucket for this site's files, e.g. welcoming-cities;
#                          unset: the bucket's root
#   AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY
#                          the key pair that may read, write, list and delete in the bucket;
#                          unset: boto3's usual sources (an instance role, ~/.aws)
# The bucket stays private: no file gets a public ACL, and readers never get a bucket address:
# every file is addressed at MEDIA_URL and served by the site after its checks (home/media.py).
MEDIA_S3_BUCKET = os.environ.get("MEDIA_S3_BUCKET", "")
if MEDIA_S3_BUCKET:
    MEDIA_S3_ENDPOINT_URL = os.environ.get("MEDIA_S3_ENDPOINT_URL") or None
    STORAGES["default"] = {
        "BACKEND": "home.storage.MediaStorage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": MEDIA_S3_ENDPOINT_URL,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "location": os.environ.get("MEDIA_S3_PREFIX", "").strip("/"),
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "addressing_style": "path" if MEDIA_S3_ENDPOINT_URL else None,
            "default_acl": None,
            "querystring_auth": True,
            # As on disk: an upload named like an earlier one gets a name of its own instead of
            # replacing that file.
            "file_overwrite": False,
            # A file read whole (a picture to resize) spills to a temporary file past 5 MB.
            "max_memory_size": 5 * 1024 * 1024,
        },
    }
# Documents are served by the site's view (home/media.py, with Wagtail's checks), never by a
# redirect to the storage's address, which a private bucket would refuse.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Complex page models can exceed Django's default of 1,000 fields per form in Wagtail's editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Welcoming Cities"
# The public address: the default site gets it (`manage.py set_public_url`, run by `make serve`)
# so that absolute links in the API, feeds and PDFs name it; e-mails link to the admin there.
PUBLIC_URL = os.environ.get("PUBLIC_URL", "")
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", PUBLIC_URL or "http://127.0.0.1:8000"
)
# Given by the environment, the admin's address is fixed; otherwise e-mails link to the default
# Site record's address once set_public_url has given it one (home/public_url.py).
ADMIN_BASE_URL_GIVEN = bool(os.environ.get("WAGTAILADMIN_BASE_URL") or PUBLIC_URL)
# Wagtail's database search; on SQLite with its relevance ranking done in one pass
# (search/sqlite_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.sqlite_backend"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Each language stemmed with its own text-search configuration (search/backends.py).
    WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"webp": "webp", "avif": "webp"}
# Every picture gets a description, its alternative text on the pages (home/alt_text.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.image_forms.ImageForm"
# A picture of more pixels is refused at upload with a message (Wagtail's default is 128 million:
# a 32 KB PNG of 11,000 × 11,000 took 48 s and 847 MB to resize).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# The read-only API (/api/v2/) gives rich text as the HTML a reader sees, links resolved;
# ?rich_text_format=db_html or markdown still asks for another form.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"

WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# A new translation starts as a draft: it holds the source's untranslated text until a Gdańsk
# editor has translated, reviewed and published it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in the translation editor only where a service is configured
# (MACHINE_TRANSLATION=deepl|google|libretranslate and its key or address, or DEEPL_API_KEY
# alone: config/machine_translation.py); without this setting wagtail-localize shows no
# machine-translation button at all.
if _machine_translator := machine_translator():
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = _machine_translator

# The languages every page is translated into (from its own); the translation status reports on
# these. Overridable with TRANSLATION_TARGET_LANGUAGES=en,pl,...; by default English, and Polish
# where it is a site language.
if os.environ.get("TRANSLATION_TARGET_LANGUAGES"):
    TRANSLATION_TARGET_LANGUAGES = env_list("TRANSLATION_TARGET_LANGUAGES")
    _unknown = [code for code in TRANSLATION_TARGET_LANGUAGES if code not in _language_codes]
    if _unknown:
        raise ValueError(
            f"TRANSLATION_TARGET_LANGUAGES has language(s) {', '.join(_unknown)} that are not "
            f"site languages; the site languages are {', '.join(_language_codes)}"
        )
else:
    TRANSLATION_TARGET_LANGUAGES = [code for code in ("en", "pl") if code in _language_codes]

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Welcoming Cities <noreply@localhost>")
# Workflow notifications (a partner submits, Gdańsk approves or asks for changes) come from here.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# A page released together with its translations waits for all of them (translation/release.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "translation.workflow_finish.finish_workflow"
