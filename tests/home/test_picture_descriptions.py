"""Pictures' descriptions (alternative text) in the reader's language: a page's description of
its hero image and an image block's alternative text are texts of the page, translated with it
through wagtail-localize; where a page has none, the picture's own description is shown marked
with its language, on the page, in its PDF and in the API."""

import html
import json
import shutil
import tempfile
from html.parser import HTMLParser
from io import StringIO
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.images.models import Image
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from home.alt_text import alt_text
from publication import pdf
from publication.models import PublicationPage, StudyVisitReportPage
from tests.home.factories import english_home, picture, translate
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitReportPageFactory

SITEMAP = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


class Images(HTMLParser):
    """The attributes of every <img> of an HTML document, with the language the img is in (its
    own `lang`, else its nearest ancestor's)."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self, html):
        super().__init__()
        self.stack = []
        self.images = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        inherited = next((lang for _, lang in reversed(self.stack) if lang), None)
        if tag == "img":
            self.images.append({**attrs, "in_language": attrs.get("lang") or inherited})
        if tag not in self.VOID:
            self.stack.append((tag, attrs.get("lang")))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break


def english_descriptions():
    """{English description: picture} of every picture in the library."""
    return {image.description.strip(): image for image in Image.objects.exclude(description="")}


def wrongly_marked(html, english):
    """The images of `html` whose alternative text is a picture's English description but are
    not marked as English: what a screen reader would read with another language's rules."""
    return [
        image
        for image in Images(html).images
        if image.get("alt", "").strip() in english and image["in_language"] != "en"
    ]


class DemoPictureDescriptionTests(TestCase):
    """On the demo content, every picture of a page in another language than English is
    described in that language, or its English description is marked as English."""

    @classmethod
    def setUpClass(cls):
        # The demo's pictures are drawn once for the class, into a folder of its own that every
        # test reads (the suite otherwise gives each test an empty media folder).
        cls.media = tempfile.mkdtemp(prefix="demo-media-")
        cls.media_settings = override_settings(MEDIA_ROOT=cls.media)
        cls.media_settings.enable()
        super().setUpClass()

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        cls.media_settings.disable()
        shutil.rmtree(cls.media, ignore_errors=True)

    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO())

    @pytest.fixture(autouse=True)
    def _demo_media(self, settings):
        settings.MEDIA_ROOT = self.media

    def non_english_paths(self):
        response = self.client.get("/sitemap.xml")
        root = ElementTree.fromstring(response.content)
        paths = [urlsplit(loc.text).path for loc in root.iterfind(".//sm:url/sm:loc", SITEMAP)]
        return [path for path in paths if not path.startswith("/en/")]

    def test_no_page_in_another_language_shows_an_english_description_unmarked(self):
        english = english_descriptions()
        paths = self.non_english_paths()
        self.assertGreater(len(paths), 40)
        shown = 0
        for path in paths:
            response = self.client.get(path)
            self.assertEqual(response.status_code, 200, path)
            html = response.content.decode()
            shown += sum(1 for image in Images(html).images if image.get("alt"))
            self.assertEqual(wrongly_marked(html, english), [], path)
        self.assertGreater(shown, 40)  # the pages do show described pictures

    def test_a_polish_report_describes_its_hero_picture_in_polish(self):
        report = StudyVisitReportPage.objects.get(
            locale__language_code="pl", slug__contains="brema"
        )
        response = self.client.get(report.url)
        hero = next(
            image
            for image in Images(response.content.decode()).images
            if "article__hero-img" in image.get("class", "")
        )
        self.assertEqual(hero["alt"], "Ilustracja: ludzie przy stole w sali spotkań.")
        self.assertIsNone(hero.get("lang"))
        self.assertEqual(
            report.hero_image.description,
            "Illustration: people around a table in a meeting room.",
        )

    def test_the_polish_and_greek_pdfs_describe_their_pictures_in_their_language(self):
        english = english_descriptions()
        documents = [
            PublicationPage.objects.get(locale__language_code="pl"),
            StudyVisitReportPage.objects.get(locale__language_code="el"),
        ]
        for page in documents:
            html = pdf.render_pdf_html(page, pdf.site_request(page), page.get_chapters())
            alts = [image.get("alt") for image in Images(html).images]
            language = page.locale.language_code
            translated = [
                chapter.hero_image_alt
                for chapter in page.get_chapters()
                if chapter.hero_image and chapter.locale.language_code == language
            ]
            with self.subTest(page=page.url):
                self.assertTrue(translated)
                # Each picture at the top of a chapter, described in the document's language.
                for text in translated:
                    self.assertIn(text, alts)
                    self.assertNotIn(text, english)
                self.assertEqual(wrongly_marked(html, english), [])

    def test_the_api_gives_the_greek_description_and_its_language(self):
        report = StudyVisitReportPage.objects.get(locale__language_code="el")
        data = self.client.get(f"/api/v2/pages/{report.pk}/").json()
        self.assertEqual(data["hero_image_description"]["language"], "el")
        self.assertTrue(data["hero_image_description"]["text"].startswith("Εικονογράφηση: "))
        self.assertNotIn(data["hero_image_description"]["text"], english_descriptions())
        self.assertTrue(all(item["alt_language"] == "el" for item in data["gallery"]))


