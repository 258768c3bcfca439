"""Europe's outline for the map is drawn from a TopoJSON file of country shapes: shapes inside
the frame are drawn in the cities' projection (EU members darker), those wholly outside are left
out, and a file that is not such a TopoJSON is refused with a message."""

import io
import itertools
import json

import pytest
from django.core.management import CommandError, call_command

from partners import network_map


def topology(tmp_path, countries):
    """A TopoJSON file with one arc per country (a closed ring of longitude/latitude points)."""
    arcs, geometries = [], []
    for code, ring in countries.items():
        # Quantised and delta-encoded, as world-atlas writes it: scale 0.001°, no translation.
        points = [(round(lon * 1000), round(lat * 1000)) for lon, lat in ring]
        deltas = [points[0]] + [(b[0] - a[0], b[1] - a[1]) for a, b in itertools.pairwise(points)]
        geometries.append({"type": "Polygon", "id": code, "arcs": [[len(arcs)]]})
        arcs.append(deltas)
    path = tmp_path / "countries.json"
    path.write_text(
        json.dumps(
            {
                "type": "Topology",
                "transform": {"scale": [0.001, 0.001], "translate": [0, 0]},
                "objects": {"countries": {"type": "GeometryCollection", "geometries": geometries}},
                "arcs": arcs,
            }
        )
    )
    return path


def square(lon, lat, size=2):
    return [(lon, lat), (lon + size, lat), (lon + size, lat + size), (lon, lat + size), (lon, lat)]


def test_shapes_inside_the_frame_are_drawn_in_the_cities_projection(tmp_path):
    source = topology(
        tmp_path,
        {"616": square(18, 52), "756": square(7, 46), "036": square(140, -30)},  # PL, CH, AU
    )
    output = tmp_path / "map.svg"

    call_command("draw_europe_map", str(source), output=str(output), stdout=io.StringIO())

    svg = output.read_text()
    eu, other = svg.split('fill="#c6d3dc" d="')[1], svg.split('fill="#dfe3e6" d="')[1]
    eu_path, other_path = eu.split('"')[0], other.split('"')[0]
    # Poland (an EU member) drawn where the projection puts its corner, Switzerland in the
    # other shade, Australia not at all.
    x, y = network_map.project(18, 52)
    assert eu_path.startswith(f"M{round(x * 2) / 2:g} {round(y * 2) / 2:g}l")
    assert eu_path.count("M") == 1 and other_path.count("M") == 1
    assert f'viewBox="0 0 {network_map.WIDTH} {network_map.HEIGHT}"' in svg


def test_a_file_that_is_not_a_countries_topojson_is_refused(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "FeatureCollection"}')
    with pytest.raises(CommandError, match="not world-atlas's countries TopoJSON"):
        call_command("draw_europe_map", str(bad), output=str(tmp_path / "map.svg"))
    assert not (tmp_path / "map.svg").exists()


class City:
    def __init__(self, title, longitude, latitude):
        self.title, self.longitude, self.latitude = title, longitude, latitude


def test_names_of_neighbouring_cities_do_not_cover_each_other():
    # Essen and Dortmund, 30 km apart: the second name moves off the first.
    placed = network_map.markers([City("Essen", 7.01, 51.46), City("Dortmund", 7.47, 51.51)])
    boxes = [marker.label_box(marker.label_shift) for marker in placed]
    assert not network_map.overlaps(*boxes)
    assert any(marker.label_shift for marker in placed)
    # Cities far apart keep their names beside their dots.
    apart = network_map.markers([City("Gdańsk", 18.65, 54.35), City("Bologna", 11.34, 44.49)])
    assert [marker.label_shift for marker in apart] == [0, 0]
