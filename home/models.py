"""The site's home page, its plain content pages and the base every page type shares."""

from collections import defaultdict

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Exists, OuterRef, Q, Subquery, When
from django.db.models.functions import Length, Substr
from django.utils.html import strip_tags
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import DraftStateMixin, Locale, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail.users.models import UserProfile
from wagtail_localize.locales.components import register_locale_component

from home.alt_text import (
    HERO_DESCRIPTION_HELP,
    HERO_DESCRIPTION_LABEL,
    DescribedPicturesPageForm,
    alt_text,
)
from home.api_fields import HeroImageAltField
from home.blocks import BodyStreamBlock
from home.i18n import localized_list
from home.languages import LanguageOpeningForm, open_languages
from home.slugs import SlugFormattersPageForm

SUMMARY_WORDS = (75, 100)


def validate_summary_length(value):
    """Summaries are written for 75–100 words; a translation may run a little shorter or longer,
    so only clearly wrong lengths are refused."""
    words = len(value.split())
    low, high = SUMMARY_WORDS
    if words > high * 1.3:
        raise ValidationError(
            ngettext(
                "The summary has %(count)d word; keep it to %(low)d–%(high)d.",
                "The summary has %(count)d words; keep it to %(low)d–%(high)d.",
                words,
            )
            % {"count": words, "low": low, "high": high}
        )


def in_private_section():
    """Whether the page of the outer query is in a section with a view restriction (itself or
    an ancestor restricted), as a subquery."""
    from wagtail.models import PageViewRestriction

    return Exists(
        PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
    )


class ListingQuerySet(PageQuerySet):
    def public(self):
        """Wagtail's `public()` in the same query as the pages: Wagtail's reads every view
        restriction of the site first, one query more for each listing on a page."""
        return self.exclude(in_private_section())

    def listing(self, locale):
        """Live, public pages of one locale, without the StreamFields a listing never shows."""
        return self.live().public().filter(locale=locale).defer_streamfields()

    def listing_with_untranslated(self, locale):
        """Like `listing`, plus the original of every live page not yet translated into `locale`,
        so nothing published is invisible to a reader of another language.

        Each page is annotated `untranslated` (0 for the pages of `locale`, 1 for the others) to
        sort the two groups apart. One query, whatever the number of pages."""
        from wagtail_localize.models import TranslationSource

        # Versions in a language not yet open to readers are never offered to them.
        live = Page.objects.live().filter(locale__language_code__in=open_languages())
        # The original of a page is its live version in the locale its translations were made
        # from (wagtail-localize's TranslationSource); without one, the version created first.
        is_source = Exists(
            TranslationSource.objects.filter(
                object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
            )
        )
        original = (
            live.filter(translation_key=OuterRef("translation_key"))
            .annotate(source_first=Case(When(is_source, then=0), default=1))
            .order_by("source_first", "pk")
            .values("pk")[:1]
        )
        translated = live.filter(locale=locale, translation_key=OuterRef("translation_key"))
        return (
            self.live()
            .public()
            .filter(Q(locale=locale) | (~Exists(translated) & Q(pk=Subquery(original))))
            .annotate(untranslated=Case(When(locale=locale, then=0), default=1))
            .defer_streamfields()
        )


ListingManager = PageManager.from_queryset(ListingQuerySet)


