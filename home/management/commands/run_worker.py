"""The site's background worker: runs the queue of the `background` tasks backend as
django_tasks_db's `db_worker` does (same options, same claiming of a task, same recording of
its result), and goes on where that one stops.

- A database that goes away (PostgreSQL restarted, a network cut, the connection pool's timeout)
  is logged once and waited for, connections closed, trying again every few seconds; the worker
  never exits for it. The task it was running when the database went away is queued again.
- A task still RUNNING after settings.TASK_STALE_AFTER seconds was left by a worker that died
  (killed, its host lost): it is queued to run again, or marked failed after MAX_ATTEMPTS starts.
  No worker can tell whether another host's worker is alive, so the timeout stands for it: it
  must be far longer than any task takes, or a slow task would run twice.
- Every settings.SCHEDULED_PUBLISHING_INTERVAL seconds it runs Wagtail's `publish_scheduled`
  (pages whose "go live at" or "expire at" date has come), under a lock in the default cache so
  that the workers of several hosts never publish the same revision twice. Publishing sends
  Wagtail's page_published and page_unpublished signals, which clear the page cache
  (home/signal_handlers.py) as a publish from the admin does.

`--batch` runs the pages' scheduled publishing once, then what is queued, then exits."""

import logging
import os
import random
import signal
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import InterfaceError, OperationalError, close_old_connections, connections
from django.utils import timezone
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

logger = logging.getLogger(__name__)

# What a database that cannot be reached raises (psycopg's pool timeout arrives as an
# OperationalError too).
DATABASE_ERRORS = (OperationalError, InterfaceError)
# Seconds between attempts to reach a database that went away: doubling up to the last.
RECONNECT_DELAYS = (1, 2, 4, 8, 15)
# A task whose worker died this many times is not started again: it is what kills its workers.
MAX_ATTEMPTS = 3
WORKER_OPTIONS = ("interval", "backend_name", "startup_delay", "max_tasks", "worker_id")
STOP_SIGNALS = [signal.SIGINT, signal.SIGTERM] + (
    [signal.SIGQUIT] if hasattr(signal, "SIGQUIT") else []
)
SCHEDULED_PUBLISHING_LOCK = "worker:scheduled-publishing"
# How long a worker may take for one pass of scheduled publishing before another may start one.
SCHEDULED_PUBLISHING_LOCK_SECONDS = 15 * 60


class StaleTaskError(Exception):
    """Recorded as the error of a task whose workers kept dying while running it."""


