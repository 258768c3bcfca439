"""The history of a translation's texts: who gave each its value, when and how."""

from django.utils.translation import gettext as _

from translation.history import texts_history
from translation.views.texts import TranslationTextsView


class TranslationHistoryView(TranslationTextsView):
    """Each text of a translation's original with every value its translation was given, oldest
    first (translation/history.py)."""

    template_name = "translation/translation_history.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(title=_("History of the texts"), rows=texts_history(self.translation))
        return context
