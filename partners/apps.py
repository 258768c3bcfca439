from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = "Partners"

    def ready(self):
        from partners.signal_handlers import register_signal_handlers

        register_signal_handlers()
