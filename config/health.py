"""A health check for load balancers and uptime monitors: answers "ok" while the process serves
requests, without touching the database, the cache or a session."""

from django.http import HttpResponse
from django.views.decorators.http import require_safe


@require_safe
def healthz(request):
    """Plain "ok", never cached: a monitor must reach the process itself, not a copy of its
    answer. It is also the baseline of `benchmarks/site_speed.py`, the least any request can
    cost through the same middleware."""
    response = HttpResponse("ok", content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "no-store"
    return response
