"""Backup and restore of the whole site in one .tar.gz archive (`manage.py backup` / `restore`).

The archive holds, in this order:

- `manifest.json`: the format version, the Django, Wagtail and wagtail-localize versions, the
  migrations applied to every app, the site languages and the locales in the database, when it
  was made and how many rows of each model and how many media files it holds;
- `data.jsonl`: the database as Django's serialized data (`dumpdata --format jsonl` with natural
  foreign keys), one object a line, so that neither the backup nor the restore holds it whole in
  memory;
- `media/…`: every file of the media storage (original images, renditions, documents, generated
  files), read through Django's storage API: MEDIA_ROOT, or the bucket under its prefix when media
  are on object storage (home/storage.py). A backup of either restores into either.

Serialized data rather than pg_dump or a copy of the SQLite file: one archive works on both
databases (a SQLite site can be restored onto PostgreSQL), and a restore can check it against the
code before it changes anything. A database dump alone would miss the media; a copy of the media
alone would miss the rows that point at them.
"""

import gzip
import io
import json
import os
import shutil
import tarfile
import tempfile
import time
import zlib
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.core import serializers
from django.core.cache import caches
from django.core.files import File
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.models import signals

from home import page_cache
from home.storage import MediaStorage

# Django's JSON Lines with times to the microsecond (home/backup_serializer.py).
SERIALIZER = "backup-jsonl"
serializers.register_serializer(SERIALIZER, "home.backup_serializer")

FORMAT = "welcoming-cities-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA = "data.jsonl"
MEDIA = "media"

# What the backup leaves out, and why:
EXCLUDED = [
    # Made again by `migrate` on the target; the data names them by natural key.
    "contenttypes",
    "auth.Permission",
    # Logins; a restored site asks everyone to log in again.
    "sessions",
    # Who has which page open in the editor at this moment.
    "wagtailadmin.EditingSession",
    # The search index: rebuilt after a restore (`update_index`), which also indexes each page
    # with the target database's own search configuration (SQLite FTS or PostgreSQL stemming).
    "wagtailsearch",
]

# The tables a restore keeps: made by `migrate`, not in the archive.
KEPT_MODELS = ["contenttypes.ContentType", "auth.Permission"]

# How many pages `migrate` creates: the tree root and the English home page.
PAGES_MADE_BY_MIGRATIONS = 2


class BackupError(Exception):
    """A backup or restore that cannot go ahead; the message says why and what to do."""


@dataclass
class Summary:
    objects: int
    pages: int
    languages: int
    images: int
    renditions: int
    documents: int
    media_files: int
    media_bytes: int
    seconds: float

    def describe(self):
        return (
            f"{self.objects:,} database objects ({self.pages:,} pages in {self.languages} "
            f"languages, {self.images:,} images, {self.renditions:,} renditions, "
            f"{self.documents:,} documents) and {self.media_files:,} media files "
            f"({megabytes(self.media_bytes)})"
        )


def megabytes(size):
    return f"{size / 1_000_000:.1f} MB"


# Backup


