"""Turns the demo content of `demo/content/` into snippets, pages and wagtail-localize
translations (the data format is described in `demo/__init__.py`).

Every object is created once in its source language and translated through wagtail-localize:
a TranslationSource, a Translation per target locale and a StringTranslation for every string
segment, filled from the target language's dict of the content module. The target text is found
by building the same object in memory from the target language's data, extracting its segments
and pairing them by position with the source's; block ids are derived from the content key, so
both builds give the same segment paths.

A run first checks the whole content (shapes, field lengths, block values, references) and
reports every problem at once before it writes a snippet or page. It then loads, in an order
where every parent and reference exists before it is needed: taxonomy terms, organisations, the
home page, the site pages, every city's profile (so that reports can name visiting cities),
each city's practices and report, and the publication's chapters. Each object and its
translations are saved in one transaction. Last, each partner city gets its editors group and
workflow through `partners.roles`, as `add_partner` gives them (and, in development, the demo
accounts), and the glossary gets the translated names of the thematic areas, organisations and
the Model.

The loader is idempotent: objects are found by their (deterministic) translation key or by
parent and slug, and translations that exist are left alone.
"""

import datetime
import uuid
from dataclasses import dataclass
from decimal import Decimal
from importlib import import_module

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models, transaction
from django.utils.text import slugify
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from demo import images
from demo.content import CITY_MODULES
from home.blocks import ImageBlock
from home.models import HomePage, StandardPage
from partners import roles
from partners.models import (
    CityComparisonPage,
    CityIndexPage,
    CityProfilePage,
    Network,
    PartnerOrganisation,
    PolicyCategory,
)
from publication.models import (
    PracticeArticlePage,
    PracticeIndexPage,
    PublicationPage,
    StudyVisitIndexPage,
    StudyVisitReportPage,
    TargetGroup,
    ThematicArea,
)
from translation import glossary
from translation.localize import publish_translation, translation_for

CONTENT_PACKAGE = "demo.content"
SITE_LANGUAGE = "en"
DEMO_PASSWORD = "welcome"  # noqa: S105 - development accounts only, see load_demo --with-accounts

# Fixed so that the translation keys and block ids derived from content keys never change
# between runs (or machines): that is what makes a second run find what the first one made.
NAMESPACE = uuid.UUID("5b0c8d0e-4f2a-4d4e-9d43-8f6c1b1f7a10")

TAXONOMIES = [
    ("thematic_areas", ThematicArea),
    ("target_groups", TargetGroup),
    ("policy_categories", PolicyCategory),
    ("networks", Network),
]

# Site pages under the English home: (key in site.PAGES, model, shown in menus).
SITE_PAGES = [
    ("cities", CityIndexPage, True),
    ("comparison", CityComparisonPage, False),
    ("study_visits", StudyVisitIndexPage, True),
    ("practices", PracticeIndexPage, True),
    ("publication", PublicationPage, True),
    ("about", StandardPage, True),
    ("funding", StandardPage, False),
    ("privacy", StandardPage, False),
]
# Site pages that live below another site page rather than the home page.
SITE_PAGE_PARENTS = {"comparison": "site/cities"}

# Fields the content gained after demo databases had been loaded, by model: where a page loaded
# earlier has them empty, the next run writes them and refreshes the page's translations.
ADDED_FIELDS = {
    PublicationPage: ("menu_title",),
    **{
        model: ("hero_image_alt",)
        for model in (HomePage, CityProfilePage, StudyVisitReportPage, PracticeArticlePage)
    },
}

# Keys of a page's data that name snippets: (the page's many-to-many field, registry prefix).
SNIPPET_REFERENCES = {
    "thematic_areas": ("thematic_areas", "taxonomy/thematic_areas"),
    "target_groups": ("target_groups", "taxonomy/target_groups"),
    "networks": ("networks", "taxonomy/networks"),
    "policy_categories": ("policy_categories", "taxonomy/policy_categories"),
    "organisations": ("partner_organisations", "organisation"),
    "host_organisations": ("host_organisations", "organisation"),
}

# Keys of a page's data that are not model fields of the same name.
NOT_FIELDS = {*SNIPPET_REFERENCES, "image", "gallery", "visiting_cities", "practices"}


class DemoContentError(Exception):
    """Content that cannot be loaded as written; the message names the file, key, language and
    field."""


def city_name(city):
    """A city's name in English: its partner group and collection are named after it."""
    return city.get("profile", {}).get("en", {}).get("title") or city["key"].title()


def stable_uuid(*parts):
    return uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts))


# The readable position ("[2]") of every block id the loader has made, so that an error can
# say body.[2].text rather than body.6f1c....text.
BLOCK_LABELS = {}


def readable_path(path):
    """A segment path with block ids replaced by their positions."""
    return ".".join(BLOCK_LABELS.get(part, part) for part in path.split("."))


# --- Reading the content modules ---------------------------------------------------------------


def import_content(package=CONTENT_PACKAGE):
    """The site module and the CITY dicts of the city modules, or a DemoContentError saying
    which file is missing or broken."""
    site = import_content_module(package, "site")
    for name in ("LANGUAGES", "TAXONOMY", "PAGES"):
        if not hasattr(site, name):
            raise DemoContentError(f"{module_file(package, 'site')} has no {name}.")
    cities = []
    for name in CITY_MODULES:
        module = import_content_module(package, name)
        if not hasattr(module, "CITY"):
            raise DemoContentError(f"{module_file(package, name)} has no CITY dict.")
        cities.append(module.CITY)
    return site, cities


def module_file(package, name):
    return f"{package.replace('.', '/')}/{name}.py"


