"""Pictures for the demo content, drawn locally with Pillow: no network, no stock photos.

Each picture is an abstract illustration in a city's colour, drawn from a seed (the city key and
a "motif"), so the same content always gives the same picture. The motifs a content module may
name are the keys of `MOTIFS` (and of `ALIASES`):

    harbour, river, old-town, skyline, housing, walk, market, park, playground, sport,
    festival, meeting, workshop, classroom, library, office, table, health, map, welcome

Any other motif gets a generic composition (sky, buildings, people).
"""

import colorsys
import hashlib
import io
import random

from django.core.files.images import ImageFile
from django.db.models import Q
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

HERO_SIZE = (1600, 900)
BODY_SIZE = (1200, 800)
# Where earlier runs put every picture: a run moves them to their collections and removes it.
OLD_COLLECTION_NAME = "Demo pictures"
DEFAULT_COLOUR = "#1d4e89"

# Drawn at twice the size and scaled down: Pillow draws shapes without anti-aliasing, and the
# downscale softens their edges.
SUPERSAMPLE = 2

SKIN_TONES = ["#f2d0b1", "#e0ac7e", "#c68642", "#8d5524", "#5c3a21", "#f6dcc4"]
CLOTHES = ["#e76f51", "#f4a261", "#2a9d8f", "#264653", "#e9c46a", "#8e7dbe", "#d62828", "#577590"]


# --- Colours -----------------------------------------------------------------------------------


def hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def mix(colour, other, amount):
    """`colour` moved `amount` (0–1) of the way towards `other`."""
    return tuple(round(a + (b - a) * amount) for a, b in zip(colour, other, strict=True))


def shift_hue(colour, turn):
    h, lightness, s = colorsys.rgb_to_hls(*(c / 255 for c in colour))
    r, g, b = colorsys.hls_to_rgb((h + turn) % 1, lightness, s)
    return (round(r * 255), round(g * 255), round(b * 255))


class Palette:
    """The colours of one picture, all derived from the city's main colour."""

    def __init__(self, colour):
        white, black = (255, 255, 255), (0, 0, 0)
        self.main = hex_to_rgb(colour or DEFAULT_COLOUR)
        self.light = mix(self.main, white, 0.55)
        self.pale = mix(self.main, white, 0.82)
        self.dark = mix(self.main, black, 0.45)
        self.accent = mix(shift_hue(self.main, 0.45), white, 0.15)
        self.warm = (244, 196, 120)
        # Sky and water lean towards blue whatever the city's colour: a red sea looks wrong.
        self.sky_top = mix(mix(self.main, (70, 130, 200), 0.6), white, 0.35)
        self.water = mix(self.main, (40, 110, 160), 0.75)
        self.sky_bottom = mix(self.warm, white, 0.55)
        self.ground = mix((120, 150, 90), self.main, 0.15)
        self.wall = mix(self.pale, self.warm, 0.25)


# --- Drawing primitives ------------------------------------------------------------------------


class Canvas:
    """A Pillow drawing with a random source and a palette; coordinates are fractions of the
    picture's width and height, so the same motif draws at any size."""

    def __init__(self, size, palette, rng):
        self.width, self.height = (side * SUPERSAMPLE for side in size)
        self.image = PILImage.new("RGB", (self.width, self.height), palette.pale)
        self.draw = ImageDraw.Draw(self.image)
        self.palette = palette
        self.rng = rng

    def x(self, fraction):
        return round(fraction * self.width)

    def y(self, fraction):
        return round(fraction * self.height)

    def box(self, left, top, right, bottom):
        return [self.x(left), self.y(top), self.x(right), self.y(bottom)]

    def rect(self, left, top, right, bottom, fill, radius=0):
        box = self.box(left, top, right, bottom)
        if radius:
            self.draw.rounded_rectangle(box, radius=self.x(radius), fill=fill)
        else:
            self.draw.rectangle(box, fill=fill)

    def ellipse(self, left, top, right, bottom, fill):
        self.draw.ellipse(self.box(left, top, right, bottom), fill=fill)

    def circle(self, cx, cy, radius, fill):
        # The radius is a fraction of the width, so circles stay round.
        r = self.x(radius)
        self.draw.ellipse([self.x(cx) - r, self.y(cy) - r, self.x(cx) + r, self.y(cy) + r], fill)

    def polygon(self, points, fill):
        self.draw.polygon([(self.x(px), self.y(py)) for px, py in points], fill=fill)

    def line(self, points, fill, width):
        self.draw.line([(self.x(px), self.y(py)) for px, py in points], fill, self.x(width))

    def gradient(self, top, bottom, colour_top, colour_bottom):
        y0, y1 = self.y(top), self.y(bottom)
        for row in range(y0, y1):
            colour = mix(colour_top, colour_bottom, (row - y0) / max(1, y1 - y0))
            self.draw.line([(0, row), (self.width, row)], fill=colour)

    def result(self, size):
        return self.image.resize(size, PILImage.Resampling.LANCZOS)


