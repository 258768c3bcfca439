"""Where each page stands in each target language: missing, in progress, current or outdated.

A page's original is the page in the language it was written in: the locale of the page's first
wagtail-localize TranslationSource, or, for a page never submitted for translation, the page of
its translation group that was created first. Every other page of the group is a translation.

For an original and a target locale (settings.TRANSLATION_TARGET_LANGUAGES without the original's
own language) the status is:

- missing: no page in that locale and no translation under way;
- outdated: the original was published again after the translation was last synced (after
  wagtail-localize last extracted its text, or, for a translation made by hand, after the
  translation was last published);
- in progress: a translation exists but not every text segment is translated, the translated page
  is not live, or the page has not been saved from the source since the source was last synced;
- current: everything is translated, saved from the current source and live.

The whole table costs a fixed number of queries, whatever the number of pages: the counts of
segments and translated strings are aggregated per source and locale in the database."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, Max
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    Translation,
    TranslationLog,
    TranslationSource,
)

from publication.models import city_page_model

MISSING = "missing"
IN_PROGRESS = "in_progress"
CURRENT = "current"
OUTDATED = "outdated"

STATUSES = [
    (MISSING, _("Missing")),
    (IN_PROGRESS, _("In progress")),
    (OUTDATED, _("Outdated")),
    (CURRENT, _("Current")),
]
STATUS_LABELS = dict(STATUSES)


@dataclass
class Cell:
    """The status of one original page in one target locale."""

    locale: Locale
    status: str
    page_id: int | None = None  # the page in the target locale, if there is one
    translation_id: int | None = None  # wagtail-localize's Translation, if there is one
    translated: int = 0
    total: int = 0

    @property
    def label(self):
        return STATUS_LABELS[self.status]

    @property
    def percent(self):
        """Percent of text segments translated, or None for a translation made by hand."""
        if self.translation_id is None:
            return None
        if not self.total:
            return 100
        return self.translated * 100 // self.total


@dataclass
class Row:
    """An original page and its status in each of its target locales."""

    page_id: int
    title: str
    locale: Locale
    content_type_id: int
    path: str
    live: bool
    source_id: int | None  # the TranslationSource the translations are made from
    city_key: str | None = None  # translation_key of the CityProfilePage it belongs to
    city_title: str = ""
    cells: list[Cell] = field(default_factory=list)

    @property
    def page_model(self):
        return ContentType.objects.get_for_id(self.content_type_id).model_class()

    @property
    def page_type(self):
        model = self.page_model
        return model._meta.verbose_name if model else ""

    def cell(self, language_code):
        return next((c for c in self.cells if c.locale.language_code == language_code), None)


def target_locales(locales, languages=None):
    """The target languages' locales among `locales`, in the order of the setting."""
    by_code = {locale.language_code: locale for locale in locales}
    codes = languages or settings.TRANSLATION_TARGET_LANGUAGES
    return [by_code[code] for code in codes if code in by_code]


def original_locale_ids(sources, pages):
    """{translation_key: locale id of the original} for every translation group in `pages`.

    `sources` are (translation_key, locale_id) pairs of TranslationSources, oldest first; `pages`
    are (pk, translation_key, locale_id) triples."""
    originals = {}
    for key, locale_id in sources:
        originals.setdefault(key, locale_id)
    for _pk, key, locale_id in sorted(pages):
        originals.setdefault(key, locale_id)
    return originals


def page_sources():
    """The TranslationSources of pages, oldest first."""
    return TranslationSource.objects.filter(
        object__content_type=ContentType.objects.get_for_model(Page)
    ).order_by("created_at", "pk")


def original_page(page):
    """The page in the language it was written in (the page itself if it is the original)."""
    group = Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True)
    sources = page_sources().filter(object_id=page.translation_key)
    originals = original_locale_ids(
        sources.values_list("object_id", "locale_id"),
        group.values_list("pk", "translation_key", "locale_id"),
    )
    locale_id = originals.get(page.translation_key, page.locale_id)
    if locale_id == page.locale_id:
        return page
    return group.filter(locale_id=locale_id).first() or page


def translated_pages_below(page):
    """The pages under `page` that are translations of pages written in another language."""
    descendants = page.get_descendants().filter(alias_of__isnull=True)
    keys = descendants.values("translation_key")
    originals = original_locale_ids(
        page_sources().filter(object_id__in=keys).values_list("object_id", "locale_id"),
        Page.objects.filter(translation_key__in=keys, alias_of__isnull=True).values_list(
            "pk", "translation_key", "locale_id"
        ),
    )
    return [
        descendant
        for descendant in descendants.order_by("path")
        if originals.get(descendant.translation_key, descendant.locale_id) != descendant.locale_id
    ]