def import_content_module(package, name):
    path = module_file(package, name)
    try:
        return import_module(f"{package}.{name}")
    except ModuleNotFoundError as error:
        if error.name == f"{package}.{name}":
            raise DemoContentError(f"{path} is missing: the demo content needs it.") from None
        raise DemoContentError(f"{path} cannot be imported: {error}") from None
    except Exception as error:
        # Whatever breaks inside a content file (a syntax error, a NameError) is reported as
        # that file's problem rather than as a traceback.
        raise DemoContentError(
            f"{path} cannot be imported: {type(error).__name__}: {error}"
        ) from None


# --- Building field values from the content -------------------------------------------------


class Pictures:
    """Gives the Wagtail images a page's data asks for by motif, drawing them on first use."""

    def __init__(self):
        self.cache = {}
        self.collections = {}
        self.created = 0

    def get(self, place, seed, colour, motif, size, collection):
        if not motif:
            return None
        key = (place, seed, motif, size)
        if key not in self.cache:
            image, created = images.get_or_create_picture(
                place, seed, motif, colour, size, self.collection(collection)
            )
            self.cache[key] = image
            self.created += created
        return self.cache[key]

    def collection(self, name):
        if name not in self.collections:
            self.collections[name] = roles.ensure_collection(name)[0]
        return self.collections[name]


@dataclass
class PictureSet:
    """The pictures of one city (or of the site pages): one place name, seed and colour, and
    the collection they go to: the partner city's own, or the network's for the site pages and
    Gdańsk's."""

    pictures: Pictures
    place: str
    seed: str
    colour: str
    collection: str

    def hero(self, motif):
        return self.get(motif, images.HERO_SIZE)

    def body(self, motif):
        image = self.get(motif, images.BODY_SIZE)
        return image.pk if image else None

    def get(self, motif, size):
        return self.pictures.get(self.place, self.seed, self.colour, motif, size, self.collection)


class StreamBuilder:
    """Turns the content's block lists into StreamField raw data with deterministic ids.

    Block and list-item ids are uuid5 of the content key, field and position, so the source and
    each target language give the same segment paths."""

    def __init__(self, pictures, key):
        self.pictures = pictures
        self.key = key

    def block_id(self, prefix, index):
        block_id = str(stable_uuid(prefix, index))
        BLOCK_LABELS[block_id] = f"[{index}]"
        return block_id

    def stream(self, stream_block, items, prefix, where):
        raw = []
        for index, item in enumerate(items or []):
            name, value = self.block_type_and_value(stream_block, item, f"{where}[{index}]")
            raw.append(
                {
                    "type": name,
                    "value": self.value(
                        stream_block.child_blocks[name],
                        value,
                        f"{prefix}/{index}",
                        f"{where}[{index}]",
                    ),
                    "id": self.block_id(prefix, index),
                }
            )
        return raw

    def block_type_and_value(self, stream_block, item, where):
        children = stream_block.child_blocks
        if isinstance(item, dict) and "type" in item and "value" in item:
            name, value = item["type"], item["value"]
        elif isinstance(item, dict) and "type" not in item:
            # Fields with one usual block type (key figures, programme, links) are written as
            # plain lists of values: they are blocks of the field's first type.
            name, value = next(iter(children)), item
        else:
            raise DemoContentError(f"{where}: a block needs a 'type' and a 'value'.")
        if name not in children:
            raise DemoContentError(
                f"{where}: unknown block type {name!r} (known: {', '.join(children)})."
            )
        return name, value

    def value(self, block, value, prefix, where):
        if isinstance(block, ImageBlock):
            return self.image_value(block, value, where)
        if isinstance(block, blocks.StructBlock):
            return self.struct_value(block, value, prefix, where)
        if isinstance(block, blocks.ListBlock):
            return [
                {
                    "type": "item",
                    "value": self.value(
                        block.child_block, item, f"{prefix}/{index}", f"{where}[{index}]"
                    ),
                    "id": self.block_id(prefix, index),
                }
                for index, item in enumerate(value or [])
            ]
        if isinstance(block, blocks.StreamBlock):
            return self.stream(block, value, prefix, where)
        return value

    def struct_value(self, block, value, prefix, where):
        if not isinstance(value, dict):
            raise DemoContentError(f"{where}: expected a dict of {', '.join(block.child_blocks)}.")
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            raise DemoContentError(
                f"{where}: unknown key(s) {', '.join(sorted(unknown))} "
                f"(known: {', '.join(block.child_blocks)})."
            )
        return {
            name: self.value(block.child_blocks[name], item, f"{prefix}/{name}", f"{where}.{name}")
            for name, item in value.items()
        }

    def image_value(self, block, value, where):
        """An image block: the content names a motif, the block wants an image."""
        value = dict(value)
        motif = value.pop("motif", None)
        if not motif:
            raise DemoContentError(f"{where}: an image block needs a 'motif'.")
        unknown = set(value) - {"alt_text", "caption", "credit"}
        if unknown:
            raise DemoContentError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}.")
        return {"image": self.pictures.body(motif), **value}


def hero_picture(pictures, motif, language):
    """A page's hero (and sharing) picture, with its description in the page's language: a text
    of the page, translated with it."""
    hero = pictures.hero(motif)
    return {
        "hero_image": hero,
        "social_image": hero,
        "hero_image_alt": images.picture_description(motif, language) if hero else "",
    }


def convert(model, name, value, where):
    """A content value for a plain model field, in the type the field wants."""
    model_field = field_or_error(model, name, where)
    if isinstance(value, str) and isinstance(model_field, models.DateField):
        return datetime.date.fromisoformat(value)
    if isinstance(value, str | float | int) and isinstance(model_field, models.DecimalField):
        return Decimal(str(value))
    return value