def backup(destination, log=print):
    """Writes the archive to `destination` (a file path, or a folder to put a dated file in) and
    returns (its path, a Summary). The archive appears only once complete."""
    started = time.monotonic()
    storage = default_storage
    destination = Path(destination)
    if destination.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        destination = destination / f"welcoming-cities-{stamp}.tar.gz"
    if not destination.parent.is_dir():
        raise BackupError(f"{destination.parent} is not a folder.")

    pending = migration_plan()
    if pending:
        raise BackupError(
            f"The database is missing {len(pending)} of this code's migrations: run "
            "`manage.py migrate` first, so that the backup records the state it was made in."
        )

    with tempfile.TemporaryDirectory(prefix="backup-") as scratch:
        data_path = Path(scratch) / DATA
        log("Reading the database…")
        with snapshot():
            call_command(
                "dumpdata",
                format=SERIALIZER,
                natural_foreign=True,
                use_base_manager=True,
                exclude=EXCLUDED,
                output=str(data_path),
                verbosity=0,
            )
            manifest = describe_database()
            manifest["permissions"] = permissions()
        manifest["counts"] = count_objects(data_path)
        data_size = megabytes(data_path.stat().st_size)
        log(f"  {sum(manifest['counts'].values()):,} objects ({data_size})")

        files = media_files(storage)
        manifest["media"] = {"files": len(files), "bytes": sum(size for _, size in files)}
        log(f"Adding {len(files):,} media files ({megabytes(manifest['media']['bytes'])})…")

        partial = destination.with_name(destination.name + ".partial")
        # The archive holds password hashes and e-mail addresses: readable by its owner only.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(descriptor, "wb") as raw:
                with tarfile.open(fileobj=raw, mode="w:gz", compresslevel=6) as archive:
                    add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
                    archive.add(data_path, arcname=DATA)
                    progress = Progress(log, len(files), "media files")
                    for name, _ in files:
                        try:
                            add_media_file(archive, storage, name)
                        except FileNotFoundError:
                            log(f"  {name} was deleted while backing up; left out")
                        progress.step()
                raw.flush()
                os.fsync(raw.fileno())
            os.replace(partial, destination)
        finally:
            partial.unlink(missing_ok=True)

    return destination, summarize(manifest, time.monotonic() - started)


@contextmanager
def snapshot():
    """One consistent view of the database while it is read, even if editors keep working: on
    PostgreSQL a read-only repeatable-read transaction; on SQLite a read transaction (it makes
    writers wait until the data is read)."""
    connection = connections[DEFAULT_DB_ALIAS]
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def describe_database():
    from wagtail.models import Locale

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": {
            "django": django.__version__,
            "wagtail": wagtail.__version__,
            "wagtail-localize": version("wagtail-localize"),
        },
        "database": connections[DEFAULT_DB_ALIAS].vendor,
        "migrations": applied_migrations(),
        "languages": [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES],
        "locales": sorted(Locale.objects.values_list("language_code", flat=True)),
        "excluded": EXCLUDED,
    }


def applied_migrations():
    """{app label: sorted names of its applied migrations} for the installed apps."""
    loader = MigrationLoader(connections[DEFAULT_DB_ALIAS])
    installed = {config.label for config in apps.get_app_configs()}
    applied = {}
    for app_label, name in loader.applied_migrations:
        if app_label in installed:
            applied.setdefault(app_label, []).append(name)
    return {app_label: sorted(names) for app_label, names in sorted(applied.items())}


def permissions():
    """Every permission as [codename, app label, model, name]. Permissions are not in the data
    (their ids differ between databases), but the data names them: those that migrations rather
    than models declare (wagtail-localize's "submit_translation") are made again from this list
    when the target database lacks them."""
    from django.contrib.auth.models import Permission

    return sorted(
        [codename, app_label, model, name]
        for codename, app_label, model, name in Permission.objects.values_list(
            "codename", "content_type__app_label", "content_type__model", "name"
        )
    )


def count_objects(data_path):
    """{model label: objects} in the serialized data, as written."""
    counts = Counter()
    with open(data_path, encoding="utf-8") as data:
        for line in data:
            if line.strip():
                counts[json.loads(line)["model"]] += 1
    return dict(sorted(counts.items()))


def media_files(storage):
    """(name, size) of every file of the media storage, sorted by name: the bucket's objects
    under its prefix, or the files of MEDIA_ROOT."""
    if isinstance(storage, MediaStorage):
        return sorted(storage.files())
    if isinstance(storage, FileSystemStorage):
        return list(walk(Path(storage.location)))
    raise BackupError(
        f"Media are stored with {type(storage).__name__}, which the backup cannot list: back "
        "them up with that storage's own tools."
    )


def describe_storage(storage):
    if isinstance(storage, MediaStorage):
        return "/".join(filter(None, [f"s3://{storage.bucket_name}", storage.location.strip("/")]))
    return str(storage.location)


def add_media_file(archive, storage, name):
    """Adds one media file to the archive, read through the storage as it arrives (from the
    bucket without a copy on disk)."""
    if isinstance(storage, MediaStorage):
        handle, size = storage.stream(name)
    else:
        handle = storage.open(name, "rb")
        size = os.fstat(handle.fileno()).st_size
    info = tarfile.TarInfo(f"{MEDIA}/{name}")
    info.size = size
    info.mtime = int(time.time())
    info.mode = 0o600
    with handle:
        archive.addfile(info, handle)