def sky(canvas, horizon=0.65, dusk=False):
    p = canvas.palette
    bottom = mix(p.warm, (255, 140, 90), 0.4) if dusk else p.sky_bottom
    canvas.gradient(0, horizon, p.sky_top if not dusk else p.dark, bottom)
    sun_x = canvas.rng.uniform(0.12, 0.88)
    canvas.circle(
        sun_x, horizon * canvas.rng.uniform(0.25, 0.6), 0.045, mix(p.warm, (255,) * 3, 0.3)
    )
    for _ in range(canvas.rng.randint(2, 4)):
        clouds(canvas, canvas.rng.uniform(0.05, 0.85), canvas.rng.uniform(0.06, horizon * 0.45))


def clouds(canvas, left, top):
    colour = mix(canvas.palette.pale, (255, 255, 255), 0.7)
    for step in range(3):
        canvas.ellipse(
            left + step * 0.035,
            top - 0.02 * (step == 1),
            left + step * 0.035 + 0.07,
            top + 0.06,
            colour,
        )


def ground(canvas, top, colour=None):
    canvas.rect(0, top, 1, 1, colour or canvas.palette.ground)


def water(canvas, top, bottom=1.0):
    p = canvas.palette
    canvas.gradient(top, bottom, mix(p.water, (255, 255, 255), 0.25), mix(p.water, (0, 0, 0), 0.4))
    for _ in range(18):
        x = canvas.rng.uniform(0, 0.95)
        y = canvas.rng.uniform(top + 0.02, bottom - 0.02)
        canvas.line([(x, y), (x + canvas.rng.uniform(0.03, 0.08), y)], p.light, 0.003)


def building(canvas, left, width, height, baseline, colour, gable=False):
    top = baseline - height
    canvas.rect(left, top, left + width, baseline, colour)
    if gable:
        canvas.polygon(
            [(left, top), (left + width / 2, top - width * 0.5), (left + width, top)],
            mix(colour, (0, 0, 0), 0.25),
        )
    window = mix(canvas.palette.warm, (255, 255, 255), 0.4)
    columns = max(1, round(width / 0.03))
    rows = max(1, round(height / 0.07))
    for col in range(columns):
        for row in range(rows - 1):
            wx = left + width * (col + 0.3) / columns
            wy = top + height * (row + 0.25) / rows
            canvas.rect(wx, wy, wx + width * 0.4 / columns, wy + height * 0.4 / rows, window)


def street(canvas, baseline, tall=0.35, gables=False, count=None):
    """A row of buildings standing on `baseline`."""
    p, rng = canvas.palette, canvas.rng
    colours = [p.main, p.light, p.accent, p.dark, mix(p.warm, p.main, 0.3)]
    left = -0.02
    while left < 1:
        width = rng.uniform(0.07, 0.15) if count is None else 1 / count
        height = rng.uniform(tall * 0.45, tall)
        building(canvas, left, width, height, baseline, rng.choice(colours), gables)
        left += width + (0.0 if gables else rng.uniform(0.0, 0.02))


def person(canvas, x, feet, height, rng=None):
    """A person drawn as a rounded body and a round head."""
    rng = rng or canvas.rng
    body_top = feet - height * 0.72
    half = height * 0.16 * canvas.height / canvas.width
    canvas.rect(x - half, body_top, x + half, feet, rng.choice(CLOTHES), radius=half * 0.9)
    head = height * 0.13 * canvas.height / canvas.width
    canvas.circle(
        x, body_top - head * canvas.width / canvas.height * 0.9, head, rng.choice(SKIN_TONES)
    )


def crowd(canvas, left, right, feet, height, count):
    for index in range(count):
        x = left + (right - left) * (index + canvas.rng.uniform(0.2, 0.8)) / count
        person(
            canvas,
            x,
            feet + canvas.rng.uniform(-0.01, 0.02),
            height * canvas.rng.uniform(0.85, 1.1),
        )


def tree(canvas, x, baseline, size):
    trunk = mix(canvas.palette.dark, (90, 60, 30), 0.6)
    canvas.rect(x - size * 0.08, baseline - size * 1.2, x + size * 0.08, baseline, trunk)
    leaves = mix((70, 140, 80), canvas.palette.main, canvas.rng.uniform(0.0, 0.3))
    canvas.circle(x, baseline - size * 1.5, size * 0.5, leaves)
    canvas.circle(x - size * 0.2, baseline - size * 1.25, size * 0.35, mix(leaves, (0, 0, 0), 0.1))