def plain_fields(model, data, where):
    """The synchronised model fields named by `data`'s keys (dates, e-mail addresses, ...)."""
    return {name: convert(model, name, value, f"{where}.{name}") for name, value in data.items()}


def text_fields(model, text, streams, where, skip=()):
    """The fields of one language dict: StreamFields built by `streams`, the rest as they are."""
    fields = {}
    for name, value in text.items():
        if name in skip:
            continue
        model_field = field_or_error(model, name, where)
        if isinstance(model_field, StreamField):
            # The ids come from the content key, never the language: every language's build
            # must give the same block ids.
            fields[name] = streams.stream(
                model_field.stream_block, value, f"{streams.key}/{name}", f"{where}.{name}"
            )
        else:
            fields[name] = convert(model, name, value, f"{where}.{name}")
    return fields


def field_or_error(model, name, where):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        raise DemoContentError(
            f"{where}: unknown key {name!r} ({model.__name__} has no such field)."
        ) from None


# --- The plan: what to load, in which order ---------------------------------------------------


@dataclass
class Item:
    """One snippet or page to create in its source language and translate.

    `build(language)` gives the model's field values from that language's data;
    `relations(locale)` the many-to-many values of the source; `parent()` the page to create
    it under (pages only)."""

    key: str
    where: str
    label: str
    model: type
    source_language: str
    target_languages: list
    texts: dict
    build: object
    parent: object = None
    relations: object = None
    lookup: object = None
    update_existing: bool = False
    added_fields: tuple = ()
    translation_key: uuid.UUID = None
    name_field: str = "title"
    common: dict = None

    def __post_init__(self):
        if self.translation_key is None:
            self.translation_key = stable_uuid("item", self.key)

    @property
    def is_page(self):
        return issubclass(self.model, Page)


@dataclass
class Counts:
    """What a run made, for the summary line."""

    snippets: int = 0
    pages: int = 0
    translations: int = 0
    pictures: int = 0
    skipped: int = 0


