from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from home import data_names
        from home.chooser_labels import make_chooser_labels_lazy
        from home.signal_handlers import register_signal_handlers

        register_signal_handlers()
        data_names.register()
        make_chooser_labels_lazy()