def interior(canvas, floor=0.72):
    p = canvas.palette
    canvas.gradient(0, floor, p.wall, mix(p.wall, p.main, 0.15))
    canvas.rect(0, floor, 1, 1, mix(p.warm, (120, 80, 50), 0.45))
    left = canvas.rng.uniform(0.05, 0.6)
    canvas.rect(left, 0.08, left + 0.3, 0.45, mix(p.sky_top, (255, 255, 255), 0.3))
    canvas.line([(left + 0.15, 0.08), (left + 0.15, 0.45)], p.pale, 0.006)


# --- Motifs -----------------------------------------------------------------------------------


def draw_generic(canvas):
    sky(canvas, 0.6)
    street(canvas, 0.75, tall=0.4)
    ground(canvas, 0.75, mix(canvas.palette.ground, (200, 200, 200), 0.5))
    crowd(canvas, 0.05, 0.95, 0.93, 0.17, canvas.rng.randint(4, 7))


def draw_harbour(canvas):
    p, rng = canvas.palette, canvas.rng
    sky(canvas, 0.6)
    street(canvas, 0.6, tall=0.22)
    water(canvas, 0.6)
    for index in range(rng.randint(1, 2)):
        x = 0.15 + index * 0.45 + rng.uniform(0, 0.1)
        canvas.line([(x, 0.6), (x, 0.2), (x + 0.18, 0.2)], p.accent, 0.008)
        canvas.line([(x + 0.15, 0.2), (x + 0.15, 0.35)], p.dark, 0.003)
    for _ in range(rng.randint(2, 3)):
        x, y = rng.uniform(0.05, 0.75), rng.uniform(0.7, 0.85)
        canvas.polygon([(x, y), (x + 0.22, y), (x + 0.19, y + 0.06), (x + 0.03, y + 0.06)], p.dark)
        canvas.rect(x + 0.05, y - 0.05, x + 0.13, y, p.pale)


def draw_river(canvas):
    p = canvas.palette
    sky(canvas, 0.55)
    street(canvas, 0.58, tall=0.3, gables=True)
    water(canvas, 0.58, 0.85)
    ground(canvas, 0.85, mix(p.ground, (180, 180, 180), 0.5))
    canvas.draw.arc(canvas.box(0.2, 0.5, 0.8, 0.95), 180, 360, fill=p.dark, width=canvas.x(0.02))
    crowd(canvas, 0.3, 0.7, 0.52, 0.1, 4)


def draw_old_town(canvas):
    sky(canvas, 0.5)
    street(canvas, 0.78, tall=0.42, gables=True, count=canvas.rng.randint(6, 9))
    ground(canvas, 0.78, mix(canvas.palette.warm, (150, 150, 150), 0.5))
    crowd(canvas, 0.1, 0.9, 0.95, 0.21, canvas.rng.randint(3, 6))


def draw_skyline(canvas):
    sky(canvas, 0.8, dusk=True)
    street(canvas, 0.85, tall=0.6)
    water(canvas, 0.85)


def draw_housing(canvas):
    p, rng = canvas.palette, canvas.rng
    sky(canvas, 0.6)
    ground(canvas, 0.8)
    left = 0.04
    while left < 0.95:
        width = rng.uniform(0.18, 0.26)
        building(canvas, left, width, rng.uniform(0.45, 0.6), 0.8, rng.choice([p.light, p.wall]))
        for row in range(4):
            y = 0.8 - 0.12 * (row + 1)
            canvas.rect(left + 0.02, y, left + width - 0.02, y + 0.015, p.accent)
        left += width + rng.uniform(0.03, 0.06)
    tree(canvas, rng.uniform(0.1, 0.9), 0.92, 0.08)
    crowd(canvas, 0.2, 0.8, 0.96, 0.14, 3)


def draw_walk(canvas):
    p = canvas.palette
    sky(canvas, 0.45)
    street(canvas, 0.65, tall=0.4)
    ground(canvas, 0.65, mix(p.ground, (190, 190, 190), 0.6))
    canvas.polygon([(0.35, 0.65), (0.65, 0.65), (0.95, 1), (0.05, 1)], mix(p.warm, p.pale, 0.5))
    crowd(canvas, 0.12, 0.88, 0.9, 0.26, canvas.rng.randint(5, 8))


def draw_market(canvas):
    p, rng = canvas.palette, canvas.rng
    sky(canvas, 0.45)
    street(canvas, 0.6, tall=0.3, gables=True)
    ground(canvas, 0.6, mix(p.warm, (170, 170, 170), 0.5))
    for index in range(4):
        left = 0.03 + index * 0.245
        canvas.rect(left + 0.01, 0.6, left + 0.22, 0.8, p.dark)
        for stripe in range(6):
            colour = p.accent if stripe % 2 else (250, 250, 245)
            sx = left + stripe * 0.04
            canvas.polygon([(sx, 0.5), (sx + 0.04, 0.5), (sx + 0.04, 0.6), (sx, 0.6)], colour)
        for item in range(5):
            canvas.circle(left + 0.03 + item * 0.04, 0.62, 0.012, rng.choice(CLOTHES))
    crowd(canvas, 0.05, 0.95, 0.97, 0.22, rng.randint(5, 8))


