"""Blocks of a city's profile."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import KeyFigureBlock


class Measure(blocks.ChoiceBlock):
    """What a city's key figure measures, so that the same figure of every city can be set side
    by side on the comparison page. Each city words its figure its own way in its label."""

    choices = [
        ("population", _("Residents")),
        ("wider_population", _("Residents of the wider area")),
        ("migration_background", _("Residents with a migration background")),
        ("foreign_citizens", _("Residents with a foreign citizenship")),
        ("nationalities", _("Nationalities among the residents")),
    ]


class CityFigureBlock(KeyFigureBlock):
    """A key figure of a city, optionally saying what it measures."""

    measure = Measure(
        label=_("Compared as"),
        required=False,
        help_text=_(
            "Shown beside the same figure of the other cities on the comparison page; leave "
            "empty for a figure only this city has."
        ),
    )

    class Meta:
        label = _("Key figure")
        icon = "order"
        template = "home/blocks/key_figure_block.html"


MEASURES = dict(Measure.choices)
