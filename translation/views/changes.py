"""What changed in a translation's original: each changed text before and after, beside its
current translation."""

from django.utils.translation import gettext as _

from translation.changes import changed_texts
from translation.views.texts import TranslationTextsView


class TranslationChangesView(TranslationTextsView):
    """The texts of an original changed since its translation was made (translation/changes.py),
    the changed words marked, with the current translation to bring up to date."""

    template_name = "translation/translation_changes.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(title=_("What changed"), rows=changed_texts(self.translation))
        return context