class Plan:
    """Reads the content modules into the ordered list of Items the loader creates."""

    def __init__(self, site, cities, languages, pictures, registry, note=None, checking=False):
        self.checking = checking
        self.site = site
        self.cities = cities
        self.languages = languages
        self.pictures = pictures
        self.registry = registry
        self.note = note or (lambda text: None)
        self.site_pictures = PictureSet(
            pictures,
            "Welcoming Cities",
            "site",
            getattr(site, "COLOUR", images.DEFAULT_COLOUR),
            roles.NETWORK_COLLECTION,
        )
        self.enabled_cities = [city for city in cities if self.city_enabled(city)]
        self.cities_by_key = {city["key"]: city for city in self.enabled_cities}

    # Languages

    def city_enabled(self, city):
        if city["language"] in self.languages:
            return True
        self.note(
            f"{city['key']}.py is written in {city['language']!r}, which is not enabled "
            "(SITE_LANGUAGES): the city is skipped."
        )
        return False

    def targets(self, source_language, wanted):
        return [code for code in wanted if code in self.languages and code != source_language]

    def all_targets(self):
        return self.targets(SITE_LANGUAGE, self.site.LANGUAGES)

    def city_targets(self, city):
        return self.targets(city["language"], city.get("translations", []))

    # Items

    def items(self):
        items = []
        items += self.taxonomy_items()
        for city in self.enabled_cities:
            items += self.organisation_items(city)
        items.append(self.home_item())
        items += [self.site_page_item(*spec) for spec in SITE_PAGES]
        items += [self.profile_item(city) for city in self.enabled_cities]
        for city in self.enabled_cities:
            items += [
                self.practice_item(city, index) for index in range(len(city.get("practices", [])))
            ]
            if city.get("report"):
                items.append(self.report_item(city))
        return items

    def taxonomy_items(self):
        items = []
        for group, model in TAXONOMIES:
            for position, entry in enumerate(self.site.TAXONOMY.get(group, []), 1):
                item = self.snippet_item(
                    model,
                    entry,
                    key=f"taxonomy/{group}/{entry['key']}",
                    where=f"site.py TAXONOMY[{group!r}][{entry['key']!r}]",
                    source_language=SITE_LANGUAGE,
                    targets=self.all_targets(),
                )
                if hasattr(model, "sort_order"):
                    # The content lists the areas in the model's order; keep it on the site.
                    item.common.setdefault("sort_order", position)
                items.append(item)
        return items

    def organisation_items(self, city):
        return [
            self.snippet_item(
                PartnerOrganisation,
                entry,
                key=f"organisation/{entry['key']}",
                where=f"{city['key']}.py organisations[{entry['key']!r}]",
                source_language=city["language"],
                targets=self.city_targets(city),
            )
            for entry in city.get("organisations", [])
        ]

    def snippet_item(self, model, entry, key, where, source_language, targets):
        """A taxonomy term or organisation: synchronised values (a website) beside one dict
        per language with its name and description."""
        common = {
            name: value
            for name, value in entry.items()
            if name != "key" and not is_language(name, value)
        }

        def build(language):
            fields = plain_fields(model, common, where)
            fields.update(text_fields(model, entry[language], None, f"{where} ({language})"))
            return fields

        def lookup(locale):
            # A term an editor made by hand before the first run is adopted, not duplicated.
            return model.objects.filter(locale=locale, name=entry[source_language]["name"]).first()

        return Item(
            key=key,
            where=where,
            label=describe(model._meta.verbose_name, entry, source_language, key, "name"),
            model=model,
            source_language=source_language,
            target_languages=targets,
            texts=language_dicts(entry),
            build=build,
            lookup=lookup,
            name_field="name",
            common=common,
        )

    def home_item(self):
        data = self.site.PAGES["home"]
        where = "site.py PAGES['home']"

        def build(language):
            streams = StreamBuilder(self.site_pictures, "site/home")
            fields = text_fields(HomePage, data[language], streams, f"{where} ({language})")
            motif = data.get("image", {}).get("motif", "welcome")
            fields.update(hero_picture(self.site_pictures, motif, language))
            return fields

        return Item(
            key="site/home",
            where=where,
            label=describe("Home page", data, SITE_LANGUAGE, "home"),
            model=HomePage,
            source_language=SITE_LANGUAGE,
            target_languages=self.all_targets(),
            texts=language_dicts(data),
            build=build,
            lookup=lambda locale: HomePage.objects.filter(locale=locale, depth=2).first(),
            update_existing=True,
            added_fields=ADDED_FIELDS.get(HomePage, ()),
        )

    def site_page_item(self, key, model, in_menus):
        data = self.site.PAGES[key]
        where = f"site.py PAGES[{key!r}]"

        def build(language):
            streams = StreamBuilder(self.site_pictures, f"site/{key}")
            fields = text_fields(model, data[language], streams, f"{where} ({language})")
            fields["show_in_menus"] = in_menus
            return fields

        return Item(
            key=f"site/{key}",
            where=where,
            label=describe(model._meta.verbose_name, data, SITE_LANGUAGE, key),
            model=model,
            source_language=SITE_LANGUAGE,
            target_languages=self.all_targets(),
            texts=language_dicts(data),
            build=build,
            parent=lambda: self.registry[SITE_PAGE_PARENTS.get(key, "site/home")],
            added_fields=ADDED_FIELDS.get(model, ()),
        )

    def city_pictures(self, city):
        place = city_name(city)
        # A partner's pictures are in its own collection, as its uploads are; Gdańsk's are the
        # network's.
        collection = place if city["key"] != roles.LEAD_CITY_SLUG else roles.NETWORK_COLLECTION
        return PictureSet(self.pictures, place, city["key"], city.get("colour"), collection)

    def city_page_item(self, city, kind, data, where, *, model, label, parent, motif, **extra):
        """One page of a partner's subtree (its profile, report or practices): written in the
        city's language from `data`, translated into the city's target languages, with its hero
        picture and snippets. What one kind of page has besides comes through `extra`:
        `common` (synchronised values outside `data`), `skip` (text keys built by `fields`),
        `fields(language, streams)` and `relations(locale)`."""
        pictures = self.city_pictures(city)
        key = f"{city['key']}/{kind}"

        def build(language):
            values = {**extra.get("common", {}), **synchronised_values(data)}
            fields = plain_fields(model, values, where)
            fields["is_sample"] = city.get("sample", False)
            streams = StreamBuilder(pictures, key)
            text_where = f"{where} ({language})"
            fields.update(
                text_fields(model, data[language], streams, text_where, skip=extra.get("skip", ()))
            )
            if "fields" in extra:
                fields.update(extra["fields"](language, streams))
            fields.update(
                hero_picture(pictures, data.get("image", {}).get("motif", motif), language)
            )
            return fields

        def relations(locale):
            relations = self.snippet_relations(data, locale, where)
            if "relations" in extra:
                relations.update(extra["relations"](locale))
            return relations

        return Item(
            key=key,
            where=where,
            label=describe(label, data, city["language"], where),
            model=model,
            source_language=city["language"],
            target_languages=self.city_targets(city),
            texts=language_dicts(data),
            build=build,
            parent=parent,
            relations=relations,
            added_fields=ADDED_FIELDS.get(model, ()),
        )

    def profile_item(self, city):
        place = {name: city.get(name) for name in ("country", "latitude", "longitude")}
        return self.city_page_item(
            city,
            "profile",
            city["profile"],
            f"{city['key']}.py profile",
            model=CityProfilePage,
            label="City profile",
            parent=lambda: self.in_locale(self.registry["site/cities"], city["language"]),
            motif="skyline",
            common=place,
        )

    def practice_item(self, city, index):
        return self.city_page_item(
            city,
            f"practice/{index}",
            city["practices"][index],
            f"{city['key']}.py practices[{index}]",
            model=PracticeArticlePage,
            label="Practice",
            parent=lambda: self.registry[f"{city['key']}/profile"],
            motif="meeting",
        )

    def report_item(self, city):
        data = city["report"]
        where = f"{city['key']}.py report"

        def gallery_and_practices(language, streams):
            return {
                "gallery": streams.stream(
                    StudyVisitReportPage._meta.get_field("gallery").stream_block,
                    gallery_blocks(data, data[language], f"{where} ({language})"),
                    f"{streams.key}/gallery",
                    f"{where} ({language}).gallery",
                ),
                "practices": [
                    {
                        "type": "practice",
                        "value": page.pk,
                        "id": str(stable_uuid(where, "p", page.pk)),
                    }
                    for page in self.practice_pages(city, data.get("practices", []), where)
                ],
            }

        return self.city_page_item(
            city,
            "report",
            data,
            where,
            model=StudyVisitReportPage,
            label="Study-visit report",
            parent=lambda: self.registry[f"{city['key']}/profile"],
            motif="meeting",
            skip={"gallery"},
            fields=gallery_and_practices,
            relations=lambda locale: {
                "visiting_cities": self.visiting_cities(data, locale, where)
            },
        )

    # References between items, resolved when the item is loaded

    def reference_problems(self):
        """Keys the content refers to but does not define (taxonomy terms, organisations,
        practices, cities), as messages."""
        known = {
            f"taxonomy/{group}/{entry['key']}"
            for group, _model in TAXONOMIES
            for entry in self.site.TAXONOMY.get(group, [])
        }
        known |= {
            f"organisation/{entry['key']}"
            for city in self.cities
            for entry in city.get("organisations", [])
        }
        problems = []
        for city in self.enabled_cities:
            practices = city.get("practices", [])
            report = city.get("report") or {}
            pages = [("profile", city.get("profile", {})), ("report", report)]
            pages += [(f"practices[{index}]", data) for index, data in enumerate(practices)]
            for name, data in pages:
                for key, (_field, prefix) in SNIPPET_REFERENCES.items():
                    problems += [
                        f"{city['key']}.py {name}: {key} names the unknown {ref!r}."
                        for ref in data.get(key, [])
                        if f"{prefix}/{ref}" not in known
                    ]
            problems += [
                f"{city['key']}.py report: practices names practices[{index}], which does not "
                "exist."
                for index in report.get("practices", [])
                if not 0 <= index < len(practices)
            ]
            problems += [
                f"{city['key']}.py report: visiting_cities names {key!r}, which is not one of "
                f"the city modules ({', '.join(CITY_MODULES)})."
                for key in report.get("visiting_cities", [])
                if key not in CITY_MODULES
            ]
        return problems

    def in_locale(self, page, language):
        return page.get_translation(Locale.objects.get(language_code=language))

    def snippet_relations(self, data, locale, where):
        """The page's many-to-many fields to snippets, each snippet in the page's `locale`
        where it is translated (templates localise them again for the reader)."""
        relations = {}
        for key, (field_name, prefix) in SNIPPET_REFERENCES.items():
            if key not in data:
                continue
            relations[field_name] = []
            for snippet_key in data[key]:
                snippet = self.registry.get(f"{prefix}/{snippet_key}")
                if snippet is None:
                    # Only an organisation of a city that is not loaded can be missing here:
                    # the content check has ruled out unknown keys.
                    self.note(f"{where}: {key} {snippet_key!r} is not loaded; left out.")
                    continue
                relations[field_name].append(snippet.get_translation_or_none(locale) or snippet)
        return relations

    def practice_pages(self, city, indexes, where):
        if self.checking:
            # The content check runs before any practice exists.
            return []
        pages = []
        for index in indexes:
            page = self.registry.get(f"{city['key']}/practice/{index}")
            if page is None:
                raise DemoContentError(f"{where}: practices[{index}] does not exist.")
            pages.append(page)
        return pages

    def visiting_cities(self, data, locale, where):
        pages = []
        for key in data.get("visiting_cities", []):
            if key not in self.cities_by_key:
                self.note(f"{where}: visiting city {key!r} is not loaded; left out.")
                continue
            profile = self.registry[f"{key}/profile"]
            pages.append(profile.get_translation_or_none(locale) or profile)
        return pages


