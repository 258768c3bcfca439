"""Images reach readers as responsive WebP with a JPEG fallback, with their size reserved (no
layout shift), lazily below the fold, and never without alternative text: an image block's own,
else the picture's description, which hero images use too."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.template.loader import render_to_string
from PIL import Image as PILImage
from wagtail.blocks import StreamBlockValidationError
from wagtail.images.models import Image

from home.blocks import BodyStreamBlock, ImageBlock
from tests.home.factories import english_home
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import StudyVisitReportPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def picture():
    """A picture without a description."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), (11, 93, 122)).save(buffer, "PNG")
    return Image.objects.create(
        title="Neighbours at the welcome café",
        file=ImageFile(buffer, name="cafe.png"),
    )


@pytest.fixture
def described(picture):
    picture.description = "Neighbours pour tea for each other at a long table."
    picture.save()
    return picture


def img_tag(html):
    return re.search(r"<img\b[^>]*>", html).group(0)


@pytest.mark.parametrize("alt_text", ["", "   "])
def test_an_image_block_without_alternative_text_is_refused(picture, alt_text):
    block = ImageBlock()

    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python({"image": picture.pk, "alt_text": alt_text}))
    assert "alt_text" in error.value.block_errors


def test_an_image_block_may_leave_its_alternative_text_to_the_pictures_description(described):
    block = ImageBlock()

    value = block.clean(block.to_python({"image": described.pk, "alt_text": ""}))

    img = img_tag(block.render(value))
    assert 'alt="Neighbours pour tea for each other at a long table."' in img


def test_an_image_blocks_own_alternative_text_wins_over_the_description(described):
    block = ImageBlock()

    html = block.render(block.to_python({"image": described.pk, "alt_text": "Tea for two"}))

    assert 'alt="Tea for two"' in img_tag(html)


def test_a_draft_may_keep_an_image_block_without_alternative_text(picture):
    """Like a required field left empty: checked when the page is submitted or published."""
    body = BodyStreamBlock()
    value = body.to_python([{"type": "image", "value": {"image": picture.pk, "alt_text": ""}}])

    body.clean_deferred(value)
    with pytest.raises(StreamBlockValidationError):
        body.clean(value)


def test_a_body_with_an_image_lacking_alternative_text_does_not_validate(picture):
    body = BodyStreamBlock()
    value = body.to_python(
        [
            {"type": "paragraph", "value": "<p>The café opens on Fridays.</p>"},
            {"type": "image", "value": {"image": picture.pk, "alt_text": "", "caption": "Café"}},
        ]
    )

    with pytest.raises(StreamBlockValidationError) as error:
        body.clean(value)
    assert 1 in error.value.block_errors


def test_an_image_block_renders_webp_with_jpeg_fallback_sized_and_lazy(picture):
    block = ImageBlock()
    html = block.render(
        block.to_python(
            {"image": picture.pk, "alt_text": "Two women serving tea", "caption": "Friday café"}
        )
    )

    source = re.search(r"<source\b[^>]*>", html).group(0)
    assert 'type="image/webp"' in source and ".webp 480w" in source
    img = img_tag(html)
    assert 'alt="Two women serving tea"' in img
    assert re.search(r'src="[^"]+\.jpg"', img)
    assert 'loading="lazy"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert "<figcaption>" in html and "Friday café" in html


def test_the_hero_image_loads_at_once_with_its_size_reserved(described):
    html = render_to_string("includes/article_hero.html", {"image": described})

    img = img_tag(html)
    assert 'alt="Neighbours pour tea for each other at a long table."' in img
    assert "loading=" not in img
    assert 'width="640"' in img and 'height="320"' in img
    assert 'type="image/webp"' in html
    assert re.search(r'src="[^"]+\.jpg"', img)


def test_a_hero_image_is_never_described_by_its_title(picture):
    """A title is often a file name ("IMG_2034"); an old picture without a description is
    shown as decoration instead (no page gets one through the admin: home/alt_text.py)."""
    img = img_tag(render_to_string("includes/article_hero.html", {"image": picture}))

    assert 'alt=""' in img


def test_the_public_page_describes_its_hero_image_and_blocks_by_their_descriptions(
    client, described
):
    cities = CityIndexPageFactory(parent=english_home())
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", hero_image=described)
    bremen.save_revision().publish()
    report = StudyVisitReportPageFactory(
        parent=bremen,
        title="Visit",
        gallery=[
            {"type": "image", "value": {"image": described.pk, "alt_text": ""}},
            {"type": "image", "value": {"image": described.pk, "alt_text": "Tea for two"}},
        ],
    )
    report.save_revision().publish()

    def alts(page):
        return re.findall(r'<img\b[^>]*\balt="([^"]*)"', client.get(page.url).content.decode())

    description = "Neighbours pour tea for each other at a long table."
    assert description in alts(bremen)
    assert alts(report).count(description) == 1
    assert "Tea for two" in alts(report)


def test_cards_load_their_pictures_lazily_as_decoration(picture):
    cities = CityIndexPageFactory(parent=english_home())
    bremen = CityProfilePageFactory(parent=cities, title="Bremen", hero_image=picture)

    html = render_to_string("includes/city_card.html", {"city": bremen, "level": 2})

    img = img_tag(html)
    assert 'loading="lazy"' in img and 'alt=""' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'type="image/webp"' in html
