"""Running the background queue in a test, as `manage.py db_worker --backend background` does."""

from django.core.management import call_command


def run_worker():
    """Run every queued background task, then return."""
    call_command(
        "db_worker",
        "--backend=background",
        "--batch",
        "--no-startup-delay",
        "--no-reload",
        verbosity=0,
    )
