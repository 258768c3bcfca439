"""What the translation tools keep of their own: the network's glossary, the texts of originals
before a sync changed them, and the history of each translated text."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Locale
from wagtail_localize.models import String, TranslationContext, TranslationSource

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


class SourceTextChange(models.Model):
    """A text of an original replaced by a sync ("Sync translated pages"): what it said before and
    what it says now, in its place (the segment's context) in that original.

    Recorded when the sync makes the new segment, while the old one still exists
    (translation/changes.py): wagtail-localize keeps only the current segments of a source, and
    the page's revisions hold whole pages, not texts by place."""

    source = models.ForeignKey(TranslationSource, on_delete=models.CASCADE, related_name="+")
    context = models.ForeignKey(TranslationContext, on_delete=models.CASCADE, related_name="+")
    old_text = models.TextField(_("before"))
    new_text = models.TextField(_("after"))
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        ordering = ["-changed_at", "-id"]
        verbose_name = _("change of an original's text")
        verbose_name_plural = _("changes of originals' texts")

    def __str__(self):
        return f"{self.context.path}: {self.old_text[:40]} → {self.new_text[:40]}"


class TextHistoryEntry(models.Model):
    """One value a translated text was given: who, when and how (translation/history.py)."""

    MEMORY = "memory"
    SUGGESTION = "suggestion"
    MACHINE = "machine"
    FILE = "file"
    EDITOR = "editor"
    WAYS = [
        (MEMORY, _("Translation memory")),
        (SUGGESTION, _("Suggestion from the translation memory")),
        (MACHINE, _("Machine translation")),
        (FILE, _("File upload")),
        (EDITOR, _("By hand in the editor")),
    ]

    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+")
    context = models.ForeignKey(TranslationContext, on_delete=models.CASCADE, related_name="+")
    translation_of = models.ForeignKey(String, on_delete=models.CASCADE, related_name="+")
    data = models.TextField(_("translation"))
    way = models.CharField(_("how"), max_length=20, choices=WAYS)
    tool_name = models.CharField(_("tool"), max_length=255, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    recorded_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        ordering = ["recorded_at", "id"]
        indexes = [models.Index(fields=["context", "locale"])]
        verbose_name = _("translated text's history entry")
        verbose_name_plural = _("translated texts' history")

    def __str__(self):
        return f"{self.context.path} ({self.locale.language_code}): {self.way}"


class ReviewComment(models.Model):
    """A reviewer's (or the translator's) comment on one text of a translation under review.

    Wagtail's page comments address a field, and a rich text field is several texts in
    wagtail-localize's editor: the comment names the original text (its String) in its place (its
    context), which stay the same from one sync of the original to the next."""

    translation = models.ForeignKey(
        "wagtail_localize.Translation", on_delete=models.CASCADE, related_name="review_comments"
    )
    string = models.ForeignKey(
        "wagtail_localize.String", on_delete=models.CASCADE, related_name="+"
    )
    context = models.ForeignKey(
        "wagtail_localize.TranslationContext", on_delete=models.CASCADE, related_name="+"
    )
    author = models.ForeignKey(
        "auth.User",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)
    resolved = models.BooleanField(_("resolved"), default=False)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("review comment")
        verbose_name_plural = _("review comments")

    def __str__(self):
        return self.text[:60]


class HeldRevision(models.Model):
    """An approved revision of a page released together with its original or translations
    (translation/release.py): it waits here until every one of them is approved."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="+"
    )
    approved_by = models.ForeignKey(
        "auth.User", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    approved_at = models.DateTimeField(_("approved at"), auto_now=True)

    class Meta:
        verbose_name = _("approved revision waiting for release")
        verbose_name_plural = _("approved revisions waiting for release")

    def __str__(self):
        return f"{self.page_id}: {self.revision_id}"