def walk(root):
    """(relative path, size) of every file under `root`, in a stable order; symbolic links and
    the unfinished staging folders of an interrupted restore are left out."""
    if not root.is_dir():
        return
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(name for name in subfolders if not name.startswith(".restore-"))
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path.relative_to(root).as_posix(), path.stat().st_size


def add_bytes(archive, name, content):
    info = tarfile.TarInfo(name)
    info.size = len(content)
    info.mtime = int(time.time())
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(content))


class Progress:
    """Prints "n / total" every couple of seconds for long loops."""

    def __init__(self, log, total, what):
        self.log, self.total, self.what = log, total, what
        self.done = 0
        self.last = time.monotonic()

    def step(self):
        self.done += 1
        if time.monotonic() - self.last > 2 and self.done < self.total:
            self.log(f"  {self.done:,} / {self.total:,} {self.what}")
            self.last = time.monotonic()


def summarize(manifest, seconds):
    counts = manifest["counts"]
    return Summary(
        objects=sum(counts.values()),
        pages=counts.get("wagtailcore.page", 0),
        languages=len(manifest["locales"]),
        images=counts.get("wagtailimages.image", 0),
        renditions=counts.get("wagtailimages.rendition", 0),
        documents=counts.get("wagtaildocs.document", 0),
        media_files=manifest["media"]["files"],
        media_bytes=manifest["media"]["bytes"],
        seconds=seconds,
    )


# Restore


def restore(source, replace=False, log=print):
    """Brings the archive at `source` back into the database and the media storage and returns
    a Summary. Everything is checked before anything changes; the database is loaded in one
    transaction, then the media files are written. Unless `replace` is true, the database and
    media storage must be empty."""
    started = time.monotonic()
    source = Path(source)
    storage = default_storage
    manifest = read_manifest(source)
    log(
        f"Backup of {manifest['created_at']} ({manifest['database']}, Wagtail "
        f"{manifest['versions']['wagtail']}): {describe_counts(manifest)}"
    )
    check_migrations(manifest)
    check_languages(manifest)
    if not replace:
        check_empty(storage)

    plan = migration_plan()
    if plan:
        log(f"Applying {len(plan)} migrations…")
        call_command("migrate", interactive=False, verbosity=0)

    with tempfile.TemporaryDirectory(prefix="restore-") as scratch:
        data_path = Path(scratch) / DATA
        log("Reading the archive…")
        unpack(source, manifest, data_path, log)
        log(f"Loading {sum(manifest['counts'].values()):,} objects in one transaction…")
        load(data_path, manifest)
    if replace:
        old = media_files(storage)
        log(f"Deleting the {len(old):,} media files that were there…")
        for name, _ in old:
            storage.delete(name)
    log(f"Writing the media files to {describe_storage(storage)}…")
    write_media(source, manifest, storage, log)

    log("Clearing the caches and rebuilding the search index…")
    # Nothing cached from the database that was there before may be served: pages, renditions,
    # the site root paths; a frontend cache (Varnish) is purged too.
    for cache in caches.all():
        cache.clear()
    page_cache.clear("restored from a backup")
    call_command("update_index", stdout=io.StringIO(), verbosity=0)
    return summarize(manifest, time.monotonic() - started)


def read_manifest(source):
    """The archive's manifest, after checking that it is a backup this code can read."""
    if not source.is_file():
        raise BackupError(f"{source} does not exist or is not a file.")
    try:
        with tarfile.open(source, mode="r:gz") as archive:
            first = archive.next()
            if first is None or first.name != MANIFEST or not first.isfile():
                raise BackupError(
                    f"{source} is a .tar.gz archive but not a backup made by `manage.py backup` "
                    f"(it does not start with {MANIFEST})."
                )
            manifest = json.load(archive.extractfile(first))
    except (tarfile.TarError, gzip.BadGzipFile, EOFError, zlib.error, OSError) as error:
        raise BackupError(
            f"{source} is not a backup archive: it cannot be read as a .tar.gz file ({error})."
        ) from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BackupError(f"{source} has an unreadable {MANIFEST} ({error}).") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"{source} is not a backup made by `manage.py backup`.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"{source} is in backup format version {manifest.get('format_version')}; this code "
            f"reads version {FORMAT_VERSION}. Restore it with the code that made it (Wagtail "
            f"{manifest.get('versions', {}).get('wagtail', '?')})."
        )
    return manifest


