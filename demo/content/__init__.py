"""The demo content itself: `site.py` for the pages and taxonomies every language shares, and one
module per partner city (their format is described in `demo/__init__.py`)."""

# The city modules `load_demo` reads, in the order their pages are created. Gdańsk leads the
# network, so it comes first; the others follow the order of the study visits.
CITY_MODULES = ["gdansk", "bremen", "ghent", "bologna", "thessaloniki"]