def draw_park(canvas):
    p, rng = canvas.palette, canvas.rng
    sky(canvas, 0.55)
    ground(canvas, 0.55)
    canvas.polygon([(0.45, 0.55), (0.55, 0.55), (0.8, 1), (0.2, 1)], mix(p.warm, p.pale, 0.4))
    for _ in range(rng.randint(4, 7)):
        tree(canvas, rng.uniform(0.02, 0.98), rng.uniform(0.6, 0.75), rng.uniform(0.06, 0.1))
    crowd(canvas, 0.25, 0.75, 0.92, 0.2, rng.randint(3, 5))


def draw_playground(canvas):
    p = canvas.palette
    draw_park(canvas)
    canvas.line([(0.08, 0.9), (0.14, 0.6), (0.26, 0.6), (0.32, 0.9)], p.accent, 0.008)
    canvas.line([(0.2, 0.6), (0.2, 0.78)], p.dark, 0.003)
    canvas.rect(0.18, 0.78, 0.22, 0.8, p.dark)
    crowd(canvas, 0.6, 0.95, 0.95, 0.12, 3)


def draw_sport(canvas):
    p = canvas.palette
    sky(canvas, 0.4)
    canvas.rect(0, 0.4, 1, 1, (86, 160, 90))
    white = (245, 245, 240)
    canvas.line([(0, 0.55), (1, 0.55)], white, 0.004)
    canvas.draw.ellipse(canvas.box(0.38, 0.6, 0.62, 0.85), outline=white, width=canvas.x(0.004))
    canvas.line([(0.5, 0.55), (0.5, 1)], white, 0.004)
    canvas.line([(0.05, 0.75), (0.05, 0.5), (0.2, 0.5), (0.2, 0.75)], white, 0.006)
    crowd(canvas, 0.15, 0.85, 0.9, 0.22, canvas.rng.randint(5, 7))
    canvas.circle(canvas.rng.uniform(0.3, 0.7), 0.93, 0.015, p.pale)


def draw_festival(canvas):
    p, rng = canvas.palette, canvas.rng
    sky(canvas, 0.7, dusk=True)
    canvas.rect(0.25, 0.35, 0.75, 0.7, p.dark)
    canvas.rect(0.22, 0.3, 0.78, 0.36, p.accent)
    ground(canvas, 0.7, mix(p.dark, (60, 60, 60), 0.5))
    for row in range(2):
        y = 0.08 + row * 0.1
        for index in range(12):
            x = index / 12
            canvas.polygon([(x, y), (x + 1 / 12, y), (x + 1 / 24, y + 0.07)], rng.choice(CLOTHES))
    crowd(canvas, 0.0, 1.0, 1.02, 0.24, rng.randint(9, 13))


def draw_meeting(canvas):
    p = canvas.palette
    interior(canvas)
    crowd(canvas, 0.15, 0.85, 0.78, 0.32, canvas.rng.randint(4, 6))
    canvas.ellipse(0.1, 0.66, 0.9, 0.86, mix(p.dark, (90, 55, 30), 0.5))
    for index in range(4):
        x = 0.2 + index * 0.17
        canvas.rect(x, 0.72, x + 0.07, 0.75, (250, 250, 250))


def draw_workshop(canvas):
    p = canvas.palette
    interior(canvas)
    canvas.rect(0.08, 0.15, 0.4, 0.6, (250, 250, 245))
    for row in range(4):
        canvas.rect(
            0.11,
            0.2 + row * 0.09,
            0.11 + canvas.rng.uniform(0.12, 0.26),
            0.24 + row * 0.09,
            canvas.rng.choice([p.main, p.accent, p.warm]),
        )
    crowd(canvas, 0.45, 0.95, 0.9, 0.35, 4)


def draw_classroom(canvas):
    p = canvas.palette
    interior(canvas, floor=0.68)
    canvas.rect(0.15, 0.12, 0.85, 0.48, mix((40, 80, 60), p.dark, 0.3))
    for row in range(3):
        canvas.line(
            [(0.2, 0.2 + row * 0.09), (0.2 + canvas.rng.uniform(0.3, 0.6), 0.2 + row * 0.09)],
            (235, 235, 225),
            0.004,
        )
    for row, feet in enumerate((0.82, 0.98)):
        crowd(canvas, 0.05, 0.95, feet, 0.3 + row * 0.05, 4 + row)
        canvas.rect(0.0, feet - 0.05, 1.0, feet - 0.02, mix(p.warm, (110, 70, 40), 0.5))