def check_migrations(manifest):
    """The backup must have been made with exactly the migrations this code has: its data has
    the shape of those tables, no other."""
    code = code_migrations()
    backup = {app: set(names) for app, names in manifest["migrations"].items()}
    loader = MigrationLoader(None, ignore_no_migrations=True)
    # A squashed migration counts as applied where all the ones it replaces are.
    for (app, name), migration in loader.disk_migrations.items():
        replaced = {replaced_name for replaced_app, replaced_name in migration.replaces}
        if replaced and replaced <= backup.get(app, set()):
            backup[app].add(name)
    squashed_away = {
        replaced
        for migration in loader.disk_migrations.values()
        for replaced in migration.replaces
    }
    problems = []
    for app in sorted(set(code) | set(backup)):
        missing = sorted(code.get(app, set()) - backup.get(app, set()))
        unknown = sorted(
            name
            for name in backup.get(app, set()) - code.get(app, set())
            if (app, name) not in squashed_away
        )
        if missing:
            problems.append(f"{app}: the code has {', '.join(missing)}, the backup does not")
        if unknown:
            problems.append(f"{app}: the backup has {', '.join(unknown)}, the code does not")
    if problems:
        raise BackupError(
            "The backup was made with other migrations than this code has:\n  "
            + "\n  ".join(problems)
            + f"\nRestore it with the code it was made with (Wagtail "
            f"{manifest['versions']['wagtail']}, backed up {manifest['created_at']}), then "
            "upgrade and migrate."
        )


def code_migrations():
    """{app label: names of the migrations this code would apply} for the installed apps."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    installed = {config.label for config in apps.get_app_configs()}
    code = {}
    for app_label, name in loader.graph.nodes:
        if app_label in installed:
            code.setdefault(app_label, set()).add(name)
    return code


def check_languages(manifest):
    """Pages in a language the site does not serve could not be reached after the restore."""
    served = {code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES}
    missing = sorted(set(manifest["locales"]) - served)
    if missing:
        raise BackupError(
            f"The backup has content in {', '.join(missing)}, which this site does not serve "
            f"(SITE_LANGUAGES is {','.join(sorted(served))}). Add "
            f"{', '.join(missing)} to SITE_LANGUAGES and restore again."
        )


def check_empty(storage):
    """Refuses a database or media storage that holds content: a restore would replace it."""
    held = database_content()
    if held:
        raise BackupError(
            f"The database is not empty: it holds {held}. Restore into an empty database, or "
            "pass --replace to delete everything in it and in the media storage first."
        )
    files = len(media_files(storage))
    if files:
        raise BackupError(
            f"The media folder {describe_storage(storage)} is not empty: it holds {files:,} "
            "files. Restore into an empty folder, or pass --replace to delete everything in it "
            "and in the database first."
        )


def database_content():
    """What the database holds beyond what `migrate` creates, in words ("" if nothing)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision

    connection = connections[DEFAULT_DB_ALIAS]
    if Page._meta.db_table not in connection.introspection.table_names():
        return ""
    counts = {
        "users": get_user_model().objects.count(),
        "pages": max(Page.objects.count() - PAGES_MADE_BY_MIGRATIONS, 0),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }
    return ", ".join(f"{count:,} {what}" for what, count in counts.items() if count)


def migration_plan():
    connection = connections[DEFAULT_DB_ALIAS]
    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


