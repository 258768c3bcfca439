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
LETTER_WIDTH = 10
LABEL_HEIGHT = 18


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
    # How far the name is moved down (or up) from beside the dot, so as not to cover another.
    label_shift: float = 0

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
        return round(self.y + 4 + self.label_shift, 1)

    def label_box(self, shift=0):
        """(left, top, right, bottom) of the name, roughly: a bold 17 px letter is ~10 px wide."""
        width = len(str(self.city.title)) * LETTER_WIDTH
        left = self.label_x - width if self.label_left else self.label_x
        top = self.y + 4 + shift - LABEL_HEIGHT + 4
        return left, top, left + width, top + LABEL_HEIGHT


def markers(cities):
    """The cities that have a map point and lie within the map, as markers, west to east; a
    name that would cover one placed before it (north to south) is moved below or above."""
    placed = []
    for city in cities:
        if city.latitude is None or city.longitude is None:
            continue
        x, y = project(city.longitude, city.latitude)
        if 0 <= x <= WIDTH and 0 <= y <= HEIGHT:
            placed.append(Marker(city, x, y))
    labelled = []
    for marker in sorted(placed, key=lambda marker: (marker.y, marker.x)):
        for shift in (0, LABEL_HEIGHT, -LABEL_HEIGHT, 2 * LABEL_HEIGHT, -2 * LABEL_HEIGHT):
            box = marker.label_box(shift)
            if not any(overlaps(box, other.label_box(other.label_shift)) for other in labelled):
                break
        else:
            shift = 0  # nowhere free nearby: leave it beside its dot
        labelled.append(Marker(marker.city, marker.x, marker.y, shift))
    return sorted(labelled, key=lambda marker: marker.x)


def overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