def describe(kind, data, language, fallback, name_field="title"):
    """A progress label such as "City profile: Bremen"."""
    name = (data.get(language) or {}).get(name_field, fallback)
    return f"{str(kind)[:1].upper()}{str(kind)[1:]}: {name}"


def synchronised_values(data):
    """The values of a page's data that are written once for all languages (dates, e-mail
    addresses, ...), without the references the loader resolves itself."""
    return {
        name: value
        for name, value in data.items()
        if name not in NOT_FIELDS and not is_language(name, value)
    }


def is_language(name, value):
    """Language dicts sit beside the synchronised values; they are the only dicts keyed by a
    short language code."""
    return isinstance(value, dict) and len(name) == 2 and name.islower()


def language_dicts(data):
    return {name: value for name, value in data.items() if is_language(name, value)}


def gallery_blocks(data, text, where):
    """Image blocks for a report's gallery: the motifs sit beside the language dicts, their
    alt text, captions and credits in each language's "gallery" list, in the same order."""
    motifs = data.get("gallery", [])
    texts = text.get("gallery", [])
    if len(motifs) != len(texts):
        raise DemoContentError(
            f"{where}: 'gallery' has {len(texts)} entries but the report has {len(motifs)} "
            "gallery pictures."
        )
    return [
        {"type": "image", "value": {"motif": picture["motif"], **words}}
        for picture, words in zip(motifs, texts, strict=True)
    ]


# --- Pairing source and target segments --------------------------------------------------------


def build_fields(item, language):
    """The field values of `item` in `language`, from the content only."""
    if item.texts.get(language) is None:
        raise DemoContentError(f"{item.where}: no {language!r} dict.")
    return item.build(language)


def build_instance(item, language):
    """An unsaved instance of `item` in `language`, from the content only."""
    return instance_with(item.model, build_fields(item, language))


def instance_with(model, fields):
    instance = model()
    for name, value in fields.items():
        setattr(instance, name, value)
    return instance


