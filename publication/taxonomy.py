"""The taxonomies reports and practices are filed under: the thematic areas of the Immigrant
Integration Model and the target groups, and their names and URL slugs in a reader's language."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from home.i18n import localized_list


@register_snippet
class ThematicArea(TranslatableMixin, models.Model):
    """An area of the Immigrant Integration Model (education, housing, health, ...)."""

    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("sort_order")]
    override_translatable_fields = [SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")

    def __str__(self):
        return self.name


@register_snippet
class TargetGroup(TranslatableMixin, models.Model):
    """A group of people a practice or visit is aimed at (children, women, newcomers, ...)."""

    name = models.CharField(_("name"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]
    override_translatable_fields = [SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")

    def __str__(self):
        return self.name


def taxonomy_terms(model, locale):
    """{slug: (translation key, name)} of every thematic area (or target group), named and
    made a slug in `locale` where it has been translated, in display order: two queries."""
    first_of_each = {}
    for obj in model.objects.all():
        first_of_each.setdefault(obj.translation_key, obj)
    named = localized_list(first_of_each.values(), locale)
    named.sort(key=lambda obj: (obj.sort_order, obj.name.casefold()))
    terms = {}
    for obj in named:
        slug = base = slugify(obj.name, allow_unicode=True) or str(obj.translation_key)
        number = 2
        while slug in terms:  # two names that make the same slug
            slug, number = f"{base}-{number}", number + 1
        terms[slug] = (str(obj.translation_key), obj.name)
    return terms