class LocalizedChoicesPageForm(WagtailAdminPageForm):
    """A page's choices among translatable pages and snippets (visiting cities, thematic areas,
    organisations, ...) as checkboxes, each city or term once, never a list of every language
    version to Ctrl-click through.

    What is stored is the version in the page's own language (the parent's, on a new page), where
    there is one; it is named in the editor's admin language where it is translated into it. A
    choice stored in another language's version is shown, and saved again, as the version in the
    page's language, so that editing an old page never drops it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.page_locale()
        admin_locale = self.admin_locale()
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.SelectMultiple) and not isinstance(
                field.widget, forms.CheckboxSelectMultiple
            ):
                checkboxes = forms.CheckboxSelectMultiple(
                    attrs=field.widget.attrs, choices=field.widget.choices
                )
                checkboxes.is_required = field.widget.is_required
                field.widget = checkboxes
            queryset = getattr(field, "queryset", None)
            if (
                locale is not None
                and queryset is not None
                and issubclass(queryset.model, TranslatableMixin)
                and isinstance(field.widget, forms.widgets.ChoiceWidget)
            ):
                self.localize_choices(name, field, locale, admin_locale)

    def page_locale(self):
        if self.instance.locale_id:
            return self.instance.locale
        if self.parent_page is not None:
            return self.parent_page.locale
        return None

    def admin_locale(self):
        """The locale of the editor's admin language, if it is a content language."""
        user = self.for_user
        if user is not None and user.is_authenticated:
            language = UserProfile.get_for_user(user).get_preferred_language()
        else:
            language = get_language()
        try:
            code = get_supported_content_language_variant(language)
        except LookupError:
            return None
        return Locale.objects.filter(language_code=code).first()

    def localize_choices(self, name, field, locale, admin_locale):
        """Offers each translation group of `field`'s objects once (live pages only, and those
        already chosen), as its version in `locale`, sorted by their names."""
        multiple = isinstance(field, forms.ModelMultipleChoiceField)
        initial = field.prepare_value(self.get_initial_for_field(field, name))
        chosen = [pk for pk in (initial if multiple else [initial]) if pk not in (None, "")]
        candidates = field.queryset
        if issubclass(candidates.model, DraftStateMixin):
            candidates = candidates.filter(Q(live=True) | Q(pk__in=chosen))
        if hasattr(candidates, "defer_streamfields"):
            candidates = candidates.defer_streamfields()
        groups = defaultdict(list)
        for obj in candidates:
            groups[obj.translation_key].append(obj)

        def version_in(versions, locale_id):
            return next((obj for obj in versions if obj.locale_id == locale_id), None)

        offered, labels, by_pk = {}, {}, {}
        for key, versions in groups.items():
            offered[key] = (
                version_in(versions, locale.pk)
                or next((obj for obj in versions if obj.pk in chosen), None)
                or min(versions, key=lambda obj: obj.pk)
            )
            named = admin_locale and version_in(versions, admin_locale.pk)
            labels[key] = str(named or offered[key])
            by_pk.update({obj.pk: key for obj in versions})
        mapped = list(dict.fromkeys(offered[by_pk[pk]].pk for pk in chosen if pk in by_pk))
        if multiple:
            self.initial[name] = mapped
        elif mapped:
            self.initial[name] = mapped[0]
        field.queryset = field.queryset.filter(pk__in=[obj.pk for obj in offered.values()])
        choices = sorted(
            ((offered[key].pk, labels[key]) for key in offered),
            key=lambda choice: choice[1].casefold(),
        )
        if getattr(field, "empty_label", None) is not None:
            choices.insert(0, ("", field.empty_label))
        field.choices = choices


class PageForm(SlugFormattersPageForm, LocalizedChoicesPageForm, DescribedPicturesPageForm):
    """The admin form of every page type: choices in the page's language, pictures with
    alternative text, and slugs that keep ranges of numbers apart."""


def optional_picture(verbose_name):
    """A page's link to a picture it may have: removing the picture leaves the page without
    one."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


class HeroImageMixin(models.Model):
    """The picture at the top of a page (and on its card, and when it is shared), with what it
    shows in the page's language: a text of the page, translated with it (home/alt_text.py)."""

    hero_image = optional_picture(_("hero image"))
    hero_image_alt = models.CharField(
        HERO_DESCRIPTION_LABEL, max_length=250, blank=True, help_text=HERO_DESCRIPTION_HELP
    )

    class Meta:
        abstract = True

    @property
    def hero_alt(self):
        """The hero image's alternative text on this page, in the active language (the page's,
        on its own view and in its PDF), marked with its language where it is another."""
        return alt_text(self.hero_image, self.hero_image_alt)


class SocialMixin(models.Model):
    """What a page looks like when shared: its own image and text, falling back to the page's."""

    social_image = optional_picture(_("social image"))
    social_text = models.CharField(_("social text"), max_length=255, blank=True)

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("social_text")], heading=_("Sharing")
        ),
    ]

    class Meta:
        abstract = True


def is_empty_rich_text(html):
    """True for rich text with no words and nothing embedded (a picture, say)."""
    return bool(html) and not strip_tags(html).strip() and "<embed" not in html