def string_segments(instance):
    return [
        segment
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


def pair_segments(item, target_language):
    """{(path, source string): target string} for `item` translated into `target_language`,
    or a DemoContentError naming the first segment where the two languages' data differ."""
    source = string_segments(build_instance(item, item.source_language))
    target = string_segments(build_instance(item, target_language))
    source_paths = [segment.path for segment in source]
    target_paths = [segment.path for segment in target]
    if source_paths != target_paths:
        raise DemoContentError(shape_mismatch(item, target_language, source, target))
    pairs = {}
    for source_segment, target_segment in zip(source, target, strict=True):
        key = (source_segment.path, source_segment.string.data)
        # The same text twice in one field is stored once; its translations must agree.
        if key in pairs and pairs[key] != target_segment.string.data:
            raise DemoContentError(
                f"{item.where} ({target_language}): {source_segment.path} has the text "
                f"{source_segment.string.data[:60]!r} twice in {item.source_language!r}, "
                "translated differently; wagtail-localize can keep only one translation."
            )
        pairs[key] = target_segment.string.data
    return pairs


def shape_mismatch(item, language, source, target):
    for index, (a, b) in enumerate(zip(source, target, strict=False)):
        if a.path != b.path:
            return (
                f"{item.where} ({language}): differs from the {item.source_language!r} source at "
                f"segment {index + 1}: {item.source_language!r} has {readable_path(a.path)} "
                f"({a.string.data[:50]!r}), {language!r} has {readable_path(b.path)} "
                f"({b.string.data[:50]!r})."
            )
    longer, shorter, name = (
        (source, target, item.source_language)
        if len(source) > len(target)
        else (target, source, language)
    )
    extra = longer[len(shorter)]
    return (
        f"{item.where} ({language}): {name!r} has {len(longer) - len(shorter)} more text "
        f"segment(s), starting at {readable_path(extra.path)} ({extra.string.data[:50]!r}); "
        "every language needs the same blocks, list items and paragraphs."
    )


# --- Loading --------------------------------------------------------------------------------


class Loader:
    """Loads the plan into the database, printing one line per item through `report`."""

    def __init__(self, site, cities, languages, report, accounts=False):
        self.site = site
        self.cities = cities
        self.languages = languages
        self.report = report
        self.accounts = accounts
        self.counts = Counts()
        self.registry = {}
        self.pictures = Pictures()
        self.locales = {}

    def run(self):
        self.check()
        self.ensure_locales()
        plan = Plan(
            self.site,
            self.cities,
            self.languages,
            self.pictures,
            self.registry,
            note=self.report.note,
        )
        items = plan.items()
        for index, item in enumerate(items, 1):
            self.load_item(item, index, len(items))
        self.load_chapters(plan)
        self.set_up_partners(plan)
        self.load_glossary()
        if images.remove_old_collection():
            self.report.line(
                f"Removed the empty collection {images.OLD_COLLECTION_NAME!r} of earlier runs: "
                "the pictures are in their cities' collections and the network's."
            )
        self.counts.pictures = self.pictures.created
        return self.counts

    # Before anything is written

    def check(self):
        """Builds every item and translation in memory, validates them and pairs their
        segments, so that all the content's mistakes are reported before any snippet or page
        is written. (The pictures are drawn here already: the image blocks need them to be
        validated.)"""
        plan = Plan(self.site, self.cities, self.languages, self.pictures, {}, checking=True)
        problems = plan.reference_problems()
        for note in self.disabled_language_notes():
            self.report.note(note)
        items = plan.items()
        for item in items:
            problems += self.check_item(item)
        if problems:
            raise DemoContentError(
                f"The demo content has {len(problems)} problem(s):\n- " + "\n- ".join(problems)
            )
        translations = sum(len(item.target_languages) for item in items)
        self.report.line(
            f"Checked the content: {len(items)} items, {translations} translations; "
            f"{self.pictures.created} pictures drawn."
        )

    def check_item(self, item):
        """The problems of one item's source and of each of its translations."""
        problems = []
        for language in [item.source_language, *item.target_languages]:
            try:
                problems += content_problems(item, language, build_instance(item, language))
                if language != item.source_language:
                    pair_segments(item, language)
            except DemoContentError as error:
                problems.append(str(error))
                if language == item.source_language:
                    break
        return problems

    def disabled_language_notes(self):
        wanted = set(self.site.LANGUAGES)
        for city in self.cities:
            wanted.update(city.get("translations", []))
        notes = [
            f"{code!r} is not enabled (SITE_LANGUAGES): translations into it are skipped."
            for code in sorted(wanted - set(self.languages))
        ]
        notes += [
            f"{code!r} is enabled but the demo content has no text in it: it gets no pages."
            for code in self.languages
            if code not in wanted
        ]
        return notes

    def ensure_locales(self):
        for code in self.languages:
            locale, created = Locale.objects.get_or_create(language_code=code)
            self.locales[code] = locale
            if created:
                self.report.note(f"Created the locale {code!r}.")

    # One item: its source and its translations, in one transaction

    def load_item(self, item, index, total):
        with transaction.atomic():
            obj, created = self.get_or_create_source(item)
            force = (created and item.update_existing) or (
                not created and self.fill_added_fields(item, obj)
            )
            translated = [
                language
                for language in item.target_languages
                if self.translate(item, obj, language, force=force)
            ]
            for language in translated:
                self.verify_translation(item, obj, language)
        self.registry[item.key] = obj
        self.count(item, created, translated)
        self.report.item(index, total, item, created, translated)

    def count(self, item, created, translated):
        if created and not item.update_existing:
            if item.is_page:
                self.counts.pages += 1
            else:
                self.counts.snippets += 1
        self.counts.translations += len(translated)
        if not created and not translated:
            self.counts.skipped += 1

    def get_or_create_source(self, item):
        locale = self.locales[item.source_language]
        existing = self.find_existing(item, locale)
        if item.update_existing and existing is not None:
            return existing, self.update_if_changed(item, existing)
        if existing is not None:
            return existing, False
        if item.is_page:
            return self.create_page(item, locale), True
        return self.create_snippet(item, locale), True

    def find_existing(self, item, locale):
        found = item.model.objects.filter(
            translation_key=item.translation_key, locale=locale
        ).first()
        if found is None and item.lookup is not None:
            found = item.lookup(locale)
        if found is None and item.parent is not None:
            slug = item.texts[item.source_language]["slug"]
            page = item.parent().get_children().filter(slug=slug).first()
            if page is not None:
                found = page.specific
                if not isinstance(found, item.model):
                    raise DemoContentError(
                        f"{item.where}: a {type(found).__name__} with the slug {slug!r} already "
                        f"exists where the {item.model.__name__} should go."
                    )
        return found

    def create_snippet(self, item, locale):
        snippet = build_instance(item, item.source_language)
        snippet.locale = locale
        snippet.translation_key = item.translation_key
        save_or_explain(item, item.source_language, snippet.save)
        return snippet

    def create_page(self, item, locale):
        page = build_instance(item, item.source_language)
        page.locale = locale
        page.translation_key = item.translation_key
        self.set_relations(item, page, locale)
        parent = item.parent()
        save_or_explain(item, item.source_language, lambda: parent.add_child(instance=page))
        save_or_explain(item, item.source_language, lambda: page.save_revision().publish())
        return page

    def set_relations(self, item, page, locale):
        if item.relations is None:
            return
        for name, objects in item.relations(locale).items():
            setattr(page, name, objects)

    def update_if_changed(self, item, page):
        """Writes the content into an existing page (the home page made by a migration) when
        they differ; returns whether it did."""
        fields = build_fields(item, item.source_language)
        built = instance_with(item.model, fields)
        if all(field_value(page, name) == field_value(built, name) for name in fields):
            return False
        for name, value in fields.items():
            setattr(page, name, value)
        save_or_explain(item, item.source_language, lambda: page.save_revision().publish())
        return True

    def fill_added_fields(self, item, page):
        """Writes the fields the content gained since `page` was loaded (`item.added_fields`)
        where the page has them empty; returns whether it did, so that the translations are
        refreshed with them."""
        fields = build_fields(item, item.source_language)
        missing = {
            name: fields[name]
            for name in item.added_fields
            if fields.get(name) and not getattr(page, name)
        }
        if not missing:
            return False
        for name, value in missing.items():
            setattr(page, name, value)
        save_or_explain(item, item.source_language, lambda: page.save_revision().publish())
        return True

    # Translations

    def translate(self, item, obj, language, force=False):
        """Creates (or with `force`, refreshes) the translation of `obj` into `language` through
        wagtail-localize; returns whether it did anything."""
        locale = self.locales[language]
        existing = obj.get_translation_or_none(locale)
        if existing is not None and not force and getattr(existing, "live", True):
            return False
        translation = translation_for(obj, locale)
        pairs = pair_segments(item, language)
        self.write_strings(item, language, translation.source, locale, pairs)
        save_or_explain(item, language, lambda: publish_translation(translation))
        total, done = translation.get_progress()
        if done < total:
            raise DemoContentError(
                f"{item.where} ({language}): only {done} of {total} segments are translated."
            )
        return True

    def write_strings(self, item, language, source, locale, pairs):
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            data = pairs.get((segment.context.path, segment.string.data))
            if data is None:
                raise DemoContentError(
                    f"{item.where} ({language}): the {item.source_language!r} source in the "
                    f"database has a text the content does not ({segment.context.path}: "
                    f"{segment.string.data[:60]!r}); was the page edited after loading?"
                )
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": data},
            )

    def verify_translation(self, item, obj, language):
        """The translation exists, carries the target language's title (or name) and, for a
        page, its slug and is live."""
        translated = obj.get_translation(self.locales[language])
        text = item.texts[language]
        expected = text.get(item.name_field)
        actual = getattr(translated, item.name_field)
        if actual != expected:
            raise DemoContentError(
                f"{item.where} ({language}): the translation's {item.name_field} is {actual!r}, "
                f"not {expected!r}."
            )
        if item.is_page:
            if not translated.live:
                raise DemoContentError(f"{item.where} ({language}): the translation is not live.")
            if translated.slug != text["slug"]:
                self.report.note(
                    f"{item.where} ({language}): slug {text['slug']!r} became "
                    f"{translated.slug!r} (wagtail-localize keeps ASCII slugs unique per parent)."
                )

    # The publication's chapters, once every report and practice exists

    def load_chapters(self, plan):
        reports = sorted(
            (
                (city["report"]["start_date"], self.registry[f"{city['key']}/report"])
                for city in plan.enabled_cities
                if city.get("report")
            ),
            key=lambda pair: pair[0],
        )
        gdansk = plan.cities_by_key.get("gdansk", {})
        practices = [
            self.registry[f"gdansk/practice/{index}"]
            for index in range(len(gdansk.get("practices", [])))
        ]
        english = self.locales[SITE_LANGUAGE]
        chapters = [
            page.get_translation_or_none(english) or page
            for page in [report for _, report in reports] + practices
        ]
        publication = self.registry["site/publication"].specific
        current = [block.value.pk for block in publication.chapters if block.value]
        if current == [page.pk for page in chapters]:
            self.report.line("Publication chapters: up to date, skipped.")
            return
        with transaction.atomic():
            publication.chapters = [
                {"type": "chapter", "value": page.pk, "id": str(stable_uuid("chapter", page.pk))}
                for page in chapters
            ]
            publication.save_revision().publish()
            item = plan.site_page_item("publication", PublicationPage, True)
            for language in item.target_languages:
                self.translate(item, publication, language, force=True)
        self.report.line(
            f"Publication chapters: {len(reports)} study-visit report(s), then {len(practices)} "
            f"Gdańsk practice(s); translations updated ({', '.join(item.target_languages)})."
        )

    # Editors, once every city profile exists

    def set_up_partners(self, plan):
        """Gives each partner city what `add_partner` gives a new one (its editors group and
        collection, the "Partner submission" workflow on its profile) and, if asked to, the
        development accounts gdansk-editor and <city>-editor."""
        editors, changes = roles.ensure_gdansk_editors()
        changes += roles.ensure_partner_workflow()[1]
        self.report.line(
            f"{roles.GDANSK_EDITORS} and the {roles.WORKFLOW_NAME!r} workflow: "
            f"{'; '.join(changes) or 'up to date, skipped'}."
        )
        groups = {roles.LEAD_CITY_SLUG: editors}
        for city in plan.enabled_cities:
            if city["key"] == roles.LEAD_CITY_SLUG:
                continue
            name = city_name(city)
            profile = self.registry[f"{city['key']}/profile"]
            groups[city["key"]], changes = roles.onboard_partner(profile, name)
            self.report.line(f"Partner {name}: {'; '.join(changes) or 'up to date, skipped'}.")
        if not self.accounts:
            return
        for key, group in groups.items():
            username = f"{key}-editor"
            _user, changes = roles.ensure_account(
                username, group, email=f"{username}@example.org", password=DEMO_PASSWORD
            )
            self.report.line(
                f"Demo account {username} (password {DEMO_PASSWORD!r}, development only) in "
                f"{group.name!r}: {'; '.join(changes) or 'exists, skipped'}."
            )

    # The glossary, once every thematic area and organisation exists

    def load_glossary(self):
        """Glossary terms from each language into each target language (English, Polish): the
        names of the thematic areas and partner organisations as their snippets are translated,
        and the Model's name (site.GLOSSARY_TERMS). A term already in the glossary is left as
        an editor may have changed it."""
        targets = [code for code in settings.TRANSLATION_TARGET_LANGUAGES if code in self.locales]
        snippets = {
            "taxonomy/thematic_areas/": "A thematic area of the Immigrant Integration Model.",
            "organisation/": "A partner organisation of the network.",
        }
        added = 0
        for prefix, note in snippets.items():
            chosen = [obj for key, obj in self.registry.items() if key.startswith(prefix)]
            added += glossary.add_snippet_names(chosen, targets, note)
        for entry in getattr(self.site, "GLOSSARY_TERMS", []):
            names = {code: entry[code] for code in self.locales if entry.get(code)}
            added += glossary.add_names(names, targets, entry.get("note", ""))
        self.report.line(
            f"Glossary: {added} term(s) added." if added else "Glossary: up to date, skipped."
        )


