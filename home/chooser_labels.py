"""The choosers' labels in the editor's language.

Wagtail's ChooserViewSet (wagtail/admin/viewsets/chooser.py) sets its default labels with
`gettext`, not `gettext_lazy`: they are translated once, into English, when the module is
imported, so the image and document choosers' "Search" tab (and a snippet chooser's "Choose"
buttons) stay English in a German or Polish admin although Wagtail's own catalogues translate
them. These documented attributes get back lazy strings with the same msgids, before any
chooser's views are made (when the URLs load, after the apps are ready). A test fails the day
Wagtail makes them lazy itself, so that this can go."""

from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.chooser import ChooserViewSet

# Wagtail's msgids, which its catalogues translate; called through this name so that
# makemessages does not copy them into the site's catalogue.
wagtail_msgid = gettext_lazy

LABELS = {
    "choose_one_text": wagtail_msgid("Choose"),
    "choose_another_text": wagtail_msgid("Choose another"),
    "edit_item_text": wagtail_msgid("Edit"),
    "search_tab_label": wagtail_msgid("Search"),
    "create_action_label": wagtail_msgid("Create"),
}


def make_chooser_labels_lazy():
    for name, label in LABELS.items():
        setattr(ChooserViewSet, name, label)
