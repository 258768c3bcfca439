"""Who may do what, through the real admin URLs: every role on its own pages and on another
partner's, with the database checked after every POST.

Each cell of MATRIX is run in a transaction that is rolled back afterwards, so every cell starts
from the same world (tests/partners/conftest.py)."""

import pytest
from django.contrib.auth.models import Permission
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import TranslationSource

from partners import roles
from publication.models import StudyVisitReportPage, ThematicArea
from tests.home.factories import locale
from tests.partners.admin import form_errors, page_form_data, refused

ROLES = ["anonymous", "bremen", "ghent", "translator", "gdansk"]

# action            target              anonymous bremen ghent translator gdansk
MATRIX = """
edit                bremen              -  Y  -  -  Y
edit                ghent               -  -  Y  -  Y
save_draft          bremen_report       -  Y  -  -  Y
save_draft          ghent_report        -  -  Y  -  Y
publish             bremen_report       -  -  -  -  Y
publish             ghent_report        -  -  -  -  Y
add_child           bremen              -  Y  -  -  Y
add_child           ghent               -  -  Y  -  Y
unpublish           bremen_report       -  -  -  -  Y
delete              bremen_report       -  -  -  -  Y
delete              bremen_draft        -  Y  -  -  Y
move                bremen_report       -  -  -  -  Y
copy                bremen_report       -  Y  -  -  Y
copy                ghent_report        -  -  Y  -  Y
lock                bremen_report       -  -  -  -  Y
translate           bremen_report       -  -  -  -  Y
sync_translations   bremen_report       -  -  -  -  Y
edit_translation    bremen_report_en    -  -  -  -  Y
edit_translation    bremen_report_pl    -  -  -  Y  Y
view_draft          bremen_report       -  Y  -  -  Y
view_draft          ghent_report        -  -  Y  -  Y
preview             bremen_report       -  Y  -  -  Y
preview             ghent_report        -  -  Y  -  Y
history             ghent_report        -  -  Y  -  Y
explore             ghent               -  -  Y  -  Y
users               -                   -  -  -  -  -
groups              -                   -  -  -  -  -
sites               -                   -  -  -  -  -
locales             -                   -  -  -  -  Y
workflows           -                   -  -  -  -  Y
snippets            -                   -  -  -  -  Y
edit_snippet        thematic_area       -  -  -  -  Y
images              -                   -  Y  Y  -  Y
"""


def matrix():
    rows = []
    for line in MATRIX.strip().splitlines():
        action, target, *cells = line.split()
        rows.append(
            (action, target, dict(zip(ROLES, [cell == "Y" for cell in cells], strict=True)))
        )
    return rows


# --- Actions: each returns whether the user managed it, and fails on anything unexpected -------


def expect_refused_or(response):
    """True if the page was shown, False if the admin refused; anything else (an error page, a
    redirect elsewhere) fails the test."""
    if refused(response):
        return False
    assert response.status_code == 200, (response.status_code, form_errors(response))
    return True


def get_ok(client, url):
    return expect_refused_or(client.get(url))


def post_effect(response, effect):
    """A POST's outcome: the effect in the database must match whether it went through."""
    if refused(response):
        assert not effect(), "refused, yet the database changed"
        return False
    assert response.status_code == 302, (response.status_code, form_errors(response))
    return effect()


def fresh(page):
    return Page.objects.get(pk=page.pk).specific


def edit(client, world, page):
    return get_ok(client, reverse("wagtailadmin_pages:edit", args=[page.pk]))


def save_draft(client, world, page):
    title = f"{page.title} (edited)"
    data = page_form_data(fresh(page), world.users["gdansk"], title=title)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    return post_effect(
        response, lambda: fresh(page).get_latest_revision_as_object().title == title
    )


def publish(client, world, page):
    title = f"{page.title} (published)"
    data = page_form_data(fresh(page), world.users["gdansk"], title=title)
    data["action-publish"] = "action-publish"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    # Without publish permission the edit view saves a draft instead: still not live.
    return post_effect(response, lambda: fresh(page).live and fresh(page).title == title)


def add_child(client, world, parent):
    start, end = world.new_report_dates
    new = StudyVisitReportPage(
        title="Neuer Bericht",
        slug="neuer-bericht",
        summary="A new visit.",
        start_date=start,
        end_date=end,
        context="<p>Context.</p>",
    )
    data = page_form_data(new, world.users["gdansk"], parent=parent)
    url = reverse(
        "wagtailadmin_pages:add", args=["publication", "studyvisitreportpage", parent.pk]
    )
    response = client.post(url, data)
    return post_effect(
        response, lambda: parent.get_children().filter(title="Neuer Bericht").exists()
    )


