from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo content and `load_demo`: above every content app, since it fills them all."""

    name = "demo"
    verbose_name = _("Demo content")