def _cell(locale, original, target, translation, source, counts, last_saved):
    """The status of one original page (a dict of its fields) in `locale`."""
    published = original["last_published_at"]
    if translation is not None:
        cell = Cell(
            locale,
            IN_PROGRESS,
            page_id=target["pk"] if target else None,
            translation_id=translation["pk"],
            translated=counts["translated"].get((source["pk"], locale.pk), 0),
            total=counts["total"].get(source["pk"], 0),
        )
        saved = last_saved.get((source["pk"], locale.pk))
        if published and published > source["last_updated_at"]:
            cell.status = OUTDATED
        elif (
            target is not None
            and target["live"]
            and cell.translated >= cell.total
            and saved is not None
            and saved >= source["last_updated_at"]
        ):
            cell.status = CURRENT
        return cell
    if target is None:
        return Cell(locale, MISSING)
    # A translation made by hand, outside wagtail-localize: compare publication dates.
    cell = Cell(locale, CURRENT, page_id=target["pk"])
    if not target["live"]:
        cell.status = IN_PROGRESS
    elif published and target["last_published_at"] and published > target["last_published_at"]:
        cell.status = OUTDATED
    return cell


def _city_of(page, cities):
    """The CityProfilePage (a dict) a page is or lies under, found by its tree path."""
    path = page["path"]
    for length in range(len(path), 0, -Page.steplen):
        if path[:length] in cities:
            return cities[path[:length]]
    return None


def status_rows(languages=None):
    """Every original page with its status in each target locale, in tree order.

    Seven queries whatever the number of pages (plus one per content type not yet cached)."""
    all_locales = {locale.pk: locale for locale in Locale.objects.all()}
    locales = target_locales(all_locales.values(), languages)
    city_type = ContentType.objects.get_for_model(city_page_model())

    pages = list(
        Page.objects.filter(depth__gt=1, alias_of__isnull=True)
        .order_by("path")
        .values(
            "pk",
            "draft_title",
            "translation_key",
            "locale_id",
            "content_type_id",
            "path",
            "live",
            "last_published_at",
        )
    )
    sources = list(page_sources().values("pk", "object_id", "locale_id", "last_updated_at"))
    originals = original_locale_ids(
        ((s["object_id"], s["locale_id"]) for s in sources),
        ((p["pk"], p["translation_key"], p["locale_id"]) for p in pages),
    )
    groups = defaultdict(dict)
    for page in pages:
        groups[page["translation_key"]][page["locale_id"]] = page
    source_of = {
        source["object_id"]: source
        for source in sources
        if originals.get(source["object_id"]) == source["locale_id"]
    }

    of_pages = {"source__object__content_type": ContentType.objects.get_for_model(Page)}
    translations = {
        (t["source_id"], t["target_locale_id"]): t
        for t in Translation.objects.filter(enabled=True, **of_pages).values(
            "pk", "source_id", "target_locale_id"
        )
    }
    segments = StringSegment.objects.filter(**of_pages)
    counts = {
        "total": dict(
            segments.values("source_id").annotate(n=Count("pk")).values_list("source_id", "n")
        ),
        # A segment is translated when its string has an error-free translation in the
        # segment's own context: the same test as wagtail-localize's progress bar. Joined
        # through the context, which few translations share, rather than through the string,
        # which may recur on every page (an organisation's name, say).
        "translated": {
            (source_id, locale_id): n
            for source_id, locale_id, n in segments.filter(
                context__translations__translation_of_id=F("string_id"),
                context__translations__has_error=False,
                context__translations__locale__in=locales,
            )
            .values("source_id", "context__translations__locale_id")
            .annotate(n=Count("pk"))
            .values_list("source_id", "context__translations__locale_id", "n")
        },
    }
    # When each translation's page was last saved from its source.
    last_saved = {
        (log["source_id"], log["locale_id"]): log["last"]
        for log in TranslationLog.objects.filter(**of_pages)
        .values("source_id", "locale_id")
        .annotate(last=Max("created_at"))
    }

    cities = {page["path"]: page for page in pages if page["content_type_id"] == city_type.pk}
    rows = []
    for page in pages:
        key = page["translation_key"]
        if originals[key] != page["locale_id"]:
            continue
        source = source_of.get(key)
        city = _city_of(page, cities)
        row = Row(
            page_id=page["pk"],
            title=page["draft_title"],
            locale=all_locales[page["locale_id"]],
            content_type_id=page["content_type_id"],
            path=page["path"],
            live=page["live"],
            source_id=source["pk"] if source else None,
            city_key=str(city["translation_key"]) if city else None,
            city_title=city["draft_title"] if city else "",
        )
        for locale in locales:
            if locale.pk == page["locale_id"]:
                continue
            translation = translations.get((source["pk"], locale.pk)) if source else None
            target = groups[key].get(locale.pk)
            row.cells.append(_cell(locale, page, target, translation, source, counts, last_saved))
        rows.append(row)
    return rows


def summary(rows, languages=None):
    """{language code: Counter of statuses} over the rows' cells, in target-language order."""
    totals = {code: Counter() for code in languages or settings.TRANSLATION_TARGET_LANGUAGES}
    for row in rows:
        for cell in row.cells:
            totals.setdefault(cell.locale.language_code, Counter())[cell.status] += 1
    return totals
