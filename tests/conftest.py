import pytest


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Each test writes uploaded and generated files to its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