def field_value(instance, name):
    """A comparable form of one field's value (StreamFields as their stored JSON)."""
    model_field = instance._meta.get_field(name)
    if isinstance(model_field, StreamField):
        value = getattr(instance, name)
        # Reading every block turns raw content into what Wagtail stores (times with seconds,
        # default values filled in), so content and database compare like for like.
        list(value)
        return value.get_prep_value()
    return model_field.value_from_object(instance)


# Fields the content does not write: the page tree's own, and the translation machinery's.
NOT_CONTENT = {f.name for f in Page._meta.concrete_fields} - {"title", "slug"}


def content_problems(item, language, instance):
    """Validation of a built instance, as messages: field lengths, required fields, the
    summary's word count, slugs, and StreamField blocks (which a model's own validation leaves
    to the admin form)."""
    problems = []
    for model_field in instance._meta.concrete_fields:
        if isinstance(model_field, StreamField):
            try:
                model_field.stream_block.clean(getattr(instance, model_field.name))
            except ValidationError as error:
                problems.append(f"{item.where} ({language}): {explain(error, model_field.name)}")
    exclude = [
        f.name
        for f in instance._meta.concrete_fields
        if f.name in NOT_CONTENT or f.primary_key or isinstance(f, StreamField)
    ]
    try:
        instance.clean_fields(exclude=exclude)
    except ValidationError as error:
        problems += [
            f"{item.where} ({language}): {name}: {' '.join(messages)}"
            for name, messages in error.message_dict.items()
        ]
    if item.is_page and language != item.source_language:
        # wagtail-localize runs a translation's slug through Django's ASCII slugify.
        if slugify(instance.slug) != instance.slug:
            problems.append(
                f"{item.where} ({language}): slug {instance.slug!r} would become "
                f"{slugify(instance.slug)!r} in the translation; use lowercase ASCII "
                "(transliterate)."
            )
    return problems


