"""The shared pass builds its tokens and lemmas itself: the same as yargy's tokenizer and
the per-token lemma sets would, checked over the Wikinews dev texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from yargy.tokenizer import EOL, RUSSIAN, Tokenizer

from eventkit.text.analysis import _TOKEN_RULES, analyse, split_sentences, token_lemmas, tokenize
from eventkit.text.morph import get_morph


def _texts(shared: Path) -> list[str]:
    lines = (shared / "data" / "wikinews-dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines]


def _described(token: Any, shift: int = 0) -> tuple[Any, ...]:
    forms = getattr(token, "forms", None)
    return token.value, token.span.start + shift, token.span.stop + shift, token.type, forms


def test_tokens_are_yargys(shared: Path) -> None:
    stock, morph = Tokenizer(_TOKEN_RULES), get_morph()
    seen = 0
    for text in _texts(shared):
        for start, end in split_sentences(text):
            expected = [
                _described(t.morphed(morph(t.value)) if t.type == RUSSIAN else t, start)
                for t in stock(text[start:end])
                if t.type != EOL
            ]
            assert [_described(t) for t in tokenize(text[start:end], morph, start)] == expected
            seen += len(expected)
    assert seen > 5000


def test_lemmas_are_the_forms_normal_forms(shared: Path) -> None:
    for text in _texts(shared):
        for sentence in analyse(text).sentences:
            expected: set[str] = set()
            for token in sentence.tokens:
                forms = getattr(token, "forms", None)
                mine = {f.normalized for f in forms} if forms else {token.value.lower()}
                assert token_lemmas(token) == mine
                expected |= mine
            assert sentence.lemmas == expected
