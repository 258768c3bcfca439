"""What the translation tools keep of their own: the network's glossary."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from home.i18n import content_languages


class GlossaryTerm(models.Model):
    """A term of the network and its approved translation from one language into another, kept
    by the Gdańsk editors and applied by the translation editor's glossary view, the checks
    before publishing and machine translation (translation/glossary.py)."""

    source_language = models.CharField(
        _("source language"), max_length=10, choices=content_languages
    )
    target_language = models.CharField(
        _("target language"), max_length=10, choices=content_languages
    )
    term = models.CharField(_("term"), max_length=255)
    translation = models.CharField(_("approved translation"), max_length=255)
    note = models.TextField(
        _("note"), blank=True, help_text=_("When to use it, or what to avoid, for translators.")
    )

    panels = [
        FieldRowPanel([FieldPanel("source_language"), FieldPanel("target_language")]),
        FieldPanel("term"),
        FieldPanel("translation"),
        FieldPanel("note"),
    ]

    class Meta:
        # Made by the publication app, whose table it keeps.
        db_table = "publication_glossaryterm"
        ordering = ["source_language", "target_language", Lower("term")]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        constraints = [
            models.UniqueConstraint(
                "source_language",
                "target_language",
                Lower("term"),
                name="one_glossary_term_per_language_pair",
                violation_error_message=_(
                    "This term is already in the glossary for this pair of languages."
                ),
            )
        ]

    def __str__(self):
        return f"{self.term} → {self.translation}"

    def clean(self):
        super().clean()
        self.term = self.term.strip()
        self.translation = self.translation.strip()
        if self.source_language and self.source_language == self.target_language:
            raise ValidationError(
                {"target_language": _("The target language must differ from the source language.")}
            )