def save_or_explain(item, language, save):
    """Runs `save`, turning a validation error into a message naming the content."""
    try:
        return save()
    except ValidationError as error:
        raise DemoContentError(f"{item.where} ({language}): {explain(error)}") from None


def explain(error, path=""):
    """A validation error as one line; a StreamField's errors name their blocks' positions
    ("how_it_works[3].figures[0].value: Ensure this value has at most 40 characters")."""
    if hasattr(error, "as_json_data"):
        return "; ".join(block_error_lines(error.as_json_data(), path))
    if not hasattr(error, "error_dict"):
        return " ".join(error.messages)
    return "; ".join(
        explain(field_error, name)
        if hasattr(field_error, "as_json_data")
        else f"{name}: {' '.join(field_error.messages)}"
        for name, errors in error.error_dict.items()
        for field_error in errors
    )


def block_error_lines(data, path):
    """The messages of a block validation error's JSON form, each with its block path."""
    lines = [f"{path}: {message}" for message in data.get("messages", [])]
    children = data.get("blockErrors") or {}
    if isinstance(children, list):
        children = dict(enumerate(children))
    for key, child in children.items():
        if child:
            step = f"[{key}]" if str(key).isdigit() else f".{key}"
            lines += block_error_lines(child, f"{path}{step}")
    return lines
