"""The Nu HTML Checker (vnu.jar, the W3C validator's engine) run over saved pages.

vnu.jar comes from the npm registry (`make vnu`: `npm install --prefix build/vnu vnu-jar`) and
runs on Java (Debian's `default-jre-headless`, which `.ci/run` installs). One run checks every
file: the Java start-up is most of its time."""

import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

VNU_JAR = (
    Path(__file__).resolve().parents[1]
    / "build"
    / "vnu"
    / "node_modules"
    / "vnu-jar"
    / "build"
    / "dist"
    / "vnu.jar"
)


def require_vnu():
    """Skip the test where Java or vnu.jar is missing; in CI, where both are installed, fail."""
    missing = []
    if shutil.which("java") is None:
        missing.append("Java (apt-get install default-jre-headless)")
    if not VNU_JAR.exists():
        missing.append(f"vnu.jar (make vnu: {VNU_JAR})")
    if missing:
        message = "The Nu HTML Checker needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def check_html(files):
    """The Nu checker's errors in `files` (paths of saved HTML documents), as dicts with the
    file, line, column, message and an extract of the markup around it."""
    result = subprocess.run(
        [
            "java",
            "-Xss8m",  # the checker recurses deeply on long documents
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--errors-only",
            "--stdout",
            "--exit-zero-always",
            *[str(path) for path in files],
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0 or not result.stdout.strip():
        raise RuntimeError(f"vnu.jar failed ({result.returncode}): {result.stderr[-2000:]}")
    return [
        {
            "file": Path(unquote(urlparse(message.get("url", "")).path)),
            "line": message.get("lastLine", message.get("firstLine")),
            "column": message.get("firstColumn"),
            "message": message["message"],
            "extract": message.get("extract", ""),
        }
        for message in json.loads(result.stdout)["messages"]
        if message["type"] in ("error", "non-document-error")
    ]
