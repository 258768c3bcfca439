"""The systemd units of deploy/systemd/ are ones systemd accepts (`systemd-analyze verify`, every
warning counted: an unknown key or a bad value is only a warning to systemd, and the unit would
then run without it), and they keep what the site relies on: the worker started again whatever
stops it, every unit reading /etc/welcoming-cities/env, a nightly backup. Verified as installed
in this checkout instead of /srv/welcoming-cities, since verify checks that the programs
exist."""

import subprocess

import pytest

from tests.servers import ROOT, require

UNITS = ROOT / "deploy" / "systemd"
SERVICES = ["web", "worker", "backup"]


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    folder = tmp_path_factory.mktemp("units")
    for unit in sorted(UNITS.glob("*.service")) + sorted(UNITS.glob("*.timer")):
        text = unit.read_text().replace("/srv/welcoming-cities", str(ROOT))
        (folder / unit.name).write_text(text)
    return folder


def test_systemd_accepts_the_units_without_a_warning(units):
    program = require("systemd-analyze")
    files = sorted(str(path) for path in units.iterdir())
    assert len(files) == 4
    result = subprocess.run(
        [program, "verify", *files], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (result.stdout + result.stderr).strip() == ""


def test_the_units_run_the_site_as_documented():
    text = {name: (UNITS / f"welcoming-cities-{name}.service").read_text() for name in SERVICES}
    for name in SERVICES:
        assert "EnvironmentFile=/etc/welcoming-cities/env\n" in text[name], name
        assert "WorkingDirectory=/srv/welcoming-cities\n" in text[name], name
    assert "manage.py run_worker" in text["worker"]
    assert "Restart=always\n" in text["worker"]
    assert "manage.py backup ${BACKUP_DIR}" in text["backup"]
    timer = (UNITS / "welcoming-cities-backup.timer").read_text()
    assert "OnCalendar=*-*-* 02:30:00" in timer and "Persistent=true" in timer
