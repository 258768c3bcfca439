"""After a publish the background worker renders what changed, so that the pictures in all
their sizes exist before the first reader comes, and readers then make none."""

import pytest
from wagtail.images.models import Rendition

from tests.home.factories import english_home, picture
from tests.partners.factories import CityIndexPageFactory, CityProfilePageFactory
from tests.publication.factories import PracticeArticlePageFactory, PracticeIndexPageFactory
from tests.worker import run_worker

pytestmark = pytest.mark.django_db


def test_a_published_pages_pictures_are_made_by_the_worker_not_the_reader(
    client, django_capture_on_commit_callbacks
):
    home = english_home()
    PracticeIndexPageFactory(parent=home, slug="practices")
    city = CityProfilePageFactory(parent=CityIndexPageFactory(parent=home), title="Bremen")
    practice = PracticeArticlePageFactory(parent=city, title="Flats, not shelters", live=False)
    practice.hero_image = picture()

    with django_capture_on_commit_callbacks(execute=True):
        practice.save_revision().publish()
    assert not Rendition.objects.exists()  # nothing made in the editor's request

    run_worker()
    specs = set(Rendition.objects.values_list("filter_spec", flat=True))
    assert "fill-1200x630|format-jpeg" in specs  # the sharing picture
    assert any(spec.startswith("fill-640x320") for spec in specs)  # the page's hero

    made = Rendition.objects.count()
    html = client.get(practice.url).content.decode()
    assert "Flats, not shelters" in html
    assert Rendition.objects.count() == made