def draw_library(canvas):
    p, rng = canvas.palette, canvas.rng
    interior(canvas, floor=0.8)
    for shelf in range(4):
        top = 0.08 + shelf * 0.17
        canvas.rect(0.03, top + 0.14, 0.97, top + 0.16, mix(p.warm, (90, 60, 30), 0.6))
        x = 0.04
        while x < 0.95:
            width = rng.uniform(0.012, 0.025)
            canvas.rect(
                x,
                top + rng.uniform(0.02, 0.05),
                x + width,
                top + 0.14,
                rng.choice(CLOTHES + [p.main, p.accent]),
            )
            x += width + 0.003
    crowd(canvas, 0.2, 0.8, 0.97, 0.3, 3)


def draw_office(canvas):
    p = canvas.palette
    interior(canvas)
    crowd(canvas, 0.15, 0.85, 0.8, 0.3, 2)
    canvas.rect(0.05, 0.62, 0.95, 0.9, p.main)
    canvas.rect(0.05, 0.6, 0.95, 0.64, p.dark)
    canvas.circle(0.82, 0.3, 0.05, p.accent)
    crowd(canvas, 0.2, 0.7, 1.02, 0.32, 2)


def draw_table(canvas):
    """A table seen from above, with plates and cups and people around it."""
    p, rng = canvas.palette, canvas.rng
    canvas.rect(0, 0, 1, 1, mix(p.warm, p.pale, 0.5))
    canvas.rect(0.15, 0.25, 0.85, 0.75, mix(p.warm, (120, 80, 50), 0.45), radius=0.03)
    for index in range(5):
        for top in (True, False):
            x = 0.22 + index * 0.14
            y = 0.34 if top else 0.66
            canvas.circle(x, y, 0.035, (250, 250, 248))
            canvas.circle(x, y, 0.022, rng.choice([p.accent, p.light, p.warm]))
            canvas.circle(x, 0.17 if top else 0.83, 0.045, rng.choice(CLOTHES))
            canvas.circle(x, 0.17 if top else 0.83, 0.025, rng.choice(SKIN_TONES))


def draw_health(canvas):
    p = canvas.palette
    sky(canvas, 0.6)
    ground(canvas, 0.8)
    building(canvas, 0.25, 0.5, 0.5, 0.8, (245, 245, 242))
    canvas.rect(0.47, 0.22, 0.53, 0.38, p.accent)
    canvas.rect(0.44, 0.27, 0.56, 0.33, p.accent)
    tree(canvas, 0.12, 0.85, 0.09)
    tree(canvas, 0.88, 0.85, 0.09)
    crowd(canvas, 0.3, 0.7, 0.96, 0.2, 3)


def draw_map(canvas):
    p, rng = canvas.palette, canvas.rng
    canvas.rect(0, 0, 1, 1, mix(p.pale, (250, 245, 230), 0.5))
    water(canvas, 0.7)
    for _ in range(10):
        points = [(rng.uniform(0, 1), rng.uniform(0, 0.7)) for _ in range(3)]
        canvas.line(points, (255, 255, 255), 0.008)
    for _ in range(6):
        x, y = rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.6)
        canvas.circle(x, y, 0.02, p.accent)
        canvas.circle(x, y, 0.008, (255, 255, 255))


def draw_welcome(canvas):
    p = canvas.palette
    sky(canvas, 0.7)
    building(canvas, 0.2, 0.6, 0.6, 0.85, p.light)
    canvas.rect(0.42, 0.5, 0.58, 0.85, p.dark, radius=0.02)
    canvas.rect(0.44, 0.52, 0.56, 0.85, mix(p.warm, (255, 255, 255), 0.3), radius=0.015)
    ground(canvas, 0.85, mix(p.ground, (200, 200, 200), 0.5))
    crowd(canvas, 0.05, 0.4, 0.98, 0.22, 3)
    crowd(canvas, 0.6, 0.95, 0.98, 0.22, 3)


MOTIFS = {
    "harbour": draw_harbour,
    "river": draw_river,
    "old-town": draw_old_town,
    "skyline": draw_skyline,
    "housing": draw_housing,
    "walk": draw_walk,
    "market": draw_market,
    "park": draw_park,
    "playground": draw_playground,
    "sport": draw_sport,
    "festival": draw_festival,
    "meeting": draw_meeting,
    "workshop": draw_workshop,
    "classroom": draw_classroom,
    "library": draw_library,
    "office": draw_office,
    "table": draw_table,
    "health": draw_health,
    "map": draw_map,
    "welcome": draw_welcome,
}

