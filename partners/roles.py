"""Who may do what: the editor groups, their permissions and the partners' moderation workflow.

Every group's permissions are written here and nowhere else; the functions give a group exactly
the permissions listed (adding what is missing, removing what is not listed), create what is
missing, and can run any number of times. Each returns what it changed as short sentences, so
that a command can print them, and an empty list when everything was already in place.

- "Gdańsk editors" (the coordinators): every page in every locale, publishing, translating,
  the snippets, workflows, images and documents, and the site's languages (adding a locale,
  opening it to readers: Settings → Locales); no users, groups or other settings.
- "<City> editors", one per partner: add and edit pages in their own CityProfilePage subtree,
  in its own language, and upload pictures and documents to their own collection; choose, but
  never change, the shared ones of the "Network pictures" collection; never publish.
- "<Language> translators" (optional): edit the pages of one locale; never publish.
- The workflow "Partner submission" (one task, "Approval by Gdańsk editors") is assigned to each
  partner's CityProfilePage, so what partners write goes live only when Gdańsk approves it.

The functions that a data migration also runs (the Gdańsk editors group and the workflow) take
an `apps` registry and use only what historical models have: no model methods or managers.
"""

from django.apps import apps as global_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import get_language_info, gettext_noop
from wagtail.admin.localization import get_available_admin_languages
from wagtail.models import Collection, GroupPagePermission, WorkflowPage
from wagtail.users.models import UserProfile

from home.public_url import public_base_url

GDANSK_EDITORS = "Gdańsk editors"
# Stored in English and shown in each reader's language (home/data_names.py).
WORKFLOW_NAME = gettext_noop("Partner submission")
TASK_NAME = gettext_noop("Approval by Gdańsk editors")

# Gdańsk leads the network: its pages are the coordinators' own, not a partner's.
LEAD_CITY_SLUG = "gdansk"
# The coordinators work in Polish: their admin starts in it (each may change it in Account).
LEAD_LANGUAGE = "pl"

# Every snippet of the site. A test checks that the list stays complete when one is added.
SNIPPET_MODELS = [
    "publication.ThematicArea",
    "publication.TargetGroup",
    "partners.PartnerOrganisation",
    "partners.PolicyCategory",
    "partners.Network",
    "translation.GlossaryTerm",
]

GDANSK_PAGE_PERMISSIONS = [
    "wagtailcore.add_page",
    "wagtailcore.change_page",
    "wagtailcore.publish_page",
    "wagtailcore.bulk_delete_page",
    "wagtailcore.lock_page",
    "wagtailcore.unlock_page",
]
GDANSK_COLLECTION_PERMISSIONS = [
    f"{app}.{action}_{model}"
    for app, model in [("wagtailimages", "image"), ("wagtaildocs", "document")]
    for action in ("add", "change", "choose", "delete")
]
WORKFLOW_PERMISSIONS = [
    f"wagtailcore.{action}_{model}"
    for model in ("workflow", "task")
    for action in ("add", "change", "delete")
]

# Add and change, without publish, delete or lock: a partner's work waits for approval.
PARTNER_PAGE_PERMISSIONS = ["wagtailcore.add_page", "wagtailcore.change_page"]
PARTNER_COLLECTION_PERMISSIONS = [
    f"{app}.{action}_{model}"
    for app, model in [("wagtailimages", "image"), ("wagtaildocs", "document")]
    for action in ("add", "choose", "change")
]

# The pictures and documents the whole network may use: the Gdańsk editors manage them (their
# permissions on the root collection reach it), partners only choose them. Public, unlike a
# partner's own collection. Found by its name, which is why the stored name stays English; it is
# shown in each reader's language (home/data_names.py).
NETWORK_COLLECTION = gettext_noop("Network pictures")
NETWORK_COLLECTION_PERMISSIONS = ["wagtailimages.choose_image", "wagtaildocs.choose_document"]

TRANSLATOR_PAGE_PERMISSIONS = ["wagtailcore.change_page"]


def is_coordinator(user):
    """Whether `user` coordinates the network (a Gdańsk editor, or a superuser): the one who
    decides what only the network may, such as which content is a sample."""
    if user is None or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=GDANSK_EDITORS).exists()


def partner_group_name(city):
    return f"{city} editors"


def translator_group_name(language_code):
    return f"{get_language_info(language_code)['name']} translators"


# --- Groups -----------------------------------------------------------------------------------


def find_permissions(labels, apps=global_apps):
    """The Permission rows for "app_label.codename" labels; a missing one is an error rather
    than a quietly smaller group."""
    Permission = apps.get_model("auth", "Permission")
    if not labels:
        return {}
    query = Q()
    for label in labels:
        app_label, codename = label.split(".", 1)
        query |= Q(content_type__app_label=app_label, codename=codename)
    found = {
        f"{permission.content_type.app_label}.{permission.codename}": permission
        for permission in Permission.objects.filter(query).select_related("content_type")
    }
    missing = sorted(set(labels) - set(found))
    if missing:
        raise ImproperlyConfigured(
            f"Missing permission(s) {', '.join(missing)}; run `manage.py migrate` first."
        )
    return found


