"""The Content-Security-Policy of each area of the site.

The public pages get `CONTENT_SECURITY_POLICY`: scripts, styles, pictures and fonts from the
site itself only, no inline script or style, framed by nothing. Wagtail's admin and Django's
cannot work under it: their screens carry inline scripts (a panel's or a widget's set-up, the
translation editor's addresses) and inline styles, written by the libraries' own templates (no
nonce reaches them) and some different on every page (no hash names them); the upload shows a
picture from a blob: address; the preview panel frames a page. Their answers get
`CONTENT_SECURITY_POLICY_ADMIN`; a reader's page never does, even when an editor is signed in.

A preview is the public page, rendered by Wagtail through the whole middleware again (with
`request.is_preview`) and shown in a frame of the admin: it keeps the public policy, except that
the site itself may frame it."""

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.urls import NoReverseMatch, reverse


def admin_prefixes():
    """Where Wagtail's admin and Django's live."""
    prefixes = []
    for name in ("wagtailadmin_home", "admin:index"):
        try:
            prefixes.append(reverse(name))
        except NoReverseMatch:
            continue
    return tuple(prefixes)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, giving the admin's answers the admin's policy (a view's own,
    set with django-csp's decorators, still comes first) and letting the admin frame a
    preview."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(admin_prefixes())
        ):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
        if not report_only and getattr(request, "is_preview", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