class TranslatedDescriptionTests(TestCase):
    """A page's description of its picture goes through wagtail-localize like its other
    words."""

    @classmethod
    def setUpTestData(cls):
        cls.home = english_home()
        cls.polish_home = translate(cls.home, "pl", title="Witamy", slug="witamy")
        cities = CityIndexPageFactory(parent=cls.home, title="Cities", slug="cities")
        cls.polish_cities = translate(cities, "pl", title="Miasta", slug="miasta")
        bremen = CityProfilePageFactory(parent=cities, title="Bremen", slug="bremen")
        cls.polish_bremen = translate(bremen, "pl", title="Brema", slug="brema")
        cls.picture = picture("Meeting", description="People around a table in a meeting room.")
        cls.report = StudyVisitReportPageFactory(
            parent=bremen,
            title="Study visit to Bremen",
            slug="visit",
            hero_image=cls.picture,
            hero_image_alt="Partners from five cities around a table in Bremen's town hall.",
        )
        cls.report.save_revision().publish()
        cls.editor = User.objects.create_superuser("editor", "editor@example.org", "pw")

    def translate_into_polish(self, **strings):
        """Translates the report into Polish through wagtail-localize: the source's segments,
        the given translations of some of them ({source text: Polish}), published."""
        from wagtail.models import Locale
        from wagtail_localize.models import String, Translation

        source, _ = TranslationSource.get_or_create_from_instance(self.report)
        polish = Locale.objects.get(language_code="pl")
        translation = Translation.objects.create(source=source, target_locale=polish)
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            text = segment.string.data
            if segment.context.path == "title":
                text = "Wizyta studyjna w Bremie"
            elif segment.context.path == "slug":
                text = "wizyta"
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=polish,
                context=segment.context,
                data=strings.get(segment.string.data, text),
            )
        assert String.objects.filter(data__in=strings).count() == len(strings)
        # save_target(publish=True) publishes when the test's transaction commits, which it
        # never does: publish the draft it saves, as the editor's Publish button does.
        translation.save_target(user=self.editor, publish=False)
        page = self.report.get_translation(polish)
        page.get_latest_revision().publish(user=self.editor)
        return page.specific.__class__.objects.get(pk=page.pk), translation

    def hero_of(self, page):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return next(
            image
            for image in Images(response.content.decode()).images
            if "article__hero-img" in image.get("class", "")
        )

    def test_the_description_is_a_segment_and_the_translation_shows_it(self):
        polish_text = "Partnerzy z pięciu miast przy stole w ratuszu w Bremie."
        polish, translation = self.translate_into_polish(
            **{self.report.hero_image_alt: polish_text}
        )

        self.assertEqual(polish.hero_image_alt, polish_text)
        hero = self.hero_of(polish)
        self.assertEqual(hero["alt"], polish_text)
        self.assertEqual(hero["in_language"], "pl")
        # The original keeps its own.
        self.assertEqual(self.hero_of(self.report)["alt"], self.report.hero_image_alt)

        # The translator sees it, with its translation, in wagtail-localize's editor.
        self.client.force_login(self.editor)
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[polish.pk]))
        editor = response.content.decode()
        props = json.loads(html.unescape(editor.split('data-props="', 1)[1].split('"', 1)[0]))
        segment = next(
            s for s in props["segments"] if s.get("source") == self.report.hero_image_alt
        )
        self.assertEqual(segment["location"]["field"], "Description of the hero image")
        translated = [
            item["data"]
            for item in props["initialStringTranslations"]
            if item["segment_id"] == segment["id"]
        ]
        self.assertEqual(translated, [polish_text])

    def test_without_a_description_of_its_own_the_pictures_is_shown_marked_english(self):
        self.report.hero_image_alt = ""
        self.report.save_revision().publish()
        polish, _ = self.translate_into_polish()

        hero = self.hero_of(polish)
        self.assertEqual(hero["alt"], "People around a table in a meeting room.")
        self.assertEqual(hero["lang"], "en")
        # On the English page the same text is in the page's language: no mark.
        self.assertIsNone(self.hero_of(self.report).get("lang"))

    def test_the_api_names_the_language_of_the_description(self):
        polish, _ = self.translate_into_polish(
            **{self.report.hero_image_alt: "Partnerzy przy stole w ratuszu w Bremie."}
        )
        response = self.client.get(f"/api/v2/pages/{polish.pk}/")
        self.assertEqual(response.status_code, 200, response.content)
        data = response.json()
        self.assertEqual(
            data["hero_image_description"],
            {"text": "Partnerzy przy stole w ratuszu w Bremie.", "language": "pl"},
        )


def test_the_pictures_own_description_is_marked_only_in_another_language(db):
    image = picture("Harbour", description="Cranes over the river.")
    assert alt_text(image, "", "en").lang is None
    assert alt_text(image, "", "pl").lang == "en"
    assert alt_text(image, "  ", "el").text == "Cranes over the river."
    assert alt_text(image, "Dźwigi nad rzeką.", "pl") == alt_text(image, "Dźwigi nad rzeką.")
    assert alt_text(image, "Dźwigi nad rzeką.", "pl").lang is None
    assert alt_text(None, "", "pl").text == ""
