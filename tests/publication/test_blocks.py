"""The shared blocks render what a reader needs, without JavaScript."""

import re

from home.blocks import BodyStreamBlock, ChartBlock
from home.charts import bar_chart

CHART = {
    "title": "Foreign residents registered in the city",
    "description": "The number roughly doubled in two years.",
    "value_label": "Residents",
    "source": "City statistics office",
    "data": [
        {"label": "2015", "value": 5200},
        {"label": "2016", "value": 7400},
        {"label": "2017", "value": 10400},
    ],
}


def render_chart(value=CHART):
    block = ChartBlock()
    return block.render(block.to_python(value))


def test_chart_svg_draws_one_bar_per_value_scaled_to_the_largest():
    html = render_chart()
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)

    heights = [float(h) for h in re.findall(r'<rect[^>]*\bheight="([\d.]+)"', svg)]
    assert len(heights) == 3
    assert heights[2] == max(heights)
    assert abs(heights[0] / heights[2] - 5200 / 10400) < 0.01


def test_chart_svg_is_labelled_for_screen_readers():
    svg = re.search(r"<svg.*?</svg>", render_chart(), re.S).group(0)

    assert 'role="img"' in svg
    assert "<title" in svg and "Foreign residents registered in the city" in svg
    assert "<desc" in svg and "The number roughly doubled in two years." in svg
    ids = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
    for element_id in ids:
        assert f'id="{element_id}"' in svg


def test_chart_is_followed_by_a_table_of_the_same_data():
    html = render_chart()
    table = re.search(r"<table.*?</table>", html, re.S).group(0)
    cells = [
        re.sub(r"<[^>]+>", "", c).strip()
        for c in re.findall(r"<t[dh][^>]*>.*?</t[dh]>", table, re.S)
    ]

    for label, value in (("2015", "5,200"), ("2016", "7,400"), ("2017", "10,400")):
        assert label in cells
        assert value in cells
    assert "Residents" in cells
    assert "City statistics office" in html


def test_bar_chart_survives_zero_and_negative_values():
    chart = bar_chart([("a", 0), ("b", -3)])

    assert [bar.height for bar in chart.bars] == [0, 0]


def test_translatable_table_block_renders_caption_header_and_cells():
    stream = BodyStreamBlock()
    value = stream.to_python(
        [
            {
                "type": "table",
                "value": {
                    "caption": "Languages at the information desk",
                    "header": ["Language", "Since"],
                    "rows": [["Ukrainian", "2016"], ["Arabic", "2017"]],
                },
            }
        ]
    )
    html = stream.render(value)

    assert "<caption" in html and "Languages at the information desk" in html
    assert re.search(r"<th[^>]*>\s*Language\s*</th>", html)
    assert re.search(r"<td[^>]*>\s*Arabic\s*</td>", html)
