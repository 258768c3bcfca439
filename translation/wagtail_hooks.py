"""Admin wiring for translation: the "Translations" status view, its dashboard panel, and
wagtail-localize's translate action and PO upload limited to what is safe."""

from django.contrib.admin.utils import quote
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

# Importing wagtail-localize's hooks registers them now, so that its "Translate this page" button
# hook can be wrapped below (its own module would otherwise be imported after this one).
from wagtail_localize import wagtail_hooks as localize_hooks

from translation import machine_translation
from translation.models import GlossaryTerm
from translation.review import review_queues
from translation.status import (
    OUTDATED,
    STATUSES,
    original_page,
    status_rows,
    summary,
)
from translation.views import access, batch, editor, files, report, review, submit, texts, update
from translation.views import changes as changes_views
from translation.views import history as history_views

# Pages named on the dashboard whose translations are outdated; the rest are a link away.
OUTDATED_SHOWN = 8


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    # Those under localize/ that wagtail-localize also has take its paths: registered before its
    # hook, they are the ones Django resolves, and reverse("wagtail_localize:...") still gives
    # the same paths.
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            submit.submit_page_translation,
            name="translation_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            submit.SubmitSnippetToTargetsView.as_view(),
            name="translation_submit_snippet_translation",
        ),
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine_translation.machine_translate,
            name="translation_machine_translate",
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/download/",
            files.download_pofile,
            name="translation_download_pofile",
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            files.upload_pofile,
            name="translation_upload_pofile",
        ),
        path(
            "localize/translate/<int:translation_id>/xliff/<str:version>/download/",
            files.download_xliff,
            name="translation_download_xliff",
        ),
        path(
            "localize/translate/<int:translation_id>/files/",
            files.translation_files,
            name="translation_translation_files",
        ),
        path(
            "localize/reports/translations/",
            report.TranslationsReportView.as_view(),
            name="translation_translations_report",
        ),
        path(
            "localize/reports/translations/results/",
            report.TranslationsReportView.as_view(results_only=True),
            name="translation_translations_report_results",
        ),
        path(
            "localize/translate/<int:translation_id>/memory/",
            texts.TranslationMemoryView.as_view(),
            name="translation_translation_memory",
        ),
        path(
            "localize/translate/<int:translation_id>/memory/use/",
            texts.use_memory_suggestion,
            name="translation_use_memory_suggestion",
        ),
        path(
            "localize/translate/<int:translation_id>/checks/",
            texts.TranslationChecksView.as_view(),
            name="translation_translation_checks",
        ),
        path(
            "localize/translate/<int:translation_id>/glossary/",
            texts.TranslationGlossaryView.as_view(),
            name="translation_translation_glossary",
        ),
        path(
            "localize/translate/<int:translation_id>/changes/",
            changes_views.TranslationChangesView.as_view(),
            name="translation_translation_changes",
        ),
        path(
            "localize/translate/<int:translation_id>/history/",
            history_views.TranslationHistoryView.as_view(),
            name="translation_translation_history",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            editor.convert_to_alias,
            name="translation_convert_to_alias",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            update.UpdateTranslationsView.as_view(),
            name="translation_update_translations",
        ),
        path(
            "translation-status/batch/",
            batch.BatchFilesView.as_view(),
            name="translation_translation_batch",
        ),
        path(
            "translation-status/",
            report.TranslationStatusView.as_view(),
            name="translation_translation_status",
        ),
    ]


@hooks.register("before_edit_page", order=-1)
def publish_translation(request, page):
    # Before wagtail-localize's own hook, which answers every other request of its editor.
    return editor.publish_translation(request, page)


@hooks.register("before_edit_page", order=-1)
def translation_memory_notice(request, page):
    return editor.translation_memory_notice(request, page)


@hooks.register("before_edit_page", order=-1)
def translation_checks_notice(request, page):
    return editor.translation_checks_notice(request, page)


@hooks.register("construct_page_action_menu")
def convert_to_alias_for_publishers_only(menu_items, request, context):
    """wagtail-localize's "Convert to alias page" only for those who may do it: it replaces the
    live page (editor.convert_to_alias)."""
    page = context.get("page")
    if page is None or access.may_publish(request.user, page):
        return
    menu_items[:] = [item for item in menu_items if item.name != "localize-convert-to-alias"]


class GlossaryViewSet(SnippetViewSet):
    """The glossary among the snippets: editable by those with its permissions (the Gdańsk
    editors), listed by language pair."""

    model = GlossaryTerm
    icon = "list-ul"
    list_display = ["term", "translation", "source_language", "target_language"]
    list_filter = ["source_language", "target_language"]
    search_fields = ["term", "translation", "note"]
    # Searched in the database: the glossary is small and not in the search index.
    search_backend_name = None


