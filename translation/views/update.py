"""Syncing translations with their changed original."""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail_localize.views.update_translations import (
    UpdateTranslationsView as LocalizeUpdateTranslationsView,
)

from translation.views.access import may_publish


class UpdateTranslationsView(LocalizeUpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", whose "Publish immediately" publishes every
    translation of the source: refused, with nothing changed, unless the editor may publish each
    of them (wagtail-localize asks only for the permission to submit translations)."""

    def form_valid(self, form):
        if form.cleaned_data["publish_translations"]:
            refused = []
            for translation in self.object.translations.filter(enabled=True):
                try:
                    target = translation.get_target_instance()
                except ObjectDoesNotExist:
                    continue  # not made yet: publishing makes it, as submitting would
                if not may_publish(self.request.user, target):
                    refused.append(str(target))
            if refused:
                messages.error(
                    self.request,
                    _(
                        "Nothing was synced or published: you may not publish %(titles)s. "
                        "Sync without “Publish immediately”, and ask a Gdańsk editor to "
                        "publish."
                    )
                    % {"titles": ", ".join(f"“{title}”" for title in refused)},
                )
                return redirect(self.request.get_full_path())
        return super().form_valid(form)
