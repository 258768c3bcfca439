"""Running the background queue in a test, as `manage.py db_worker --backend background` does.

The worker command opens and closes database connections between tasks, which a test's
transaction on PostgreSQL does not allow; this runs the same queued tasks, oldest first, in the
test's own connection."""

from django_tasks_db.models import DBTaskResult


def run_worker():
    """Run every queued background task (and those they queue), then return how many ran."""
    ran = 0
    while True:
        queued = DBTaskResult.objects.ready().order_by("enqueued_at").first()
        if queued is None:
            return ran
        arguments = queued.args_kwargs
        DBTaskResult.objects.filter(pk=queued.pk).update(status="RUNNING")
        try:
            queued.task.call(*arguments["args"], **arguments["kwargs"])
        finally:
            DBTaskResult.objects.filter(pk=queued.pk).update(status="SUCCESSFUL")
        ran += 1
