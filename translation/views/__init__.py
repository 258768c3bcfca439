"""The translation tools' admin views, one module a screen, as wagtail-localize keeps its own."""