register_snippet(GlossaryViewSet)


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return access.can_manage_translations(request.user)


@hooks.register("register_admin_menu_item")
def register_translations_menu_item():
    return TranslationsMenuItem(
        _("Translations"),
        reverse("translation_translation_status"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=250,
    )


@hooks.register("construct_reports_menu")
def hide_translations_report(request, menu_items):
    """wagtail-localize's "Translations" report only for those who may open it."""
    if not access.can_manage_translations(request.user):
        url = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != url]


class TranslationStatusPanel(Component):
    """The dashboard's summary: how many pages are missing, in progress, outdated or current in
    each target language, each number linking to the filtered status table."""

    name = "translation_status"
    template_name = "translation/translation_status_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        names = {
            locale.language_code: locale.get_display_name() for locale in Locale.objects.all()
        }
        rows = status_rows()
        totals = summary(rows)
        outdated = [
            {
                "title": row.title,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[row.page_id]),
                "languages": [
                    cell.locale.get_display_name() for cell in row.cells if cell.status == OUTDATED
                ],
            }
            for row in rows
            if any(cell.status == OUTDATED for cell in row.cells)
        ]
        return {
            "url": reverse("translation_translation_status"),
            "outdated": outdated[:OUTDATED_SHOWN],
            "outdated_count": len(outdated),
            "outdated_status": OUTDATED,
            "statuses": STATUSES,
            "languages": [
                {
                    "code": code,
                    "name": names.get(code, code),
                    "counts": [
                        {"status": status, "number": counts[status]} for status, _label in STATUSES
                    ],
                }
                for code, counts in totals.items()
                if code in names
            ],
        }


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if access.can_manage_translations(request.user):
        panels.append(TranslationStatusPanel())


def translate_buttons_for_originals_only(page, user, *args, **kwargs):
    """wagtail-localize's page buttons without "Translate this page" on a translation (pages are
    translated from their original only) or on a page already in every target language."""
    target = page.alias_of if page.alias_of_id else page
    translate_url = reverse("wagtail_localize:submit_page_translation", args=[target.pk])
    for button in localize_hooks.page_listing_more_buttons(page, user, *args, **kwargs):
        if button.url == translate_url and (
            original_page(target).pk != target.pk
            or not submit.missing_target_locales(target).exists()
        ):
            continue
        yield button


def translate_snippet_buttons_for_targets(snippet, user, *args, **kwargs):
    """wagtail-localize's snippet buttons without "Translate" on a snippet already in every
    target language."""
    meta = type(snippet)._meta
    translate_url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, quote(snippet.pk)],
    )
    for button in localize_hooks.register_snippet_listing_buttons(snippet, user, *args, **kwargs):
        if button.url != translate_url or submit.missing_target_locales(snippet).exists():
            yield button


def replace_hook(hook_name, old, new):
    """Put `new` where `old` is registered for `hook_name`, at the same order."""
    registered = hooks._hooks.get(hook_name, [])
    hooks._hooks[hook_name] = [(new if fn is old else fn, order) for fn, order in registered]


# Wagtail has no hook that removes another app's header or "More" buttons, so wagtail-localize's
# button function is swapped for the wrapper above where it is registered.
for hook_name in ("register_page_header_buttons", "register_page_listing_more_buttons"):
    replace_hook(
        hook_name, localize_hooks.page_listing_more_buttons, translate_buttons_for_originals_only
    )
replace_hook(
    "register_snippet_listing_buttons",
    localize_hooks.register_snippet_listing_buttons,
    translate_snippet_buttons_for_targets,
)


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path(
            "localize/translate/<int:translation_id>/review/submit/",
            review.submit_for_review,
            name="translation_review_submit",
        ),
        path(
            "localize/translate/<int:translation_id>/review/comment/",
            review.comment,
            name="translation_review_comment",
        ),
        path(
            "localize/translate/<int:translation_id>/review/comment/<int:comment_id>/resolve/",
            review.resolve_comment,
            name="translation_review_resolve_comment",
        ),
        path(
            "localize/translate/<int:translation_id>/review/<str:action>/",
            review.decide,
            name="translation_review_decide",
        ),
    ]


@hooks.register("construct_homepage_panels")
def add_translation_review_panel(request, panels):
    awaiting, changes = review_queues(request.user)
    if awaiting or changes:
        panels.append(review.TranslationReviewPanel(awaiting, changes))
