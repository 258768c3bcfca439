"""Factories for pages, locales and images. Pages are created under a `parent` given by the
test."""

import io

import factory
from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage, StandardPage


def locale(language_code):
    return Locale.objects.get_or_create(language_code=language_code)[0]


def english_home():
    """The English home page that the initial migration creates (recreated, with its site, when
    a transactional test has flushed the database)."""
    home = HomePage.objects.filter(depth=2, locale__language_code="en").first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=locale("en"))
        )
        home = root.add_child(
            instance=HomePage(title="Welcoming Cities", slug="home", locale=locale("en"))
        )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "root_page": home, "site_name": "Welcoming Cities"},
        )
    return home


class PageFactory(factory.django.DjangoModelFactory):
    """Creates a page as a child of `parent` (required), live unless `live=False`."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            raise ValueError(f"{cls.__name__} needs a parent page")
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        return page


def translate(page, language_code, **fields):
    """Copy a page into another language (its parent must exist there), set `fields`, publish.

    Pass live=False to leave the translation as an unpublished draft."""
    live = fields.pop("live", True)
    translation = page.copy_for_translation(locale(language_code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    revision = translation.save_revision()
    if live:
        revision.publish()
    translation.refresh_from_db()
    return translation.specific


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    intro = "About the network."


class HomePageFactory(PageFactory):
    class Meta:
        model = HomePage


def picture(title="Neighbours at the welcome café", size=(1600, 900), **fields):
    """An image with a real (plain-coloured) file of `size`."""
    if not Collection.objects.exists():
        # The root collection the initial migration creates (gone after a transactional test
        # has flushed the database).
        Collection.add_root(name="Root")
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (11, 93, 122)).save(buffer, "PNG")
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name=f"{slugify(title)}.png"), **fields
    )
