from django.apps import AppConfig


class PublicationConfig(AppConfig):
    name = "publication"
    verbose_name = "Publication"

    def ready(self):
        from publication.signal_handlers import register_signal_handlers

        register_signal_handlers()