# What each motif shows, for the pictures' descriptions (their alternative text). In English: a
# picture is one for every language its pages are in.
DESCRIPTIONS = {
    "harbour": "a harbour with cranes and boats in front of a row of buildings",
    "river": "a bridge over a river, with people crossing it and gabled houses behind",
    "old-town": "people in a square of an old town with tall gabled houses",
    "skyline": "a city skyline over the water at dusk",
    "housing": "blocks of flats with balconies, a tree and a few people in front",
    "walk": "a group of people walking along a street lined with buildings",
    "market": "people at the stalls of a street market with striped awnings",
    "park": "people on a path through a park with trees",
    "playground": "a park with a swing and children playing",
    "sport": "people playing football on a green pitch",
    "festival": "a crowd in front of a stage under coloured bunting in the evening",
    "meeting": "people around a table in a meeting room",
    "workshop": "people at a workshop in front of a flip chart",
    "classroom": "a class of adults at their desks in front of a blackboard",
    "library": "people in a library in front of full bookshelves",
    "office": "people at the counter of an advice office",
    "table": "people seen from above sharing a meal at a long table",
    "health": "a health centre with a cross over the door and people outside",
    "map": "a city map with marked places by the water",
    "welcome": "people on either side of an open door of a building",
}
GENERIC_DESCRIPTION = "people in a street in front of a row of buildings"

