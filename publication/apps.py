from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicationConfig(AppConfig):
    name = "publication"
    verbose_name = _("Publication")

    def ready(self):
        from publication.signal_handlers import register_signal_handlers

        register_signal_handlers()