class BasePage(SocialMixin, Page):
    """Every page type of the site derives from this abstract page."""

    base_form_class = PageForm

    show_in_menus_default = False
    content_panels = Page.content_panels
    promote_panels = Page.promote_panels + SocialMixin.promote_panels
    # What the page is to schema.org; page types that are more than a web page say so.
    schema_type = "WebPage"

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None:
            self.localize_choices()
        return super().save(*args, **kwargs)

    def structured_data(self, request, about):
        """The page's schema.org nodes (JSON-LD) from what the page's head worked out: `about`
        has url, language, description, image, languages (page_languages' entries) and
        organization (the network's node id). A translation names its original
        (translationOfWork), an original its translations (workTranslation)."""
        node = {
            "@type": self.schema_type,
            "@id": about["url"],
            "url": about["url"],
            "name": self.seo_title or self.title,
            "inLanguage": about["language"],
            "publisher": {"@id": about["organization"]},
        }
        if about["description"]:
            node["description"] = about["description"]
        if about["image"]:
            node["image"] = about["image"]
        original = next((entry for entry in about["languages"] if entry["is_original"]), None)
        others = [entry for entry in about["languages"] if not entry["is_current"]]
        if original is not None and not original["is_current"]:
            node["translationOfWork"] = {"@id": original["full_url"]}
        elif original is not None and others:
            node["workTranslation"] = [
                {"@id": entry["full_url"], "inLanguage": entry["code"]} for entry in others
            ]
        return [node]

    def clean(self):
        super().clean()
        self.blank_empty_rich_text()

    def blank_empty_rich_text(self):
        """A rich text field the editor left empty holds an empty paragraph: store it as
        empty, so the page leaves out its section instead of showing a heading over nothing."""
        for field in self._meta.get_fields():
            if isinstance(field, RichTextField) and is_empty_rich_text(getattr(self, field.name)):
                setattr(self, field.name, "")

    def localize_choices(self):
        """Points the page's choices of translatable pages and snippets (visiting cities,
        thematic areas, ...) at their versions in the page's language where there are (live
        ones, for pages): a translation is copied, and synchronised, from its original with the
        original's choices, in the original's language."""
        if not self.locale_id:
            return
        for field in self._meta.get_fields():
            if not isinstance(field, ParentalManyToManyField) or not issubclass(
                field.related_model, TranslatableMixin
            ):
                continue
            chosen = list(getattr(self, field.name).all())
            if any(obj.locale_id != self.locale_id for obj in chosen):
                localized = localized_list(chosen, self.locale)
                setattr(self, field.name, list({obj.pk: obj for obj in localized}.values()))

    def prefetch_pictures(self):
        """Read the page's hero and sharing images with all their renditions: two queries
        however many sizes the hero picture and the sharing tags ask for, cache or no cache."""
        names = [
            name for name in ("hero_image", "social_image") if getattr(self, f"{name}_id", None)
        ]
        if not names:
            return
        images = (
            get_image_model()
            .objects.prefetch_related("renditions")
            .in_bulk({getattr(self, f"{name}_id") for name in names})
        )
        for name in names:
            image = images.get(getattr(self, f"{name}_id"))
            if image is not None:
                setattr(self, name, image)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self.prefetch_pictures()
        return context


class HomePage(HeroImageMixin, BasePage):
    """The front page of one language: what the network is and what it has published lately."""

    template = "home/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "partners.CityIndexPage",
        "publication.StudyVisitIndexPage",
        "publication.PracticeIndexPage",
        "publication.PublicationPage",
        "home.StandardPage",
    ]

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("body"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    api_fields = [
        APIField("intro"),
        APIField("hero_image"),
        APIField("hero_image_description", serializer=HeroImageAltField()),
        APIField("body"),
    ]

    class Meta:
        verbose_name = _("home page")

    def structured_data(self, request, about):
        """The home page is the network's web site, published by the network."""
        (node,) = super().structured_data(request, about)
        node["@type"] = "WebSite"
        return [node, about["network"]]

    def get_context(self, request, *args, **kwargs):
        # The newest reports and practices, the network's figures and map come from the apps
        # that build on this one, through their template tags (home/home_page.html).
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().in_menu().specific()
        return context


class StandardPage(BasePage):
    """A plain page: about the project, funding notice, privacy."""

    template = "home/standard_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("standard page")


@register_locale_component(
    heading=_("Open to readers"),
    help_text=_(
        "A language is public only once it is open: until then partners write in it and editors "
        "preview it, but readers do not see it in the language menu, the sitemap or search "
        "engines' alternates, and its addresses (/sv/…) answer “not found”."
    ),
    required=True,
)
class LanguageOpening(models.Model):
    """Whether a language of the site is open to readers (a locale without a row is open when
    it is one of settings.SITE_LANGUAGES): edited with the locale in Settings → Locales."""

    locale = models.OneToOneField(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="opening"
    )
    open_to_readers = models.BooleanField(
        _("open to readers"),
        default=False,
        help_text=_("Open it when its home page and main pages are translated and published."),
    )

    base_form_class = LanguageOpeningForm

    class Meta:
        verbose_name = _("language opening")

    def __str__(self):
        return f"{self.locale}: {'open' if self.open_to_readers else 'closed'}"
