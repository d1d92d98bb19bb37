"""The tokenizer's pattern without ``re.IGNORECASE`` finds yargy's tokens exactly."""

from __future__ import annotations

import re
import sys

import pytest
from yargy.tokenizer import EOL

from eventkit.text.analysis import (
    _FAST_TOKEN_PATTERN,
    _TOKEN_KINDS,
    _TOKEN_PATTERN,
    CASELESS_CLASSES,
    SPACED_TOKEN_PATTERN,
)


@pytest.mark.parametrize(("caseless", "spelled"), sorted(CASELESS_CLASSES.items()))
def test_a_spelled_out_class_matches_what_the_caseless_one_does(
    caseless: str, spelled: str
) -> None:
    ignoring_case = re.compile(caseless, re.IGNORECASE)
    cased = re.compile(spelled)
    differ = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if bool(ignoring_case.fullmatch(chr(code))) != bool(cased.fullmatch(chr(code)))
    ]
    assert differ == []


@pytest.mark.parametrize(
    "text",
    [
        "Премьер-министр РФ заявил в 12:30, что «всё хорошо»!",
        "ЁЛКИ-ПАЛКИ, Apple и COVID-19 — 3,5 млн (Ёж ёж)",
        "Kelvin \u212a, long \u017f, \u0130stanbul \u0131, \u1c80\u1c81 стары\u1c82 буквы",
        "tab\tand\r\nlines\n\nEND",
    ],
)
def test_the_fast_pattern_finds_yargys_tokens(text: str) -> None:
    def found(pattern: re.Pattern[str]) -> list[tuple[tuple[int, int], str | None]]:
        return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]

    assert found(_FAST_TOKEN_PATTERN) == found(_TOKEN_PATTERN)
    assert not _FAST_TOKEN_PATTERN.flags & re.IGNORECASE


SPACED_TEXTS = [
    "Премьер-министр РФ заявил в 12:30, что «всё хорошо»!",
    "  leading and trailing spaces \u00a0\u2003 ",
    "lines\n\n  and\r\nbreaks \n",
    "\x0b\x0c\x1c\x85\u2028\u2029 other line ends\u3000and spaces",
    "no-break\u00a0space, a tab\tand (brackets)...",
    "",
    "   ",
    "\n",
    "x",
]


@pytest.mark.parametrize("text", SPACED_TEXTS)
def test_the_spaced_pattern_finds_the_same_tokens(text: str) -> None:
    """The pattern that takes the spaces before a token with it finds the same tokens, EOL
    tokens (which the shared pass leaves out) aside, in any part of a text."""

    def found(pattern: re.Pattern[str], start: int, end: int) -> list[tuple[tuple[int, int], str]]:
        return [
            (m.span(m.lastindex or 0), str(m.lastgroup))
            for m in pattern.finditer(text, start, end)
            if _TOKEN_KINDS[m.lastgroup] != EOL
        ]

    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            expected = found(_FAST_TOKEN_PATTERN, start, end)
            assert found(SPACED_TOKEN_PATTERN, start, end) == expected, (start, end)