# The same descriptions in the site's other languages: a page gives its picture's description
# in its own language (the hero image's `hero_image_alt`, an image block's alt text), translated
# with the page. Keys as in DESCRIPTIONS; None is the generic composition.
ILLUSTRATION = {
    "en": "Illustration",
    "pl": "Ilustracja",
    "de": "Illustration",
    "nl": "Illustratie",
    "it": "Illustrazione",
    "el": "Εικονογράφηση",
}
TRANSLATED_DESCRIPTIONS = {
    "pl": {
        "harbour": "port z dźwigami i łodziami przed rzędem budynków",
        "river": "most nad rzeką, po którym idą ludzie, a za nim kamienice ze szczytami",
        "old-town": "ludzie na rynku starego miasta wśród wysokich kamienic ze szczytami",
        "skyline": "panorama miasta nad wodą o zmierzchu",
        "housing": "bloki mieszkalne z balkonami, przed nimi drzewo i kilka osób",
        "walk": "grupa ludzi idąca ulicą wśród budynków",
        "market": "ludzie przy straganach ulicznego targu pod pasiastymi markizami",
        "park": "ludzie na alejce w parku wśród drzew",
        "playground": "park z huśtawką i bawiącymi się dziećmi",
        "sport": "ludzie grający w piłkę nożną na zielonym boisku",
        "festival": "tłum przed sceną pod kolorowymi chorągiewkami wieczorem",
        "meeting": "ludzie przy stole w sali spotkań",
        "workshop": "ludzie na warsztatach przed tablicą flipchart",
        "classroom": "grupa dorosłych w ławkach przed tablicą",
        "library": "ludzie w bibliotece przed pełnymi regałami z książkami",
        "office": "ludzie przy okienku punktu porad",
        "table": "widziani z góry ludzie jedzący razem przy długim stole",
        "health": "ośrodek zdrowia z krzyżem nad drzwiami i ludzie przed wejściem",
        "map": "plan miasta z zaznaczonymi miejscami nad wodą",
        "welcome": "ludzie po obu stronach otwartych drzwi budynku",
        None: "ludzie na ulicy przed rzędem budynków",
    },
    "de": {
        "harbour": "ein Hafen mit Kränen und Booten vor einer Häuserzeile",
        "river": "eine Brücke über einen Fluss, auf der Menschen gehen, dahinter Giebelhäuser",
        "old-town": "Menschen auf einem Altstadtplatz mit hohen Giebelhäusern",
        "skyline": "die Silhouette einer Stadt am Wasser in der Abenddämmerung",
        "housing": "Wohnblocks mit Balkonen, davor ein Baum und einige Menschen",
        "walk": "eine Gruppe von Menschen auf einer von Häusern gesäumten Straße",
        "market": "Menschen an den Ständen eines Straßenmarkts mit gestreiften Markisen",
        "park": "Menschen auf einem Weg durch einen Park mit Bäumen",
        "playground": "ein Park mit einer Schaukel und spielenden Kindern",
        "sport": "Menschen beim Fußballspielen auf einem grünen Platz",
        "festival": "eine Menschenmenge am Abend vor einer Bühne unter bunten Wimpelketten",
        "meeting": "Menschen an einem Tisch in einem Besprechungsraum",
        "workshop": "Menschen bei einem Workshop vor einem Flipchart",
        "classroom": "eine Klasse Erwachsener an ihren Tischen vor einer Tafel",
        "library": "Menschen in einer Bibliothek vor vollen Bücherregalen",
        "office": "Menschen am Schalter einer Beratungsstelle",
        "table": "Menschen von oben gesehen bei einem gemeinsamen Essen an einer langen Tafel",
        "health": "ein Gesundheitszentrum mit einem Kreuz über der Tür und Menschen davor",
        "map": "ein Stadtplan mit markierten Orten am Wasser",
        "welcome": "Menschen zu beiden Seiten der offenen Tür eines Gebäudes",
        None: "Menschen auf einer Straße vor einer Häuserzeile",
    },
    "nl": {
        "harbour": "een haven met kranen en boten voor een rij gebouwen",
        "river": "een brug over een rivier waarover mensen lopen, met puntgevels erachter",
        "old-town": "mensen op een plein in een oude binnenstad met hoge puntgevelhuizen",
        "skyline": "de skyline van een stad aan het water bij schemering",
        "housing": "flatgebouwen met balkons, met een boom en een paar mensen ervoor",
        "walk": "een groep mensen die door een straat tussen de gebouwen loopt",
        "market": "mensen bij de kramen van een straatmarkt met gestreepte luifels",
        "park": "mensen op een pad door een park met bomen",
        "playground": "een park met een schommel en spelende kinderen",
        "sport": "mensen die voetballen op een groen veld",
        "festival": "een menigte 's avonds voor een podium onder gekleurde vlaggetjes",
        "meeting": "mensen rond een tafel in een vergaderzaal",
        "workshop": "mensen bij een workshop voor een flip-over",
        "classroom": "een klas volwassenen aan hun tafels voor een schoolbord",
        "library": "mensen in een bibliotheek voor volle boekenkasten",
        "office": "mensen aan de balie van een adviespunt",
        "table": "mensen van bovenaf gezien die samen eten aan een lange tafel",
        "health": "een gezondheidscentrum met een kruis boven de deur en mensen ervoor",
        "map": "een stadsplattegrond met gemarkeerde plekken aan het water",
        "welcome": "mensen aan weerszijden van de open deur van een gebouw",
        None: "mensen in een straat voor een rij gebouwen",
    },
    "it": {
        "harbour": "un porto con gru e barche davanti a una fila di edifici",
        "river": "un ponte su un fiume attraversato da persone, con case a timpano dietro",
        "old-town": "persone in una piazza del centro storico tra alte case a timpano",
        "skyline": "il profilo di una città sull'acqua al crepuscolo",
        "housing": "condomini con balconi, davanti un albero e alcune persone",
        "walk": "un gruppo di persone che cammina per una strada tra gli edifici",
        "market": "persone alle bancarelle di un mercato di strada con tende a righe",
        "park": "persone su un vialetto in un parco alberato",
        "playground": "un parco con un'altalena e bambini che giocano",
        "sport": "persone che giocano a calcio su un campo verde",
        "festival": "una folla la sera davanti a un palco sotto festoni colorati",
        "meeting": "persone intorno a un tavolo in una sala riunioni",
        "workshop": "persone a un laboratorio davanti a una lavagna a fogli mobili",
        "classroom": "una classe di adulti seduti ai banchi davanti a una lavagna",
        "library": "persone in una biblioteca davanti a scaffali pieni di libri",
        "office": "persone allo sportello di un ufficio di consulenza",
        "table": "persone viste dall'alto che mangiano insieme a una lunga tavola",
        "health": "un centro sanitario con una croce sopra la porta e persone davanti",
        "map": "una pianta della città con luoghi segnati vicino all'acqua",
        "welcome": "persone ai due lati della porta aperta di un edificio",
        None: "persone in una strada davanti a una fila di edifici",
    },
    "el": {
        "harbour": "λιμάνι με γερανούς και βάρκες μπροστά σε μια σειρά κτιρίων",
        "river": "γέφυρα σε ποτάμι, με ανθρώπους να τη διασχίζουν και σπίτια με αετώματα πίσω",
        "old-town": "άνθρωποι σε πλατεία παλιάς πόλης ανάμεσα σε ψηλά σπίτια με αετώματα",
        "skyline": "η σιλουέτα μιας πόλης πάνω από το νερό το σούρουπο",
        "housing": "πολυκατοικίες με μπαλκόνια, μπροστά ένα δέντρο και λίγοι άνθρωποι",
        "walk": "μια ομάδα ανθρώπων που περπατά σε έναν δρόμο ανάμεσα σε κτίρια",
        "market": "άνθρωποι στους πάγκους μιας λαϊκής αγοράς με ριγέ τέντες",
        "park": "άνθρωποι σε ένα δρομάκι μέσα σε πάρκο με δέντρα",
        "playground": "πάρκο με κούνια και παιδιά που παίζουν",
        "sport": "άνθρωποι που παίζουν ποδόσφαιρο σε πράσινο γήπεδο",
        "festival": "πλήθος το βράδυ μπροστά σε σκηνή κάτω από πολύχρωμα σημαιάκια",
        "meeting": "άνθρωποι γύρω από ένα τραπέζι σε αίθουσα συσκέψεων",
        "workshop": "άνθρωποι σε εργαστήριο μπροστά σε πίνακα με μεγάλα φύλλα χαρτιού",
        "classroom": "τάξη ενηλίκων στα θρανία τους μπροστά σε πίνακα",
        "library": "άνθρωποι σε βιβλιοθήκη μπροστά σε γεμάτα ράφια με βιβλία",
        "office": "άνθρωποι στο γκισέ ενός γραφείου συμβουλευτικής",
        "table": "άνθρωποι, από ψηλά, που τρώνε μαζί σε ένα μακρύ τραπέζι",
        "health": "κέντρο υγείας με σταυρό πάνω από την πόρτα και ανθρώπους απ' έξω",
        "map": "χάρτης πόλης με σημειωμένα μέρη δίπλα στο νερό",
        "welcome": "άνθρωποι στις δύο πλευρές της ανοιχτής πόρτας ενός κτιρίου",
        None: "άνθρωποι σε έναν δρόμο μπροστά σε μια σειρά κτιρίων",
    },
}

