"""Draw Europe's outline for the map of the partner cities, as a static SVG."""

import itertools
import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from partners import network_map

# ISO 3166 numeric codes of the EU's member states, drawn a shade darker than their neighbours.
EU_MEMBERS = {
    "040", "056", "100", "191", "196", "203", "208", "233", "246", "250", "276", "300", "348",
    "372", "380", "428", "440", "442", "470", "528", "616", "620", "642", "703", "705", "724",
    "752",
}  # fmt: skip
# Points closer than this to the previous one (in map pixels) are left out: invisible at the
# map's size, and they would only make the file heavier.
MIN_STEP = 1.2
# Islets smaller than this (width plus height, in pixels) are left out.
MIN_SIZE = 3
MARGIN = 4


class Command(BaseCommand):
    """Turns Natural Earth's country shapes (the TopoJSON of the npm package `world-atlas`,
    public domain) into static/img/europe-map.svg, in the projection the city markers use.

    Run it only to change the map's frame or detail: the SVG is committed."""

    help = "Draw static/img/europe-map.svg from world-atlas's countries-50m.json."

    def add_arguments(self, parser):
        parser.add_argument("topojson", help="countries-50m.json from the world-atlas package")
        parser.add_argument(
            "--output",
            default=str(Path(settings.BASE_DIR) / "static" / network_map.OUTLINE),
        )

    def handle(self, *args, topojson, output, **options):
        try:
            topology = json.loads(Path(topojson).read_text())
            arcs = decode_arcs(topology)
            countries = topology["objects"]["countries"]["geometries"]
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(
                f"{topojson} is not world-atlas's countries TopoJSON: {error}"
            ) from error
        shapes = {"eu": [], "other": []}
        for country in countries:
            group = "eu" if country.get("id") in EU_MEMBERS else "other"
            for ring in rings(country, arcs):
                path = ring_path(ring)
                if path:
                    shapes[group].append(path)
        svg = outline_svg(shapes)
        Path(output).write_text(svg)
        self.stdout.write(
            f"Drew {sum(map(len, shapes.values()))} shapes into {output} ({len(svg):,} bytes)."
        )


def decode_arcs(topology):
    """The topology's arcs as lists of (longitude, latitude), undoing the quantisation."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        decoded.append(points)
    return decoded


def rings(geometry, arcs):
    """Every ring of a Polygon or MultiPolygon, as lists of (longitude, latitude)."""
    polygons = {
        "Polygon": [geometry.get("arcs", [])],
        "MultiPolygon": geometry.get("arcs", []),
    }.get(geometry.get("type"), [])
    for polygon in polygons:
        for ring_arcs in polygon:
            ring = []
            for index in ring_arcs:
                points = arcs[index] if index >= 0 else arcs[~index][::-1]
                ring.extend(points if not ring else points[1:])
            yield ring


def ring_path(ring):
    """An SVG path for one ring, or "" when it lies wholly outside the map or is too small."""
    points = [rounded(network_map.project(lon, lat)) for lon, lat in ring]
    if not any(0 <= x <= network_map.WIDTH and 0 <= y <= network_map.HEIGHT for x, y in points):
        return ""
    # What lies beyond the frame is pressed onto a margin around it: the shape inside the frame
    # stays the same, and the coastlines of Africa, Asia and the Arctic cost nothing.
    points = [
        (
            min(max(x, -MARGIN), network_map.WIDTH + MARGIN),
            min(max(y, -MARGIN), network_map.HEIGHT + MARGIN),
        )
        for x, y in points
    ]
    kept = [points[0]]
    for x, y in points[1:]:
        last_x, last_y = kept[-1]
        if abs(x - last_x) + abs(y - last_y) >= MIN_STEP:
            kept.append((x, y))
    xs, ys = [x for x, _ in kept], [y for _, y in kept]
    if len(kept) < 3 or max(xs) - min(xs) + max(ys) - min(ys) < MIN_SIZE:
        return ""
    # Relative moves are shorter to write than absolute positions.
    steps = [f"{b[0] - a[0]:g} {b[1] - a[1]:g}" for a, b in itertools.pairwise(kept)]
    return f"M{kept[0][0]:g} {kept[0][1]:g}l" + " ".join(steps).replace(" -", "-") + "z"


def rounded(point):
    x, y = point
    return round(x * 2) / 2, round(y * 2) / 2


def outline_svg(shapes):
    width, height = network_map.WIDTH, network_map.HEIGHT
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}">'
        "<!-- Country shapes: Natural Earth (public domain), via the world-atlas package. -->"
        f'<rect width="{width}" height="{height}" fill="#e8f1f6"/>'
        '<g stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round">'
        f'<path fill="#dfe3e6" d="{"".join(shapes["other"])}"/>'
        f'<path fill="#c6d3dc" d="{"".join(shapes["eu"])}"/>'
        "</g></svg>\n"
    )
