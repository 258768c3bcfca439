"""Study-visit reports, practice articles, their index pages, the compiled publication and the
taxonomies they are filed under."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Q, Value, When
from django.db.models.functions import ExtractYear, Greatest
from django.http import HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.api_fields import (
    HeroImageAltField,
    LinkedPagesField,
    LocalizedNamesField,
    ParentCityField,
    PicturesField,
)
from home.blocks import RICH_TEXT_FEATURES, BodyStreamBlock, DocumentBlock, ImageBlock
from home.i18n import (
    attach_localized,
    content_languages,  # noqa: F401 (named by migration 0007)
    fallback_language,
    localized_by_pk,
    localized_choices,
)
from home.models import BasePage, HeroImageMixin, ListingManager, validate_summary_length
from home.pagination import paginate
from publication import pdf as pdf_documents
from publication.blocks import LinkBlock, ProgrammeSessionBlock
from publication.filters import PracticeFilterForm, StudyVisitFilterForm
from publication.taxonomy import TargetGroup, ThematicArea

SHORT_RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]


class TaxonomyMixin(models.Model):
    """Thematic areas and target groups, shown in the reader's language."""

    thematic_areas = ParentalManyToManyField(
        ThematicArea, verbose_name=_("thematic areas"), blank=True, related_name="+"
    )
    target_groups = ParentalManyToManyField(
        TargetGroup, verbose_name=_("target groups"), blank=True, related_name="+"
    )

    taxonomy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("thematic_areas"),
                FieldPanel("target_groups"),
            ],
            heading=_("Filed under"),
        )
    ]
    # Copied to the translations, which point at the terms' versions in their own language
    # (BasePage.localize_choices).
    synchronised_fields = [SynchronizedField("thematic_areas"), SynchronizedField("target_groups")]

    class Meta:
        abstract = True

    @property
    def localized_thematic_areas_list(self):
        return localized_choices(self.thematic_areas.all(), self.locale_id)

    @property
    def localized_target_groups_list(self):
        return localized_choices(self.target_groups.all(), self.locale_id)


def attach_cities(pages):
    """Set `city` on each report or practice to the city profile it lives under (as a plain
    page: a card needs its title), None on other pages, in one query."""
    pages = list(pages)
    parent_paths = {page.path[: -page.steplen] for page in pages}
    cities = {
        city.path: city
        for city in Page.objects.type(city_page_model()).filter(path__in=parent_paths)
    }
    for page in pages:
        page.city = cities.get(page.path[: -page.steplen])
    return pages


def localize_cities(pages, locale):
    """Name each page's `city` in `locale` where the city has a live translation (a page not yet
    translated lives under the city's page in its own language), otherwise in English where it
    has a live English one, as the listings' city filter names it: at most one query."""
    keys = {
        page.city.translation_key
        for page in pages
        if page.city and page.city.locale_id != locale.pk
    }
    if keys:
        translations = {}
        for city in Page.objects.live().filter(
            Q(locale=locale) | Q(locale__language_code=fallback_language()),
            translation_key__in=keys,
        ):
            if city.locale_id == locale.pk or city.translation_key not in translations:
                translations[city.translation_key] = city
        for page in pages:
            if page.city:
                page.city = translations.get(page.city.translation_key, page.city)
    return pages


def city_page_model():
    """The page type reports and practices live under, and a report's visiting cities are:
    the partners app's city profile, reached through the report's relation to it rather than
    imported, because the partners app builds on this one and not the other way round."""
    return StudyVisitReportPage._meta.get_field("visiting_cities").related_model


def cards(queryset, locale, limit=None):
    """Reports or practices with what their cards show (picture, city, thematic areas in
    `locale`), in a fixed number of queries whatever the number of items."""
    queryset = queryset.select_related("hero_image").prefetch_related(
        "hero_image__renditions", "thematic_areas"
    )
    if limit is not None:
        queryset = queryset[:limit]
    pages = localize_cities(attach_cities(queryset), locale)
    return attach_localized(pages, "thematic_areas", locale)


def listing_items(request, queryset, locale):
    """One page of a listing of cards; a nonsense ?page= shows the nearest real page."""
    page = paginate(request, queryset)
    page.object_list = cards(page.object_list, locale)
    return page


