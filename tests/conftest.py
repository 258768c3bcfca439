import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Each test writes uploaded and generated files to its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: ids are reused once a test's data is rolled back, so
    a cached rendition or site root could otherwise belong to another test's image or page."""
    cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """A request in one language must not leave that language active for the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