def unpack(source, manifest, data_path, log):
    """Reads the whole archive once: the data to `data_path`, the media files checked (names
    inside the media folder) and skipped. A damaged archive fails here, before the database or
    the media storage is touched."""
    progress = Progress(log, manifest["media"]["files"], "media files")
    found_data = False
    try:
        with tarfile.open(source, mode="r:gz") as archive:
            for member in archive:
                if member.name == DATA and member.isfile():
                    with archive.extractfile(member) as data, open(data_path, "wb") as out:
                        shutil.copyfileobj(data, out)
                    found_data = True
                elif member.name.startswith(f"{MEDIA}/") and member.isfile():
                    safe_relative(member.name, source)
                    progress.step()
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise BackupError(f"{source} is damaged: {error}. Nothing was changed.") from error
    if not found_data:
        raise BackupError(f"{source} has no {DATA}. Nothing was changed.")


def safe_relative(name, source):
    """The path of a media member below the media folder; a name that would leave it (`..`, an
    absolute path) is refused."""
    relative = PurePosixPath(name).relative_to(MEDIA)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise BackupError(f"{source} holds a file outside the media folder: {name}.")
    return relative.as_posix()


def write_media(source, manifest, storage, log):
    """Writes the archive's media files into the (empty) storage under their own names, which
    the restored rows name."""
    progress = Progress(log, manifest["media"]["files"], "media files")
    with tarfile.open(source, mode="r:gz") as archive:
        for member in archive:
            if member.name.startswith(f"{MEDIA}/") and member.isfile():
                name = safe_relative(member.name, source)
                with archive.extractfile(member) as data:
                    saved = storage.save(name, File(data, name=name))
                if saved != name:
                    log(f"  {name} was already there: written as {saved}")
                progress.step()


def load(data_path, manifest):
    """Replaces every row of the database with the archive's, in one transaction: all of it is
    restored or none of it."""
    connection = connections[DEFAULT_DB_ALIAS]
    with transaction.atomic():
        empty_tables(connection)
        ensure_permissions(manifest["permissions"])
        with muted(signals.pre_save, signals.post_save, signals.m2m_changed):
            try:
                call_command("loaddata", str(data_path), verbosity=0)
            except Exception as error:
                raise BackupError(
                    f"The backup's data could not be loaded, so none of it was: {error}"
                ) from error
        wrong = []
        for label, expected in manifest["counts"].items():
            found = apps.get_model(label)._base_manager.count()
            if found != expected:
                wrong.append(f"{label}: {found:,} instead of {expected:,}")
        if wrong:
            raise BackupError(
                "The restored data does not match the backup's manifest; nothing was changed:\n  "
                + "\n  ".join(wrong)
            )


def ensure_permissions(listed):
    """The data names content types and permissions by natural key: make sure they exist."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    for config in apps.get_app_configs():
        create_contenttypes(config, verbosity=0)
        create_permissions(config, verbosity=0)
    for codename, app_label, model, name in listed:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(
            codename=codename, content_type=content_type, defaults={"name": name}
        )


def empty_tables(connection):
    """Deletes every row but the content types and permissions that `migrate` made, as
    `manage.py flush` does (on PostgreSQL with TRUNCATE, resetting the id sequences)."""
    kept = {apps.get_model(label)._meta.db_table for label in KEPT_MODELS}
    tables = [
        table
        for table in connection.introspection.django_table_names(
            only_existing=True, include_views=False
        )
        if table not in kept
    ]
    statements = connection.ops.sql_flush(no_style(), tables, reset_sequences=True)
    if connection.vendor == "postgresql":
        # TRUNCATE refuses tables with foreign-key checks still pending from earlier writes in
        # the same transaction (when the caller holds one open, as a test does): run them now.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        connection.ops.execute_sql_flush(statements)
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    else:
        connection.ops.execute_sql_flush(statements)


@contextmanager
def muted(*model_signals):
    """Nothing reacts to the rows as they are loaded: they are the backup, already complete
    (some receivers, like wagtail-localize's, would otherwise change pages or read rows that
    are not loaded yet)."""
    saved = [(signal, signal.receivers) for signal in model_signals]
    for signal in model_signals:
        signal.receivers = []
        signal.sender_receivers_cache.clear()
    try:
        yield
    finally:
        for signal, receivers in saved:
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


def describe_counts(manifest):
    return summarize(manifest, 0).describe()
