"""Admin wiring for every page type: "Unpublish" offered once on the edit view, and Wagtail's
autosave on a new page continuing, on a second try, the page autosave already made; on the
dashboard, a notice to an editor whose language has no catalogue of the site's own texts; and
Settings → Locales for those who may add a language.

Wagtail offers "Unpublish" on a live page's edit view twice: in the header's "More" menu and in
the action menu under "Publish". The header's stays: it is where the explorer's listings offer
it too, beside "Delete" and "Move".

The create view's autosave makes the page (a draft) as soon as the editor starts typing, and the
editor's browser carries on in its edit view. When the editor starts again instead (they left
the create view before saving, or the answer to that first autosave never reached them), their
page's slug is already taken by that draft and Wagtail refuses it ("The slug … is already in
use"), although the draft is theirs and they never saved it. Here a new page posted with the
slug of a draft that autosave made for the same editor in this browser session, which the editor
has not saved themselves since, is saved to that draft instead, through its edit view (its
revisions keep whatever it held before). A page the editor saved, or anybody else's, still gets
Wagtail's refusal."""

import json

from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.utils import set_query_params
from wagtail.admin.views.pages.edit import EditView
from wagtail.permissions import locale_permission_policy

from home.languages import has_interface_catalogue, language_name

SESSION_KEY = "autosaved_new_pages"


class InterfaceLanguagePanel(Component):
    """Tells an editor whose admin language has no catalogue of the site's own texts (a language
    just added) that those texts are shown in English until one is made (README, `make
    messages`)."""

    name = "interface_language"
    template_name = "home/admin/interface_language_panel.html"
    order = 10

    def __init__(self, language):
        self.language = language

    def get_context_data(self, parent_context):
        return {"language_name": language_name(self.language)}


@hooks.register("construct_homepage_panels")
def interface_language_notice(request, panels):
    language = translation.get_language()
    if not has_interface_catalogue(language):
        panels.insert(0, InterfaceLanguagePanel(language))


@hooks.register("construct_settings_menu")
def locales_for_those_who_may_add_languages(request, menu_items):
    """wagtail-localize shows Settings → Locales only to those who may change sites; the Gdańsk
    editors may add a language and open it to readers (partners/roles.py) without that."""
    url = reverse("wagtaillocales:index")
    if any(item.url == url for item in menu_items):
        return
    if locale_permission_policy.user_has_any_permission(request.user, ["add", "change"]):
        menu_items.append(MenuItem(_("Locales"), url, name="locales", icon_name="site", order=603))


@hooks.register("construct_page_action_menu")
def unpublish_in_the_header_only(menu_items, request, context):
    menu_items[:] = [item for item in menu_items if item.name != "action-unpublish"]


def _is_autosave(request):
    return not request.accepts("text/html")


@hooks.register("after_create_page")
def remember_pages_made_by_autosave(request, page):
    if _is_autosave(request):
        request.session[SESSION_KEY] = [*request.session.get(SESSION_KEY, []), page.pk]


@hooks.register("after_edit_page")
def forget_pages_the_editor_saved(request, page):
    made_by_autosave = request.session.get(SESSION_KEY, [])
    if not _is_autosave(request) and page.pk in made_by_autosave:
        request.session[SESSION_KEY] = [pk for pk in made_by_autosave if pk != page.pk]


@hooks.register("before_create_page")
def continue_the_autosaved_draft(request, parent_page, page_class):
    made_by_autosave = request.session.get(SESSION_KEY)
    if request.method != "POST" or not made_by_autosave or not request.POST.get("slug"):
        return None
    draft = (
        parent_page.get_children()
        .filter(pk__in=made_by_autosave, slug=request.POST["slug"], owner=request.user)
        .filter(live=False, first_published_at__isnull=True)
        .first()
    )
    if draft is None or draft.specific_class is not page_class:
        return None
    response = EditView.as_view()(request, page_id=draft.pk)
    if _is_autosave(request) and response.get("Content-Type") == "application/json":
        # As after the create view's own first autosave: the browser goes on in the edit view.
        data = json.loads(response.content)
        if data.get("success"):
            url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
            hydrate_url = set_query_params(url, {"_w_hydrate_create_view": "1"})
            data.pop("html", None)  # the edit view's own parts come from hydrate_url
            data.update(url=url, hydrate_url=hydrate_url)
            response = JsonResponse(data)
    return response