def sync_group(name, permissions=(), pages=(), collections=(), apps=global_apps):
    """Create the group `name` if needed and give it exactly these permissions: global ones
    ("app.codename"), page ones ([(page, "wagtailcore.add_page"), ...]) and collection ones
    ([(collection, "wagtailimages.add_image"), ...]). Returns the group and what changed."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    labels = {*permissions, *(label for _, label in pages), *(label for _, label in collections)}
    by_label = find_permissions(sorted(labels), apps)
    group, created = Group.objects.get_or_create(name=name)

    wanted = {by_label[label].pk for label in permissions}
    current = set(group.permissions.values_list("pk", flat=True))
    if wanted != current:
        group.permissions.set(wanted)
    added, removed = len(wanted - current), len(current - wanted)

    for model, target, rows in [
        (GroupPagePermission, "page", pages),
        (GroupCollectionPermission, "collection", collections),
    ]:
        wanted = {(obj.pk, by_label[label].pk) for obj, label in rows}
        current = set(
            model.objects.filter(group=group).values_list(f"{target}_id", "permission_id")
        )
        for target_id, permission_id in current - wanted:
            model.objects.filter(
                group=group, **{f"{target}_id": target_id}, permission_id=permission_id
            ).delete()
        model.objects.bulk_create(
            model(group=group, **{f"{target}_id": target_id}, permission_id=permission_id)
            for target_id, permission_id in sorted(wanted - current)
        )
        added += len(wanted - current)
        removed += len(current - wanted)

    if created:
        return group, [f"created the group {name!r} with {added} permission(s)"]
    if added or removed:
        return group, [f"{name}: {added} permission(s) added, {removed} removed"]
    return group, []


def ensure_gdansk_editors(apps=global_apps):
    """The coordinators' group: everything editorial in every locale, nothing administrative."""
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    snippet_permissions = []
    for label in SNIPPET_MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:
            # Not yet created at this point of the migrations: the migration that creates it
            # runs this again.
            continue
        opts = model._meta
        actions = ["add", "change", "delete"]
        # Snippets with drafts (DraftStateMixin) also have a publish permission.
        if any(field.name == "live" for field in opts.get_fields()):
            actions.append("publish")
        snippet_permissions += [f"{opts.app_label}.{a}_{opts.model_name}" for a in actions]

    return sync_group(
        GDANSK_EDITORS,
        permissions=[
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            # Adding a language and opening it to readers (home.models.LanguageOpening).
            "wagtailcore.add_locale",
            "wagtailcore.change_locale",
            *snippet_permissions,
            *WORKFLOW_PERMISSIONS,
        ],
        pages=[(root_page, label) for label in GDANSK_PAGE_PERMISSIONS],
        collections=[(root_collection, label) for label in GDANSK_COLLECTION_PERMISSIONS],
        apps=apps,
    )


def ensure_partner_workflow(apps=global_apps):
    """The workflow "Partner submission": one task, approved by the Gdańsk editors.

    Gdańsk editors may change the workflow in the admin (add a step, another group); this only
    makes sure the workflow, its task and the Gdańsk editors' place in it exist."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    editors, changes = ensure_gdansk_editors(apps)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(
            name=TASK_NAME,
            active=True,
            # Set by Task.__init__ at run time, but not on the historical model of a migration.
            content_type=ContentType.objects.get_for_model(GroupApprovalTask),
        )
        changes.append(f"created the task {TASK_NAME!r}")
    elif not task.active:
        task.active = True
        task.save(update_fields=["active"])
        changes.append(f"reactivated the task {TASK_NAME!r}")
    if not task.groups.filter(pk=editors.pk).exists():
        task.groups.add(editors)
        changes.append(f"{TASK_NAME}: added the group {GDANSK_EDITORS!r}")

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        changes.append(f"created the workflow {WORKFLOW_NAME!r}")
    elif not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        changes.append(f"reactivated the workflow {WORKFLOW_NAME!r}")
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        changes.append(f"{WORKFLOW_NAME}: added the task {TASK_NAME!r}")
    return workflow, changes


def ensure_collection(name):
    """The collection `name` under the root collection, created if missing."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is not None:
        return collection, []
    return root.add_child(name=name), [f"created the collection {name!r}"]


def ensure_city_collection(city):
    """The collection a partner's pictures and documents go to, named after the city."""
    return ensure_collection(city)


def ensure_network_collection():
    """The "Network pictures" collection every partner may choose from."""
    return ensure_collection(NETWORK_COLLECTION)


