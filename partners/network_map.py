"""The map of the partner cities, drawn on the server: Europe's outline is a static SVG made once
from Natural Earth's public-domain data (`manage.py draw_europe_map`); the cities are placed on
it with the same projection when a page is rendered. No tiles or scripts from other servers.

The projection is the Lambert azimuthal equal-area centred on 52° N 10° E, the one the EU's
statistical maps use (EPSG:3035), on a sphere: the difference from the ellipsoid is far below a
pixel at this size."""

import math
from dataclasses import dataclass

CENTRE_LATITUDE = math.radians(52)
CENTRE_LONGITUDE = math.radians(10)

# What the map shows, in projected units of the unit sphere: the EU's mainland and islands, from
# Portugal and Ireland in the west to Cyprus in the east, from Crete to the north of Finland.
WEST, EAST = -0.29, 0.39
SOUTH, NORTH = -0.29, 0.35

WIDTH = 600
HEIGHT = round(WIDTH * (NORTH - SOUTH) / (EAST - WEST))
OUTLINE = "img/europe-map.svg"


def project(longitude, latitude):
    """(x, y) in the map's SVG coordinates for a point in degrees; y grows downwards."""
    lam = math.radians(float(longitude)) - CENTRE_LONGITUDE
    phi = math.radians(float(latitude))
    k = math.sqrt(
        2
        / (
            1
            + math.sin(CENTRE_LATITUDE) * math.sin(phi)
            + math.cos(CENTRE_LATITUDE) * math.cos(phi) * math.cos(lam)
        )
    )
    x = k * math.cos(phi) * math.sin(lam)
    y = k * (
        math.cos(CENTRE_LATITUDE) * math.sin(phi)
        - math.sin(CENTRE_LATITUDE) * math.cos(phi) * math.cos(lam)
    )
    return (
        round((x - WEST) / (EAST - WEST) * WIDTH, 1),
        round((NORTH - y) / (NORTH - SOUTH) * HEIGHT, 1),
    )


@dataclass(frozen=True)
class Marker:
    """A city on the map: its page, where it is drawn and on which side its name goes."""

    city: object
    x: float
    y: float

    @property
    def label_left(self):
        # Names of cities in the east half are written to the left of their dot, so they stay
        # inside the picture.
        return self.x > WIDTH * 0.62

    @property
    def label_x(self):
        return round(self.x - 9, 1) if self.label_left else round(self.x + 9, 1)

    @property
    def label_y(self):
        return round(self.y + 4, 1)


def markers(cities):
    """The cities that have a map point and lie within the map, as markers, west to east."""
    placed = []
    for city in cities:
        if city.latitude is None or city.longitude is None:
            continue
        x, y = project(city.longitude, city.latitude)
        if 0 <= x <= WIDTH and 0 <= y <= HEIGHT:
            placed.append(Marker(city, x, y))
    return sorted(placed, key=lambda marker: marker.x)