# Other names a writer may reach for first.
ALIASES = {
    "port": "harbour",
    "sea": "harbour",
    "bridge": "river",
    "town": "old-town",
    "oldtown": "old-town",
    "city": "skyline",
    "homes": "housing",
    "street": "walk",
    "tour": "walk",
    "garden": "park",
    "children": "playground",
    "football": "sport",
    "concert": "festival",
    "music": "festival",
    "conference": "meeting",
    "discussion": "meeting",
    "training": "workshop",
    "school": "classroom",
    "language-course": "classroom",
    "books": "library",
    "counter": "office",
    "info-point": "office",
    "food": "table",
    "kitchen": "table",
    "dinner": "table",
    "clinic": "health",
    "door": "welcome",
}


def draw_picture(seed, motif, colour, size):
    """The JPEG bytes of one picture; the same arguments always give the same picture."""
    digest = hashlib.sha256(f"{seed}:{motif}:{size[0]}x{size[1]}".encode()).hexdigest()
    rng = random.Random(digest)
    canvas = Canvas(size, Palette(colour), rng)
    name = ALIASES.get(motif, motif)
    MOTIFS.get(name, draw_generic)(canvas)
    output = io.BytesIO()
    canvas.result(size).save(output, format="JPEG", quality=85, optimize=True)
    return output.getvalue()


# --- Wagtail images ---------------------------------------------------------------------------


def picture_title(place, motif, size):
    return f"{place}: {motif.replace('-', ' ')} (illustration, {size[0]}×{size[1]})"


def picture_description(motif, language="en"):
    """A picture's description in `language` (English for the picture's own, in the image
    library; a page's in its language); English where the language has none."""
    name = ALIASES.get(motif, motif)
    if name not in DESCRIPTIONS:
        name = None
    phrases = TRANSLATED_DESCRIPTIONS.get(language)
    if phrases is None:
        language = "en"
        phrase = DESCRIPTIONS.get(name, GENERIC_DESCRIPTION)
    else:
        phrase = phrases[name]
    return f"{ILLUSTRATION[language]}: {phrase}."


def get_or_create_picture(place, seed, motif, colour, size, collection):
    """The Wagtail image for one picture in `collection`, drawn and saved only if no image of
    that title exists there yet (one of an earlier run's collection is moved there). Returns
    (image, created)."""
    Image = get_image_model()
    title = picture_title(place, motif, size)
    description = picture_description(motif)
    image = Image.objects.filter(
        Q(collection=collection) | Q(collection__name=OLD_COLLECTION_NAME), title=title
    ).first()
    if image is not None:
        if image.collection_id != collection.pk or not image.description:
            image.collection = collection
            image.description = image.description or description
            image.save(update_fields=["collection", "description"])
        return image, False
    data = draw_picture(seed, motif, colour, size)
    filename = f"demo-{slugify(seed)}-{slugify(motif) or 'picture'}-{size[0]}x{size[1]}.jpg"
    image = Image(title=title, collection=collection, description=description)
    image.file = ImageFile(io.BytesIO(data), name=filename)
    image._set_image_file_metadata()
    image.save()
    return image, True


def remove_old_collection():
    """Removes the collection of earlier runs once nothing is left in it; returns whether it
    did."""
    collection = Collection.objects.filter(name=OLD_COLLECTION_NAME, depth=2).first()
    if collection is None or collection.get_children().exists():
        return False
    for model in (get_image_model(), get_document_model()):
        if model.objects.filter(collection=collection).exists():
            return False
    collection.delete()
    return True
