"""Headless Chromium for the browser tests, with no Python driver: find it, run it.

Without Chromium the tests skip, except under CI (``CI`` set), where a missing browser fails.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def find_chromium() -> str | None:
    configured = os.environ.get("EVENTKIT_CHROMIUM")
    if configured:
        return configured
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def chromium_or_skip() -> str:
    found = find_chromium()
    if found is None:
        message = "Chromium not found (apt-get install chromium, or set EVENTKIT_CHROMIUM)"
        if in_ci():
            pytest.fail(f"{message}; CI is set, so the browser test must run")
        pytest.skip(message)
    return found


def run_chromium(chromium: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        chromium,
        "--headless",
        "--no-sandbox",  # tests often run as root in containers
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, f"chromium failed ({result.returncode}): {result.stderr[-2000:]}"
    return result


def checked_verdict(chromium: str, page: str, script: str, workdir: Path, *args: str) -> Any:
    """Load ``page`` (HTML) with ``script`` appended; the script leaves its verdict as JSON in
    ``<pre id="ek-check">``, read back from the DOM Chromium dumps. ``args``: more flags."""
    checked = workdir / "check.html"
    checked.write_text(page.replace("</body>", f"<script>{script}</script>\n</body>"), "utf-8")
    flags = [*args, "--dump-dom", checked.as_uri()]
    dom = run_chromium(chromium, workdir / "profile", *flags).stdout
    found = re.search(r'<pre id="ek-check">(.*?)</pre>', dom, re.S)
    assert found, f"the checking script did not run; DOM starts: {dom[:500]!r}"
    return json.loads(html.unescape(found.group(1)))
