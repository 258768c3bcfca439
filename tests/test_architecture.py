"""The apps depend one way (`[tool.importlinter]` in pyproject.toml): the project, the demo
content, search, partners, the translation tools, the publication and home, each importing only
those after it, also inside a function. The check is import-linter's; the second test shows it
fails on an import that runs back up."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["config", "demo", "search", "partners", "translation", "publication", "home"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(where):
    result = subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=where,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(where), "PATH": str(LINT_IMPORTS.parent)},
    )
    return result.returncode, result.stdout + result.stderr


def test_the_apps_depend_one_way():
    status, output = lint_imports(ROOT)
    assert status == 0, output
    assert "The apps depend one way KEPT" in output


def test_an_import_back_up_breaks_the_contract(tmp_path):
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package,
            tmp_path / package,
            ignore=lambda folder, names: [
                name
                for name in names
                if not (name.endswith(".py") or (Path(folder) / name).is_dir())
            ],
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    # The base layer reaching up into the partners app, hidden in a function.
    with (tmp_path / "home" / "i18n.py").open("a") as module:
        module.write(
            "\n\ndef city_pages():\n"
            "    from partners.models import CityProfilePage\n\n"
            "    return CityProfilePage.objects.all()\n"
        )

    status, output = lint_imports(tmp_path)

    assert status != 0
    assert "home is not allowed to import partners" in output
    assert "home.i18n -> partners.models" in output