def ensure_partner_editors(profile, city):
    """The "<City> editors" group of a partner whose CityProfilePage (in the partner's own
    language) is `profile`: add and edit under it, their own collection, choosing from the
    network's, nothing else."""
    collection, changes = ensure_city_collection(city)
    network, network_changes = ensure_network_collection()
    group, group_changes = sync_group(
        partner_group_name(city),
        permissions=["wagtailadmin.access_admin"],
        pages=[(profile, label) for label in PARTNER_PAGE_PERMISSIONS],
        collections=[
            *((collection, label) for label in PARTNER_COLLECTION_PERMISSIONS),
            *((network, label) for label in NETWORK_COLLECTION_PERMISSIONS),
        ],
    )
    changes += network_changes + group_changes
    return group, changes + ensure_private_collection(collection, group)


def share_network_collection(group, network, apps=global_apps):
    """Lets the partner group `group` choose from the "Network pictures" collection `network`
    (what `ensure_partner_editors` gives a group, for a data migration: it adds the rows,
    leaving the group's other permissions alone). Returns what changed."""
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    by_label = find_permissions(NETWORK_COLLECTION_PERMISSIONS, apps)
    added = 0
    for label in NETWORK_COLLECTION_PERMISSIONS:
        _row, created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection_id=network.pk, permission=by_label[label]
        )
        added += created
    if added:
        return [f"{group.name}: may choose from the collection {network.name!r}"]
    return []


def ensure_private_collection(collection, partner_group, apps=global_apps):
    """A partner's uploads are private until approved: its collection is visible to the Gdańsk
    editors and the partner's own group only (home/media.py makes what a live page uses
    public)."""
    Group = apps.get_model("auth", "Group")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    groups = [partner_group, *Group.objects.filter(name=GDANSK_EDITORS)]
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type="groups"
        )
        restriction.groups.set(groups)
        return [f"made the collection {collection.name!r} private until approval"]
    if set(restriction.groups.all()) != set(groups) or restriction.restriction_type != "groups":
        restriction.restriction_type = "groups"
        restriction.save()
        restriction.groups.set(groups)
        return [f"made the collection {collection.name!r} private to its partner and Gdańsk"]
    return []


def assign_partner_workflow(profile, workflow):
    """Puts the partner's whole subtree under the workflow; returns what changed."""
    link, created = WorkflowPage.objects.get_or_create(
        page=profile, defaults={"workflow": workflow}
    )
    if created:
        return [f"assigned the workflow {workflow.name!r} to {profile.title!r}"]
    if link.workflow_id != workflow.pk:
        link.workflow = workflow
        link.save()
        return [f"assigned the workflow {workflow.name!r} to {profile.title!r} (was another)"]
    return []


def onboard_partner(profile, city):
    """Everything a partner's CityProfilePage needs beyond the page itself: the Gdańsk editors
    and the workflow, the partner's group and collection, the workflow assignment."""
    workflow, changes = ensure_partner_workflow()
    group, group_changes = ensure_partner_editors(profile, city)
    changes += group_changes + assign_partner_workflow(profile, workflow)
    return group, changes


def ensure_translators(home):
    """The "<Language> translators" group for the locale whose HomePage is `home`."""
    return sync_group(
        translator_group_name(home.locale.language_code),
        permissions=["wagtailadmin.access_admin"],
        pages=[(home, label) for label in TRANSLATOR_PAGE_PERMISSIONS],
    )


# --- Accounts ---------------------------------------------------------------------------------


def ensure_account(username, group, email="", password=None):
    """An editor's account in `group`. A new account gets `password`, or none at all (it is
    set through a link); an existing one keeps its password. Returns the user and what
    changed."""
    User = get_user_model()
    user, created = User.objects.get_or_create(username=username, defaults={"email": email})
    changes = []
    if created:
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
        changes.append(f"created the account {username!r}")
    elif email and user.email != email:
        user.email = email
        user.save(update_fields=["email"])
        changes.append(f"{username}: e-mail address changed to {email}")
    changes += default_admin_language(user, group)
    if not user.groups.filter(pk=group.pk).exists():
        user.groups.add(group)
        changes.append(f"{username}: added to {group.name!r}")
    return user, changes


def group_language(group):
    """The language a group works in: Polish for the Gdańsk editors, the locale of the pages
    a partner's or translators' group may edit, or None (several locales, or none)."""
    if group.name == GDANSK_EDITORS:
        return LEAD_LANGUAGE
    codes = set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page__locale__language_code", flat=True
        )
    )
    return codes.pop() if len(codes) == 1 else None


def default_admin_language(user, group):
    """An account without an admin language of its own gets the language of `group`: a
    partner's editors meet the admin in their own language. Returns what changed."""
    language = group_language(group)
    if language not in dict(get_available_admin_languages()):
        return []
    profile = UserProfile.get_for_user(user)
    if profile.preferred_language:
        return []
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])
    return [f"{user.username}: admin language {get_language_info(language)['name']}"]


def password_set_link(user):
    """A one-time link to the admin's "set your password" form (valid for
    PASSWORD_RESET_TIMEOUT, three days by default; used once, it stops working)."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        args=[
            urlsafe_base64_encode(force_bytes(user.pk)),
            default_token_generator.make_token(user),
        ],
    )
    return public_base_url() + path
