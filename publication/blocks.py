"""Blocks only reports and practices have: a practice's links and a report's programme
sessions. The blocks every page shares are in `home/blocks.py`."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class LinkBlock(blocks.StructBlock):
    """A link to an outside resource."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        label = _("Link")
        icon = "link"
        template = "publication/blocks/link_block.html"


class ProgrammeSessionBlock(blocks.StructBlock):
    """One session of a study visit's programme."""

    date = blocks.DateBlock(label=_("Date"))
    start_time = blocks.TimeBlock(label=_("Start"), required=False)
    end_time = blocks.TimeBlock(label=_("End"), required=False)
    place = blocks.CharBlock(label=_("Place or organisation visited"), max_length=200)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        label = _("Session")
        icon = "date"
        template = "publication/blocks/programme_session_block.html"
        description = _("A session of the programme")
        preview_value = {
            "date": "2021-05-12",
            "place": "Immigrant Support Centre",
            "title": "How the information point works",
        }