def filtered_listing(request, model, form_class, locale):
    """The context of a filtered listing of reports or practices: the filter form, then one page
    of cards, newest first: the pages of `locale`, then those not yet translated into it."""
    listing = model.objects.listing_with_untranslated(locale)
    cities = city_page_model().objects.listing_with_untranslated(locale)
    filters = form_class(request.GET, listing=listing, locale=locale, cities=cities)
    items = listing_items(
        request,
        filters.filter(listing).order_by("untranslated", "-start_date", "title", "pk"),
        locale,
    )
    return {
        "filters": filters,
        "active_filters": filters.active_filters(),
        "items": items,
        "translated_items": [item for item in items if not item.untranslated],
        "untranslated_items": [item for item in items if item.untranslated],
    }


class ArticlePage(RoutablePageMixin, TaxonomyMixin, HeroImageMixin, BasePage):
    """What reports and practices share: a hero image and a 75–100 word summary."""

    summary = models.TextField(
        _("summary"),
        help_text=_("75–100 words: what a reader learns from this page."),
        validators=[validate_summary_length],
    )
    # Set by the demo loader on what it writes, never in the admin: a page a partner writes under
    # a sample city is the partner's own and carries no sample notice.
    is_sample = models.BooleanField(_("sample content"), default=False, editable=False)
    # The original and its translations go live together (translation/release.py).
    release_together = models.BooleanField(
        _("release with its translations"),
        default=True,
        help_text=_(
            "The original and its translations go live together, once every one of them is "
            "approved."
        ),
    )

    # A copy made in the admin is the copier's own page.
    exclude_fields_in_copy = ["is_sample"]

    settings_panels = BasePage.settings_panels + [FieldPanel("release_together")]

    api_fields = [
        APIField("city", serializer=ParentCityField()),
        APIField("summary"),
        APIField("hero_image"),
        APIField("hero_image_description", serializer=HeroImageAltField()),
        APIField(
            "hero_image_rendition",
            serializer=ImageRenditionField("fill-1200x630|format-jpeg", source="hero_image"),
        ),
        APIField("thematic_areas", serializer=LocalizedNamesField()),
        APIField("target_groups", serializer=LocalizedNamesField()),
    ]

    objects = ListingManager()

    schema_type = "Article"
    pdf_template = "publication/pdf/article.html"

    class Meta:
        abstract = True

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The page as a PDF in its language, built off the reader's request."""
        return pdf_documents.pdf_response(self, request)

    @classmethod
    def years_active(cls):
        """The first and last year the page counts for in the listings' year filter, as
        expressions over the page's fields; a report counts for the year of its visit."""
        return ExtractYear("start_date"), ExtractYear("start_date")

    def get_chapters(self):
        """The page as the one chapter of its own document (see PublicationPage's)."""
        self.kind = "report" if isinstance(self, StudyVisitReportPage) else "practice"
        self.content_lang = ""
        return attach_cities([self])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = self.get_url(request)
        context["pdf_url"] = url + self.reverse_subpage("pdf") if url else None
        context["pdf_unavailable"] = pdf_documents.unavailable_reason()
        return context

    def structured_data(self, request, about):
        """A report or practice is an Article: its headline and dates besides the page's."""
        (node,) = super().structured_data(request, about)
        node["headline"] = node["name"][:110]  # what search engines show of a headline
        if self.first_published_at:
            node["datePublished"] = self.first_published_at.isoformat()
        if self.last_published_at:
            node["dateModified"] = self.last_published_at.isoformat()
        return [node]

    def with_content_json(self, content):
        # The flag is the page's, not a revision's: a revision from before it existed, or one
        # saved in the admin, which does not show it, must not clear it.
        obj = super().with_content_json(content)
        obj.is_sample = self.is_sample
        return obj


