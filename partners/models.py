"""Partner cities: their profile pages, the index that lists them, and the organisations and
networks a profile refers to."""

from urllib.parse import urlencode

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from home.api_fields import HeroImageAltField, LocalizedNamesField
from home.blocks import ChartBlock, DocumentBlock
from home.i18n import localized_choices
from home.models import BasePage, HeroImageMixin, ListingQuerySet, PageForm
from home.pagination import paginate
from partners import comparison, roles
from partners.blocks import CityFigureBlock
from publication import pdf as pdf_documents
from publication.models import (
    PracticeArticlePage,
    PracticeIndexPage,
    StudyVisitIndexPage,
    StudyVisitReportPage,
)

SHORT_RICH_TEXT = ["bold", "italic", "link", "ol", "ul"]
# How many of its newest reports and practices a city's page lists.
CITY_PAGE_LIST_LIMIT = 10


class Country(models.TextChoices):
    AT = "AT", _("Austria")
    BE = "BE", _("Belgium")
    BG = "BG", _("Bulgaria")
    HR = "HR", _("Croatia")
    CY = "CY", _("Cyprus")
    CZ = "CZ", _("Czechia")
    DK = "DK", _("Denmark")
    EE = "EE", _("Estonia")
    FI = "FI", _("Finland")
    FR = "FR", _("France")
    DE = "DE", _("Germany")
    GR = "GR", _("Greece")
    HU = "HU", _("Hungary")
    IE = "IE", _("Ireland")
    IT = "IT", _("Italy")
    LV = "LV", _("Latvia")
    LT = "LT", _("Lithuania")
    LU = "LU", _("Luxembourg")
    MT = "MT", _("Malta")
    NL = "NL", _("Netherlands")
    PL = "PL", _("Poland")
    PT = "PT", _("Portugal")
    RO = "RO", _("Romania")
    SK = "SK", _("Slovakia")
    SI = "SI", _("Slovenia")
    ES = "ES", _("Spain")
    SE = "SE", _("Sweden")