def unpublish(client, world, page):
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    return post_effect(response, lambda: not fresh(page).live)


def delete(client, world, page):
    response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    return post_effect(response, lambda: not Page.objects.filter(pk=page.pk).exists())


def move(client, world, page):
    destination = world.hamburg
    url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk])
    response = client.post(url)
    return post_effect(response, lambda: fresh(page).get_parent().pk == destination.pk)


def copy(client, world, page):
    data = {
        "new_title": "Kopie",
        "new_slug": "kopie",
        "new_parent_page": str(page.get_parent().pk),
    }
    response = client.post(reverse("wagtailadmin_pages:copy", args=[page.pk]), data)
    return post_effect(
        response, lambda: page.get_parent().get_children().filter(slug="kopie").exists()
    )


def lock(client, world, page):
    response = client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    return post_effect(response, lambda: fresh(page).locked)


def translate(client, world, page):
    italian = locale("it")
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    # Pages are translated into the target languages only; the report is in en and pl already.
    with override_settings(TRANSLATION_TARGET_LANGUAGES=["en", "pl", "it"]):
        response = client.post(url, {"locales": [italian.pk]})
    return post_effect(response, lambda: page.get_translation_or_none(italian) is not None)


def sync_translations(client, world, page):
    source = TranslationSource.objects.get_for_instance(page)
    return get_ok(client, reverse("wagtail_localize:update_translations", args=[source.pk]))


