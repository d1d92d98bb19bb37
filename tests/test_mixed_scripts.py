"""No word in our sources mixes Cyrillic and Latin letters (a Russian word typed with a
Latin "e" never matches a grammar, silently). Replaces ruff's RUF001, which flags all
Russian text."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Words after a backslash are escapes ("\nПереговоры"), not words.
MIXED = re.compile(r"(?<![\\\w])(?=\w*[а-яёА-ЯЁ])(?=\w*[a-zA-Z])\w+\b")


def test_no_mixed_script_words() -> None:
    offenders = []
    for path in [
        *ROOT.glob("eventkit/**/*.py"),
        *ROOT.glob("rules/**/*.py"),
        *ROOT.glob("tests/**/*.py"),
    ]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for word in MIXED.findall(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {word}")
    assert not offenders, "words mixing Cyrillic and Latin letters:\n" + "\n".join(offenders)


def test_the_check_catches_a_latin_letter() -> None:
    assert MIXED.findall("встр" + "e" + "ча")  # Latin "e" inside
    assert not MIXED.findall("встреча meeting")