@register_snippet
class PartnerOrganisation(TranslatableMixin, models.Model):
    """An organisation taking part in the network: a city department, an NGO, an institution."""

    name = models.CharField(_("name"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("website")]
    override_translatable_fields = [SynchronizedField("website")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")

    def __str__(self):
        return self.name


@register_snippet
class PolicyCategory(TranslatableMixin, models.Model):
    """A category of local integration policy (reception and residence, participation, ...)."""

    name = models.CharField(_("name"), max_length=150)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]
    override_translatable_fields = [SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("policy category")
        verbose_name_plural = _("policy categories")

    def __str__(self):
        return self.name


@register_snippet
class Network(TranslatableMixin, models.Model):
    """A city network a partner belongs to (EUROCITIES, Intercultural Cities, ...)."""

    name = models.CharField(_("name"), max_length=150)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("website")]
    override_translatable_fields = [SynchronizedField("website")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("network")
        verbose_name_plural = _("networks")

    def __str__(self):
        return self.name


class CityQuerySet(ListingQuerySet):
    def on_map(self, locale):
        """The cities a reader of `locale` finds on the map and in the comparison: the live
        cities of `locale` and the originals of those not yet translated into it (annotated
        `untranslated`), by name."""
        return self.listing_with_untranslated(locale).order_by("title")


CityManager = PageManager.from_queryset(CityQuerySet)


class CityIndexPage(BasePage):
    """Lists the partner cities of the network."""

    template = "partners/city_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.CityProfilePage", "partners.CityComparisonPage"]
    max_count_per_parent = 1

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("city index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["map_cities"] = CityProfilePage.objects.on_map(self.locale)
        context["comparison"] = CityComparisonPage.objects.live().public().child_of(self).first()
        context["items"] = paginate(
            request,
            CityProfilePage.objects.listing(self.locale)
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
            .order_by("title"),
        )
        return context


class CityProfilePageForm(PageForm):
    """A city profile's admin form. Whether a profile is sample content is the network's call,
    not the partner's: only a coordinator gets the box, and a partner's POST of it is not read."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not roles.is_coordinator(self.for_user):
            self.fields.pop("is_sample", None)


class CityProfilePage(RoutablePageMixin, HeroImageMixin, BasePage):
    """A partner city: who it is, its figures, its integration policy. A partner's own reports
    and practices live under it, so a permission on this subtree is a partner's whole reach."""

    template = "partners/city_profile_page.html"
    base_form_class = CityProfilePageForm
    parent_page_types = ["partners.CityIndexPage"]
    subpage_types = ["publication.StudyVisitReportPage", "publication.PracticeArticlePage"]

    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    tagline = models.CharField(
        _("tagline"),
        max_length=200,
        blank=True,
        help_text=_("One line under the city's name, e.g. 'A pioneer of inclusive policy'."),
    )
    summary = models.TextField(_("summary"))
    partner_organisations = ParentalManyToManyField(
        PartnerOrganisation,
        verbose_name=_("partner organisations"),
        blank=True,
        related_name="+",
    )
    responsible_office = models.CharField(_("responsible office"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=255, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    # The original and its translations go live together (translation/release.py).
    release_together = models.BooleanField(
        _("release with its translations"),
        default=True,
        help_text=_(
            "The original and its translations go live together, once every one of them is "
            "approved."
        ),
    )
    key_figures = StreamField(
        [("figure", CityFigureBlock())], verbose_name=_("key figures"), blank=True
    )
    key_findings = RichTextField(_("key findings"), features=SHORT_RICH_TEXT, blank=True)
    distinctive = RichTextField(
        _("what makes the city distinctive"), features=SHORT_RICH_TEXT, blank=True
    )
    policy_focus = RichTextField(
        _("focus of local integration policy"), features=SHORT_RICH_TEXT, blank=True
    )
    key_factors = RichTextField(_("key factors"), features=SHORT_RICH_TEXT, blank=True)
    policy_categories = ParentalManyToManyField(
        PolicyCategory, verbose_name=_("policy categories"), blank=True, related_name="+"
    )
    networks = ParentalManyToManyField(
        Network, verbose_name=_("networks"), blank=True, related_name="+"
    )
    statistics = StreamField([("chart", ChartBlock())], verbose_name=_("statistics"), blank=True)
    reports = StreamField(
        [("document", DocumentBlock())], verbose_name=_("reports to download"), blank=True
    )
    last_revised = models.DateField(_("last revised"), null=True, blank=True)
    is_sample = models.BooleanField(
        _("sample content"),
        default=False,
        help_text=_(
            "Illustrative content, not an official publication of the city; readers see a "
            "notice on the profile and on the sample reports and practices under it."
        ),
    )

    objects = CityManager()

    content_panels = BasePage.content_panels + [
        FieldPanel("tagline"),
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("summary"),
        FieldPanel("key_figures"),
        FieldPanel("key_findings"),
        FieldPanel("distinctive"),
        FieldPanel("policy_focus"),
        FieldPanel("key_factors"),
        FieldPanel("policy_categories"),
        FieldPanel("networks"),
        FieldPanel("statistics"),
        MultiFieldPanel(
            [
                FieldPanel("partner_organisations"),
                FieldPanel("responsible_office"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")]),
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("website")]),
            ],
            heading=_("Partner and contact"),
        ),
        FieldPanel("reports"),
        FieldRowPanel([FieldPanel("last_revised"), FieldPanel("is_sample")]),
    ]

    settings_panels = BasePage.settings_panels + [FieldPanel("release_together")]

    search_fields = BasePage.search_fields + [
        index.SearchField("tagline"),
        index.SearchField("summary"),
        index.SearchField("key_findings"),
        index.SearchField("distinctive"),
        index.SearchField("policy_focus"),
        index.SearchField("key_factors"),
        index.FilterField("country"),
    ]

    api_fields = [
        APIField("tagline"),
        APIField("country"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("hero_image"),
        APIField("hero_image_description", serializer=HeroImageAltField()),
        APIField("summary"),
        APIField("key_figures"),
        APIField("key_findings"),
        APIField("distinctive"),
        APIField("policy_focus"),
        APIField("key_factors"),
        APIField("policy_categories", serializer=LocalizedNamesField()),
        APIField("networks", serializer=LocalizedNamesField()),
        APIField("statistics"),
        APIField("partner_organisations", serializer=LocalizedNamesField()),
        APIField("responsible_office"),
        APIField("website"),
        APIField("reports"),
        APIField("last_revised"),
        APIField("is_sample"),
    ]

    override_translatable_fields = [
        SynchronizedField("country"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("website"),
        SynchronizedField("last_revised"),
        SynchronizedField("is_sample"),
        SynchronizedField("hero_image"),
        # Pointing, in each translation, at the versions in its language (BasePage).
        SynchronizedField("partner_organisations"),
        SynchronizedField("policy_categories"),
        SynchronizedField("networks"),
    ]

    # Its PDF is laid out as a report's or practice's, with the profile as the one chapter.
    pdf_template = "publication/pdf/article.html"

    class Meta:
        verbose_name = _("city profile")

    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The profile as a PDF in its language, built off the reader's request."""
        return pdf_documents.pdf_response(self, request)

    def get_chapters(self):
        """The profile as the one chapter of its own document, its snippets in its language."""
        self.kind = "city"
        self.content_lang = ""
        self.city = None
        for relation in ("partner_organisations", "policy_categories", "networks"):
            chosen = localized_choices(getattr(self, relation).all(), self.locale_id)
            setattr(self, f"localized_{relation}", chosen)
        return [self]

    def structured_data(self, request, about):
        """A city profile is a page about a City, placed by its country and map point."""
        (node,) = super().structured_data(request, about)
        city = {
            "@type": "City",
            "name": self.title,
            "address": {"@type": "PostalAddress", "addressCountry": self.country},
        }
        if self.latitude is not None and self.longitude is not None:
            city["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        node["about"] = city
        return [node]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = self.get_url(request)
        context["pdf_url"] = url + self.reverse_subpage("pdf") if url else None
        context["pdf_unavailable"] = pdf_documents.unavailable_reason()
        context["partner_organisations"] = localized_choices(
            self.partner_organisations.all(), self.locale_id
        )
        context["policy_categories"] = localized_choices(
            self.policy_categories.all(), self.locale_id
        )
        context["networks"] = localized_choices(self.networks.all(), self.locale_id)
        # The newest few of each; the rest are a link away, in the listing filtered by this city,
        # so that the page stays the same size however much the city publishes.
        more = {}
        for name, model in (("reports", StudyVisitReportPage), ("practices", PracticeArticlePage)):
            newest = list(
                model.objects.listing(self.locale)
                .child_of(self)
                .order_by("-start_date", "-pk")[: CITY_PAGE_LIST_LIMIT + 1]
            )
            context[name] = newest[:CITY_PAGE_LIST_LIMIT]
            more[name] = len(newest) > CITY_PAGE_LIST_LIMIT
        # Asked for whether or not there are more, so that the page costs the same queries.
        links = self.listing_links(request)
        context.update({f"all_{name}_url": links[name] for name in more if more[name]})
        return context

    def listing_links(self, request):
        """The listings of reports and practices of this page's language, filtered by this
        city (one query)."""
        kinds = {StudyVisitIndexPage: "reports", PracticeIndexPage: "practices"}
        listings = (
            Page.objects.live()
            .filter(locale_id=self.locale_id)
            .type(*kinds)
            .select_related("content_type")
        )
        links = dict.fromkeys(kinds.values())
        for listing in listings:
            url = listing.get_url(request)
            kind = kinds.get(listing.content_type.model_class())
            if url and kind:
                links[kind] = f"{url}?{urlencode({'city': self.slug})}"
        return links


class CityComparisonPage(BasePage):
    """The partner cities side by side: what each has published under each thematic area, and
    its key figures, filterable by city and thematic area, printable."""

    template = "partners/city_comparison_page.html"
    parent_page_types = ["partners.CityIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("city comparison page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The key figures are compared, so they are read with the cities (one query).
        cities = CityProfilePage.objects.on_map(self.locale).defer(None)
        context["map_cities"] = cities
        context.update(
            comparison.comparison(cities, self.locale, request.GET, CityProfilePage.objects)
        )
        return context