class ArticleIndexPage(BasePage):
    """What the listings of reports and of practices share: an introduction, and the pages of
    their kind in their language, filtered, then those not yet translated into it."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    api_fields = [APIField("intro")]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["kind"] = self.kind
        context.update(
            filtered_listing(request, self.listed_model(), self.filter_form, self.locale)
        )
        return context


class StudyVisitIndexPage(ArticleIndexPage):
    """Lists every study-visit report of its language, newest first."""

    template = "publication/study_visit_index_page.html"

    kind = "report"
    filter_form = StudyVisitFilterForm

    class Meta:
        verbose_name = _("study visit index page")

    @staticmethod
    def listed_model():
        return StudyVisitReportPage


class StudyVisitReportPage(ArticlePage):
    """The report of one study visit: programme, meeting with local NGOs, what was learnt."""

    template = "publication/study_visit_report_page.html"
    parent_page_types = ["partners.CityProfilePage"]
    subpage_types = []

    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    host_organisations = ParentalManyToManyField(
        "partners.PartnerOrganisation",
        verbose_name=_("host organisations"),
        blank=True,
        related_name="+",
    )
    visiting_cities = ParentalManyToManyField(
        "partners.CityProfilePage",
        verbose_name=_("visiting cities"),
        blank=True,
        related_name="+",
    )
    context = RichTextField(
        _("context and challenge"),
        features=SHORT_RICH_TEXT,
        help_text=_("The situation in the host city and the challenge it answers."),
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("report"),
        blank=True,
        help_text=_(
            "The account of the visit: what the partners saw and learnt, with figures, charts, "
            "quotes, tables and pictures where they help."
        ),
    )
    programme = StreamField(
        [("session", ProgrammeSessionBlock())], verbose_name=_("programme"), blank=True
    )
    meeting_participants = RichTextField(
        _("who took part in the meeting"), features=SHORT_RICH_TEXT, blank=True
    )
    meeting_discussion = RichTextField(
        _("what was discussed"), features=SHORT_RICH_TEXT, blank=True
    )
    practices = StreamField(
        [
            (
                "practice",
                blocks.PageChooserBlock(
                    page_type="publication.PracticeArticlePage", label=_("Practice")
                ),
            )
        ],
        verbose_name=_("practices presented"),
        blank=True,
    )
    key_findings = RichTextField(_("key findings"), features=SHORT_RICH_TEXT, blank=True)
    strengths = RichTextField(_("strengths"), features=SHORT_RICH_TEXT, blank=True)
    challenges = RichTextField(_("challenges"), features=SHORT_RICH_TEXT, blank=True)
    next_actions = RichTextField(_("next actions"), features=SHORT_RICH_TEXT, blank=True)
    transferability = RichTextField(
        _("what could work at home"), features=SHORT_RICH_TEXT, blank=True
    )
    gallery = StreamField([("image", ImageBlock())], verbose_name=_("gallery"), blank=True)
    authors = models.CharField(_("authors"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    report_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("report to download"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("summary"),
        FieldPanel("host_organisations"),
        FieldPanel("visiting_cities"),
        FieldPanel("context"),
        FieldPanel("body"),
        FieldPanel("programme"),
        MultiFieldPanel(
            [FieldPanel("meeting_participants"), FieldPanel("meeting_discussion")],
            heading=_("Meeting with local NGOs, institutions and migrants"),
        ),
        FieldPanel("practices"),
        FieldPanel("key_findings"),
        MultiFieldPanel(
            [FieldPanel("strengths"), FieldPanel("challenges"), FieldPanel("next_actions")],
            heading=_("Strengths, challenges, next actions"),
        ),
        FieldPanel("transferability"),
        *TaxonomyMixin.taxonomy_panels,
        FieldPanel("gallery"),
        MultiFieldPanel(
            [FieldPanel("authors"), FieldPanel("contact_email"), FieldPanel("report_document")],
            heading=_("Authors and downloads"),
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("context"),
        index.SearchField("body"),
        index.SearchField("programme"),
        index.SearchField("meeting_discussion"),
        index.SearchField("key_findings"),
        index.SearchField("transferability"),
        index.FilterField("start_date"),
    ]

    api_fields = ArticlePage.api_fields + [
        APIField("start_date"),
        APIField("end_date"),
        APIField("host_organisations", serializer=LocalizedNamesField()),
        APIField("context"),
        APIField("body"),
        APIField("programme"),
        APIField("meeting_participants"),
        APIField("meeting_discussion"),
        APIField("practices", serializer=LinkedPagesField()),
        APIField("key_findings"),
        APIField("strengths"),
        APIField("challenges"),
        APIField("next_actions"),
        APIField("transferability"),
        APIField("gallery", serializer=PicturesField()),
        APIField("authors"),
        APIField("report_document"),
    ]

    override_translatable_fields = [
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("contact_email"),
        SynchronizedField("report_document"),
        SynchronizedField("hero_image"),
        SynchronizedField("host_organisations"),
        SynchronizedField("visiting_cities"),
        *TaxonomyMixin.synchronised_fields,
        SynchronizedField("is_sample"),
    ]

    class Meta:
        verbose_name = _("study visit report")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day cannot be before the first.")})

    def get_context(self, request, *args, **kwargs):
        """Organisations, visiting cities and practices in the report's language: one query
        for each, however many there are."""
        context = super().get_context(request, *args, **kwargs)
        context["host_organisations"] = localized_choices(
            self.host_organisations.all(), self.locale_id
        )
        # A city without a page in the report's language is named in English rather than in
        # its own language (a German report: "Thessaloniki", not "Θεσσαλονίκη").
        context["visiting_cities"] = localized_choices(
            self.visiting_cities.all(),
            self.locale_id,
            city_page_model().objects.defer_streamfields().order_by("title"),
            fallback=fallback_language(),
        )
        # The chosen ids as stored (reading the blocks would fetch the pages once more);
        # a practice that is not live, or no longer exists, is left out as before.
        chosen = [item["value"] for item in self.practices.raw_data if item["value"]]
        practices = localized_by_pk(
            chosen, self.locale_id, PracticeArticlePage.objects.live().defer_streamfields()
        )
        context["practices"] = [practices[pk] for pk in chosen if pk in practices]
        return context


class PracticeArticlePage(ArticlePage):
    """An inspiring practice other cities could repeat: how it works, what it achieved."""

    template = "publication/practice_article_page.html"
    parent_page_types = ["partners.CityProfilePage"]
    subpage_types = []

    class Status(models.TextChoices):
        PILOT = "pilot", _("Pilot")
        RUNNING = "running", _("Running")
        REGULAR = "regular", _("Now a regular service")
        COMPLETED = "completed", _("Completed")

    implementing_organisation = models.CharField(_("implementing organisation"), max_length=255)
    partners = models.TextField(_("partners"), blank=True)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty if it is still running.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RUNNING
    )
    purpose = RichTextField(_("purpose and rationale"), features=SHORT_RICH_TEXT)
    how_it_works = StreamField(BodyStreamBlock(), verbose_name=_("how it works"))
    results = StreamField(
        BodyStreamBlock(),
        verbose_name=_("results"),
        blank=True,
        help_text=_("Figures and what the people involved say."),
    )
    evaluation = RichTextField(_("evaluation"), features=SHORT_RICH_TEXT, blank=True)
    beneficiaries = models.TextField(_("beneficiaries"), blank=True)
    people_reached = models.PositiveIntegerField(
        _("number of people reached"), null=True, blank=True
    )
    funding = RichTextField(_("funding and resources"), features=SHORT_RICH_TEXT, blank=True)
    how_to_repeat = RichTextField(
        _("how another city can repeat it"), features=RICH_TEXT_FEATURES, blank=True
    )
    links = StreamField(
        [("link", LinkBlock()), ("document", DocumentBlock())],
        verbose_name=_("links and resources"),
        blank=True,
    )
    contact_name = models.CharField(_("contact person"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("summary"),
        *TaxonomyMixin.taxonomy_panels,
        MultiFieldPanel(
            [FieldPanel("implementing_organisation"), FieldPanel("partners")],
            heading=_("Who runs it"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("status"),
            ],
            heading=_("When"),
        ),
        FieldPanel("purpose"),
        FieldPanel("how_it_works"),
        FieldPanel("results"),
        FieldPanel("evaluation"),
        FieldRowPanel([FieldPanel("beneficiaries"), FieldPanel("people_reached")]),
        FieldPanel("funding"),
        FieldPanel("how_to_repeat"),
        FieldPanel("links"),
        FieldRowPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email")], heading=_("Contact")
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("purpose"),
        index.SearchField("how_it_works"),
        index.SearchField("results"),
        index.SearchField("how_to_repeat"),
        index.SearchField("implementing_organisation"),
        index.FilterField("start_date"),
        index.FilterField("status"),
    ]

    api_fields = ArticlePage.api_fields + [
        APIField("implementing_organisation"),
        APIField("partners"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("status"),
        APIField("purpose"),
        APIField("how_it_works"),
        APIField("results"),
        APIField("evaluation"),
        APIField("beneficiaries"),
        APIField("people_reached"),
        APIField("funding"),
        APIField("how_to_repeat"),
        APIField("links"),
    ]

    override_translatable_fields = [
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("status"),
        SynchronizedField("people_reached"),
        SynchronizedField("contact_email"),
        SynchronizedField("hero_image"),
        *TaxonomyMixin.synchronised_fields,
        SynchronizedField("is_sample"),
    ]

    class Meta:
        verbose_name = _("practice article")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start.")})

    @classmethod
    def years_active(cls):
        """A practice counts for every year it ran: from its start to its end date, or to this
        year while it still runs (no end date) or has become a regular service (its end date
        then closes the project, not the service). A completed one without an end date counts
        for its first year only; one that starts in a later year, for that year."""
        first = ExtractYear("start_date")
        this_year = Value(timezone.localdate().year)
        last = Case(
            When(status=cls.Status.REGULAR, then=this_year),
            When(end_date__isnull=False, then=ExtractYear("end_date")),
            When(status=cls.Status.COMPLETED, then=first),
            default=this_year,
            output_field=models.IntegerField(),
        )
        return first, Greatest(first, last)


class PracticeIndexPage(ArticleIndexPage):
    """Lists the practices of its language."""

    template = "publication/practice_index_page.html"

    kind = "practice"
    filter_form = PracticeFilterForm

    class Meta:
        verbose_name = _("practice index page")

    @staticmethod
    def listed_model():
        return PracticeArticlePage

    def serve(self, request, *args, **kwargs):
        # Older links named thematic areas and target groups by id: send them to the
        # readable address, once and for good.
        query = PracticeFilterForm.readable_query(request.GET, self.locale)
        if query is not None:
            return HttpResponsePermanentRedirect(f"{self.get_url(request)}?{query}")
        return super().serve(request, *args, **kwargs)


class PublicationPage(RoutablePageMixin, BasePage):
    """The online publication: an ordered selection of reports and practices with an intro,
    read as one long page or downloaded as a PDF in its language."""

    template = "publication/publication_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    # The main menu shows this where it is set (home/templatetags/navigation_tags.py).
    menu_title = models.CharField(
        _("menu title"),
        max_length=40,
        blank=True,
        help_text=_(
            "A short title for the site's main menu, where the full title is too long to fit. "
            "Leave it empty to show the title."
        ),
    )
    intro = RichTextField(_("editorial introduction"), features=RICH_TEXT_FEATURES)
    chapters = StreamField(
        [
            (
                "chapter",
                blocks.PageChooserBlock(
                    page_type=[
                        "publication.StudyVisitReportPage",
                        "publication.PracticeArticlePage",
                    ],
                    label=_("Chapter"),
                ),
            )
        ],
        verbose_name=_("chapters"),
        blank=True,
    )
    closing = StreamField(BodyStreamBlock(), verbose_name=_("closing words"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("menu_title"),
        FieldPanel("intro"),
        FieldPanel("chapters"),
        FieldPanel("closing"),
    ]

    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    api_fields = [APIField("intro"), APIField("chapters"), APIField("closing")]

    class Meta:
        verbose_name = _("publication")

    def get_chapters(self):
        """The chosen pages that are live, each in this publication's language where it exists
        (a chapter not yet translated appears in its original language, and says so).

        Each chapter gets `city`, `kind` ("report" or "practice") and `content_lang` (the code
        of its language where it differs from the publication's, else "")."""
        from wagtail_localize.models import TranslationSource

        chosen = [block.value for block in self.chapters if block.value]
        keys = [page.translation_key for page in chosen]
        pages = Page.objects.live().public().filter(translation_key__in=keys).specific()
        # The language each chapter was written in; the earliest source wins, as in the
        # "original language" notice of the page itself.
        originals = dict(
            TranslationSource.objects.filter(object_id__in=keys)
            .order_by("-created_at")
            .values_list("object_id", "locale_id")
        )
        chosen_locales = {page.translation_key: page.locale_id for page in chosen}

        def preference(page):
            key = page.translation_key
            return (
                page.locale_id == self.locale_id,
                page.locale_id == originals.get(key, chosen_locales[key]),
                page.locale_id == chosen_locales[key],
            )

        by_key = {}
        for page in pages:
            current = by_key.get(page.translation_key)
            if current is None or preference(page) > preference(current):
                by_key[page.translation_key] = page
        chapters = [by_key[key] for key in keys if key in by_key]
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        for chapter in chapters:
            chapter.kind = "report" if isinstance(chapter, StudyVisitReportPage) else "practice"
            chapter.content_lang = (
                codes[chapter.locale_id] if chapter.locale_id != self.locale_id else ""
            )
        return attach_cities(chapters)

    pdf_template = "publication/pdf/publication.html"

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The publication as a PDF in this page's language."""
        return pdf_documents.pdf_response(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = self.get_chapters()
        url = self.get_url(request)
        context["pdf_url"] = url + self.reverse_subpage("pdf") if url else None
        context["pdf_unavailable"] = pdf_documents.unavailable_reason()
        return context
