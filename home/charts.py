"""Geometry of the bar charts that ChartBlock draws as SVG on the server."""

from dataclasses import dataclass

WIDTH = 640
BAR_AREA_LEFT = 8
BAR_AREA_TOP = 28
BAR_AREA_HEIGHT = 200
LABEL_HEIGHT = 28
HEIGHT = BAR_AREA_TOP + BAR_AREA_HEIGHT + LABEL_HEIGHT


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self):
        return self.x + self.width / 2

    @property
    def display_value(self):
        return f"{self.value:,.0f}" if float(self.value).is_integer() else f"{self.value:,.1f}"


@dataclass(frozen=True)
class BarChart:
    bars: list
    width: int = WIDTH
    height: int = HEIGHT
    baseline: float = BAR_AREA_TOP + BAR_AREA_HEIGHT
    label_y: float = BAR_AREA_TOP + BAR_AREA_HEIGHT + 20


def bar_chart(data):
    """Lay out (label, value) pairs as bars scaled to the largest value; negatives draw as 0."""
    data = [(str(label), float(value or 0)) for label, value in data]
    if not data:
        return BarChart(bars=[])
    top = max(max(value for _, value in data), 0) or 1
    slot = (WIDTH - 2 * BAR_AREA_LEFT) / len(data)
    bar_width = slot * 0.6
    bars = []
    for index, (label, value) in enumerate(data):
        height = BAR_AREA_HEIGHT * max(value, 0) / top
        bars.append(
            Bar(
                label=label,
                value=value,
                x=round(BAR_AREA_LEFT + index * slot + (slot - bar_width) / 2, 1),
                y=round(BAR_AREA_TOP + BAR_AREA_HEIGHT - height, 1),
                width=round(bar_width, 1),
                height=round(height, 1),
            )
        )
    return BarChart(bars=bars)