def edit_translation(client, world, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    if not expect_refused_or(response):
        return False
    templates = [template.name for template in response.templates]
    assert "wagtail_localize/admin/edit_translation.html" in templates
    return True


def view_draft(client, world, page):
    draft_title = page.get_latest_revision_as_object().title
    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    if refused(response):
        assert draft_title not in response.content.decode()
        return False
    assert response.status_code == 200
    assert draft_title in response.content.decode()
    return True


def preview(client, world, page):
    title = "Vorschau nur für die Redaktion"
    data = page_form_data(fresh(page), world.users["gdansk"], title=title)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    response = client.post(url, data)
    if refused(response):
        return False
    assert response.json()["is_valid"], response.json()
    response = client.get(url)
    assert response.status_code == 200
    assert title in response.content.decode()
    return True


def history(client, world, page):
    return get_ok(client, reverse("wagtailadmin_pages:history", args=[page.pk]))


def explore(client, world, page):
    url = reverse("wagtailadmin_explore", args=[page.pk])
    response = client.get(url)
    if refused(response):
        return False
    if response.status_code == 302:
        # Wagtail sends an editor to the part of the tree they may explore instead.
        assert response.url != url
        elsewhere = client.get(response.url).content.decode()
        assert world.ghent_report.get_admin_display_title() not in elsewhere
        return False
    assert response.status_code == 200
    assert world.ghent_report.get_admin_display_title() in response.content.decode()
    return True


def users(client, world, target):
    return get_ok(client, reverse("wagtailusers_users:index"))


def groups(client, world, target):
    return get_ok(client, reverse("wagtailusers_groups:index"))


def sites(client, world, target):
    return get_ok(client, reverse("wagtailsites:index"))


def locales(client, world, target):
    return get_ok(client, reverse("wagtaillocales:index"))


def workflows(client, world, target):
    return get_ok(client, reverse("wagtailadmin_workflows:index"))


def snippets(client, world, target):
    return get_ok(client, reverse("wagtailsnippets_publication_thematicarea:list"))


def edit_snippet(client, world, area):
    url = reverse("wagtailsnippets_publication_thematicarea:edit", args=[area.pk])
    response = client.post(url, {"name": "Housing and homes", "description": "", "sort_order": 1})
    return post_effect(
        response, lambda: ThematicArea.objects.get(pk=area.pk).name == "Housing and homes"
    )


def images(client, world, target):
    return get_ok(client, reverse("wagtailimages:index"))


ACTIONS = {
    "edit": edit,
    "save_draft": save_draft,
    "publish": publish,
    "add_child": add_child,
    "unpublish": unpublish,
    "delete": delete,
    "move": move,
    "copy": copy,
    "lock": lock,
    "translate": translate,
    "sync_translations": sync_translations,
    "edit_translation": edit_translation,
    "view_draft": view_draft,
    "preview": preview,
    "history": history,
    "explore": explore,
    "users": users,
    "groups": groups,
    "sites": sites,
    "locales": locales,
    "workflows": workflows,
    "snippets": snippets,
    "edit_snippet": edit_snippet,
    "images": images,
}


def walk(world, role):
    """Runs every cell of the matrix for `role`; returns the cells that did not go as expected."""
    client = Client()
    user = world.users[role]
    if user is not None:
        client.force_login(user)
    wrong = []
    for action, target, expected in matrix():
        obj = getattr(world, target) if target != "-" else None
        with transaction.atomic():
            could = ACTIONS[action](client, world, obj)
            transaction.set_rollback(True)
        if could != expected[role]:
            verb = "could" if could else "could not"
            wrong.append(f"{role} {verb} {action} {target}")
    return wrong


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(world, role):
    assert walk(world, role) == []


def test_one_permission_too_many_shows_in_the_matrix(world):
    """Were the Bremen editors allowed to publish, the matrix would notice."""
    GroupPagePermission.objects.create(
        group=world.users["bremen"].groups.get(),
        page=world.bremen,
        permission=Permission.objects.get(codename="publish_page"),
    )

    assert "bremen could publish bremen_report" in walk(world, "bremen")


def permission_set(group):
    return {
        *(("global", p.content_type.app_label, p.codename) for p in group.permissions.all()),
        *(
            (f"page {p.page.title} ({p.page.locale.language_code})", p.permission.codename)
            for p in group.page_permissions.all()
        ),
        *(
            (f"collection {p.collection.name}", p.permission.codename)
            for p in group.collection_permissions.all()
        ),
    }


def test_a_partner_group_has_exactly_its_permissions(world):
    group = world.users["bremen"].groups.get()

    assert group.name == "Bremen editors"
    assert permission_set(group) == {
        ("global", "wagtailadmin", "access_admin"),
        ("page Bremen (de)", "add_page"),
        ("page Bremen (de)", "change_page"),
        ("collection Bremen", "add_image"),
        ("collection Bremen", "choose_image"),
        ("collection Bremen", "change_image"),
        ("collection Bremen", "add_document"),
        ("collection Bremen", "choose_document"),
        ("collection Bremen", "change_document"),
        ("collection Network pictures", "choose_image"),
        ("collection Network pictures", "choose_document"),
    }


def test_onboarding_again_takes_away_a_permission_given_by_hand(world):
    group = world.users["bremen"].groups.get()
    group.permissions.add(Permission.objects.get(codename="add_user"))

    _group, changes = roles.onboard_partner(world.bremen, "Bremen")

    assert changes == ["Bremen editors: 0 permission(s) added, 1 removed"]
    assert not world.users["bremen"].has_perm("auth.add_user")


def test_translators_have_exactly_their_permissions(world):
    translators = world.users["translator"].groups.get()

    assert translators.name == "Polish translators"
    assert permission_set(translators) == {
        ("global", "wagtailadmin", "access_admin"),
        ("page Welcoming Cities (pl)", "change_page"),
    }


def test_gdansk_editors_have_exactly_their_permissions(world):
    editors = world.users["gdansk"].groups.get()
    snippets = [
        ("publication", "thematicarea"),
        ("publication", "targetgroup"),
        ("partners", "partnerorganisation"),
        ("partners", "policycategory"),
        ("partners", "network"),
        ("translation", "glossaryterm"),
    ]

    assert permission_set(editors) == {
        ("global", "wagtailadmin", "access_admin"),
        ("global", "wagtail_localize", "submit_translation"),
        ("global", "wagtailcore", "add_locale"),
        ("global", "wagtailcore", "change_locale"),
        *(
            ("global", app, f"{action}_{model}")
            for app, model in snippets
            for action in ("add", "change", "delete")
        ),
        *(
            ("global", "wagtailcore", f"{action}_{model}")
            for model in ("workflow", "task")
            for action in ("add", "change", "delete")
        ),
        *(
            ("page Root (en)", f"{action}_page")
            for action in ("add", "change", "publish", "bulk_delete", "lock", "unlock")
        ),
        *(
            ("collection Root", f"{action}_{model}")
            for model in ("image", "document")
            for action in ("add", "change", "choose", "delete")
        ),
    }


def test_gdansk_editors_manage_every_snippet_of_the_site(world):
    editors = world.users["gdansk"]

    for model in get_snippet_models():
        label = f"{model._meta.app_label}.change_{model._meta.model_name}"
        assert editors.has_perm(label), f"{model.__name__} is missing from roles.SNIPPET_MODELS"
