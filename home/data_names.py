"""Names that are data shown in the language of whoever reads them: workflows, moderation tasks
and collections.

Their names are stored once, in English ("Partner submission", "Approval by Gdańsk editors",
"Network pictures"), and those English names are msgids of the interface catalogue
(`gettext_noop` where they are defined, partners/roles.py). Wagtail prints them in many places
(the edit view's "Submit to …" and "Resubmit to …", the status side panel, the workflow history,
the dashboard's panels, the moderation e-mails, the image and document choosers' collection
filters), so translating each place would mean copying a score of Wagtail's templates. Instead,
each loaded Workflow, Task (of every type) and Collection gets its `name` as a `DataName`: a
string whose value is the stored name (what is saved, compared, filtered on and serialised to
JSON stays the English one) but which prints, wherever it is turned into text, in the language
active at that moment: the editor's admin language, and for an e-mail the recipient's (Wagtail
renders each notification in its recipient's language).

A translated name is never written back: an administrator's form that saves a name unchanged
(shown to them translated) keeps the stored one; a name an administrator types that is not in
the catalogue is simply shown as typed."""

import copy

from django.apps import apps
from django.db.models.signals import post_init, pre_save
from django.utils.translation import gettext, gettext_noop
from wagtail import hooks
from wagtail.models import Collection, Task, Workflow

# Wagtail's own: the root collection, shown in every collection filter, and the workflow (and
# its task) a new site starts with.
ROOT_COLLECTION = gettext_noop("Root")
MODERATORS_APPROVAL = gettext_noop("Moderators approval")

# The page history's workflow entries, whose formatters print the names recorded in the entry.
WORKFLOW_LOG_ACTIONS = [
    "wagtail.workflow.start",
    "wagtail.workflow.approve",
    "wagtail.workflow.reject",
    "wagtail.workflow.resume",
    "wagtail.workflow.cancel",
]


class DataName(str):
    """A stored name that prints in the active language (its translation in the interface
    catalogue, or itself where there is none). Its value as a string is the stored name."""

    def stored(self):
        return str.__str__(self)

    def __str__(self):
        return gettext(self.stored())

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __reduce_ex__(self, protocol):
        # Pickled (cached) as the stored name, not as its translation.
        return (type(self), (self.stored(),))


def named_models():
    """The models whose `name` is shown in the reader's language: Workflow, every Task model
    (a GroupApprovalTask loads as its own class) and Collection."""
    return [
        Workflow,
        Collection,
        *(model for model in apps.get_models() if issubclass(model, Task)),
    ]


def name_in_reader_language(sender, instance, **kwargs):
    name = instance.__dict__.get("name")  # absent when deferred
    if type(name) is str:
        instance.name = DataName(name)
        instance._stored_name = name


def keep_stored_name(sender, instance, **kwargs):
    """A form saving the name as it showed it (translated) saves the stored one."""
    stored = getattr(instance, "_stored_name", None)
    name = instance.__dict__.get("name")
    if stored and type(name) is str and name != stored and name == gettext(stored):
        instance.name = DataName(stored)
    elif type(name) is str:
        instance._stored_name = name


def with_names_in_reader_language(data):
    """A workflow log entry's data with the names it recorded (`title` of the workflow, its
    current and next task) as DataNames."""
    data = copy.deepcopy(data)
    workflow = data.get("workflow") if isinstance(data, dict) else None
    if isinstance(workflow, dict):
        for part in (workflow, workflow.get("task"), workflow.get("next")):
            if isinstance(part, dict) and type(part.get("title")) is str:
                part["title"] = DataName(part["title"])
    return data


def workflow_history_in_reader_language(actions):
    """The page history's workflow entries ("'Partner submission' started. Next step …") name
    the workflow and its tasks in the reader's language: Wagtail's own formatter of each entry
    is kept and given the entry with its recorded names as DataNames. Its registration is
    replaced without adding a choice to the history's filter."""
    for action in WORKFLOW_LOG_ACTIONS:
        formatter = actions.formatters.get(action)
        if formatter is None or getattr(formatter, "names_in_reader_language", False):
            continue

        class Formatter(type(formatter)):
            names_in_reader_language = True

            def format_message(self, log_entry):
                entry = copy.copy(log_entry)
                entry.data = with_names_in_reader_language(log_entry.data)
                return super().format_message(entry)

        actions.formatters[action] = Formatter()


def register():
    """Connects the signal handlers and the history's hook (from HomeConfig.ready)."""
    # After Wagtail's own registrations (order 0), which it replaces.
    hooks.register("register_log_actions", workflow_history_in_reader_language, order=100)
    for model in named_models():
        post_init.connect(
            name_in_reader_language, sender=model, dispatch_uid=f"data_name_{model._meta.label}"
        )
        pre_save.connect(
            keep_stored_name, sender=model, dispatch_uid=f"data_name_save_{model._meta.label}"
        )