class Worker(db_worker.Worker):
    def __init__(self, *, stale_after, publishing_interval, **options):
        super().__init__(**options)
        self.stale_after = stale_after
        self.publishing_interval = publishing_interval
        self.next_takeover = 0.0
        self.next_publishing = 0.0
        self.unavailable_since = None
        self.attempts = 0
        self.interrupted_task = None

    def queue(self):
        """The tasks this worker runs (its backend and queues), in any state."""
        tasks = DBTaskResult.objects.filter(backend_name=self.backend_name)
        if not self.process_all_queues:
            tasks = tasks.filter(queue_name__in=self.queue_names)
        if self.excluded_queue_names:
            tasks = tasks.exclude(queue_name__in=self.excluded_queue_names)
        return tasks

    def run(self):
        logger.info(
            "Starting worker worker_id=%s queues=%s", self.worker_id, ",".join(self.queue_names)
        )
        if self.startup_delay and self.interval and not self.batch:
            # Workers started together (several hosts after an outage) do not poll in step.
            time.sleep(random.random())  # noqa: S311 - not for security
        while self.running:
            try:
                ran = self.run_once()
            except DATABASE_ERRORS as error:
                self.wait_for_database(error)
                continue
            if self.batch and ran is False:
                logger.info("No more tasks to run for worker_id=%s - exiting.", self.worker_id)
                return
            if self.max_tasks is not None and self._run_tasks >= self.max_tasks:
                logger.info(
                    "Ran %d tasks on worker_id=%s - exiting.", self._run_tasks, self.worker_id
                )
                return
            if self.running and not ran:
                time.sleep(self.interval)

    def run_once(self):
        """The periodic work when it is due, then one task: True if one ran, False if none was
        ready, None if the database was locked (SQLite) and no task could be looked for."""
        close_old_connections()
        self.periodic_work()
        tasks = self.queue().ready()
        with exclusive_transaction(tasks.db):
            try:
                task_result = tasks.get_locked()
                if task_result is not None:
                    task_result.claim(self.worker_id)
            except OperationalError as error:
                if not is_locked_database_exception(error):
                    raise
                return None
        if self.unavailable_since is not None:
            self.database_back()
        if task_result is None:
            return False
        self.interrupted_task = task_result.pk
        self.run_task(task_result)
        self.interrupted_task = None
        close_old_connections()
        return True

    def periodic_work(self):
        """Take over dead workers' tasks and publish what is scheduled, each when it is due.
        A stop signal meanwhile waits for the end of it, as it waits for a task's."""
        now = time.monotonic()
        self.running_task = True
        try:
            if now >= self.next_takeover:
                self.next_takeover = now + min(self.stale_after, 60)
                self.take_over_stale_tasks()
            if now >= self.next_publishing:
                self.next_publishing = now + self.publishing_interval
                self.publish_scheduled()
        finally:
            self.running_task = False

    def take_over_stale_tasks(self):
        stale = (
            self.queue()
            .running()
            .filter(started_at__lt=timezone.now() - timedelta(seconds=self.stale_after))
        )
        with exclusive_transaction(stale.db):
            for task_result in stale.select_for_update(skip_locked=True):
                if len(task_result.worker_ids) >= MAX_ATTEMPTS:
                    logger.error(
                        "Task %s (%s) was started %d times and each worker stopped before it "
                        "finished: marked failed",
                        task_result.pk,
                        task_result.task_path,
                        len(task_result.worker_ids),
                    )
                    task_result.set_failed(
                        StaleTaskError(
                            f"Started {len(task_result.worker_ids)} times; each worker stopped "
                            "before the task finished."
                        )
                    )
                    continue
                logger.warning(
                    "Task %s (%s) has been running since %s, longer than %s s: its worker "
                    "stopped; queued to run again",
                    task_result.pk,
                    task_result.task_path,
                    task_result.started_at.isoformat(timespec="seconds"),
                    f"{self.stale_after:g}",
                )
                DBTaskResult.objects.filter(pk=task_result.pk).update(
                    status=TaskResultStatus.READY
                )

    def publish_scheduled(self):
        """Wagtail's `publish_scheduled`, by one worker at a time across hosts, at most once per
        interval: the lock is kept until the interval since the pass began is over. A page that
        cannot be published is logged; the next pass tries again."""
        started = time.monotonic()
        if not cache.add(
            SCHEDULED_PUBLISHING_LOCK, self.worker_id, SCHEDULED_PUBLISHING_LOCK_SECONDS
        ):
            logger.debug("Scheduled publishing is being done by another worker")
            return
        try:
            call_command("publish_scheduled")
        except DATABASE_ERRORS:
            cache.delete(SCHEDULED_PUBLISHING_LOCK)
            raise
        except Exception:
            logger.exception("Scheduled publishing failed")
        remaining = self.publishing_interval - (time.monotonic() - started)
        if remaining >= 1:
            cache.touch(SCHEDULED_PUBLISHING_LOCK, int(remaining))
        else:
            cache.delete(SCHEDULED_PUBLISHING_LOCK)

    def wait_for_database(self, error):
        """Log once, drop every connection (a broken one goes back to the pool to be
        replaced), wait, and let the loop try again."""
        if self.unavailable_since is None:
            self.unavailable_since = time.monotonic()
            logger.error("The database cannot be reached (%s); waiting for it", error)
            # The pool would log each failed connection attempt as well.
            logging.getLogger("psycopg.pool").setLevel(logging.ERROR)
        else:
            logger.debug("The database still cannot be reached: %s", error)
        self.running_task = False
        for connection in connections.all(initialized_only=True):
            try:
                connection.close()
            except DATABASE_ERRORS:
                pass
        time.sleep(RECONNECT_DELAYS[min(self.attempts, len(RECONNECT_DELAYS) - 1)])
        self.attempts += 1

    def database_back(self):
        logger.warning(
            "The database answers again after %.0f s", time.monotonic() - self.unavailable_since
        )
        self.unavailable_since = None
        self.attempts = 0
        logging.getLogger("psycopg.pool").setLevel(logging.NOTSET)
        if self.interrupted_task is not None:
            # Its result could not be recorded: it runs again rather than waiting to be stale.
            DBTaskResult.objects.filter(
                pk=self.interrupted_task, status=TaskResultStatus.RUNNING
            ).update(status=TaskResultStatus.READY)
            self.interrupted_task = None


class Command(db_worker.Command):
    help = (
        "Run the background worker: the tasks of the `background` queue, scheduled publishing "
        "and expiry every minute; survives database outages and takes up dead workers' tasks."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(backend_name="background")

    def configure_logging(self, verbosity):
        super().configure_logging(verbosity)
        level = {0: logging.CRITICAL, 1: logging.INFO}.get(verbosity, logging.DEBUG)
        logger.setLevel(level)
        if not logger.hasHandlers():
            logger.addHandler(logging.StreamHandler(self.stderr))

    def handle(self, *, verbosity, queue_name, exclude_queues, reload, batch, **options):
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded = exclude_queues.split(",") if exclude_queues else []
        if excluded and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = Worker(
            queue_names=queue_names,
            excluded_queue_names=excluded,
            batch=batch,
            stale_after=settings.TASK_STALE_AFTER,
            publishing_interval=settings.SCHEDULED_PUBLISHING_INTERVAL,
            **{name: options[name] for name in WORKER_OPTIONS},
        )
        if reload and not batch:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
            return
        # Run inside another program (a test), the signal handlers it had are given back.
        handlers = {number: signal.getsignal(number) for number in STOP_SIGNALS}
        worker.configure_signals()
        try:
            worker.run()
        finally:
            for number, handler in handlers.items():
                signal.signal(number, handler)
