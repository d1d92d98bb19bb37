"""The shared pass builds its sentences, tokens and lemmas itself: the same as razdel's
sentence splitter, yargy's tokenizer and the per-token lemma sets would, checked over the
dev texts and made-up lines."""

from __future__ import annotations

import importlib
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
from razdel import sentenize
from razdel.segmenters.sentenize import DELIMITER
from yargy.tokenizer import EOL, RUSSIAN, Tokenizer

from eventkit.speedups import reference_path
from eventkit.text.analysis import (
    _TOKEN_RULES,
    MAX_SENTENCE_TOKENS,
    analyse,
    razdel_sentences,
    split_sentences,
    token_lemmas,
    tokenize,
    without_links,
)
from eventkit.text.loops import NOT_DELIMITERS, SENTENCE_DELIMITER
from eventkit.text.morph import get_morph
from eventkit.text.normalize import _MIXED, _MIXED_AT, as_analysed, for_analysis
from eventkit.text.quotes import as_guillemets


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


def _razdels(line: str) -> list[tuple[int, int]]:
    return [(piece.start, piece.stop) for piece in sentenize(line)]


def test_sentences_are_razdels_over_the_dev_texts(shared: Path) -> None:
    seen = 0
    for name in ("wikinews-dev", "wikinews-dev2", "wikinews-dev3", "agency-dev", "factru-dev"):
        path = shared / "data" / f"{name}.jsonl"
        for record in path.read_text(encoding="utf-8").splitlines():
            for line in json.loads(record)["text"].splitlines():
                if line.strip():
                    assert razdel_sentences(line) == _razdels(line), line
                    seen += 1
    assert seen > 1000


# Lines where razdel's rules, not the quick tests, decide: abbreviations, initials, quotes,
# brackets, lists, ellipses, numbers with dots, emoticons, dashes, spaces of every kind.
HARD_LINES = [
    "Встреча прошла в г. Москве. Президент прибыл в 10 ч. утра.",
    "Об этом сообщил т. н. источник, т. е. пресс-служба. Затем др. выступили.",
    "Выступил проф. Иванов И. И. Он сказал, что всё хорошо.",
    "Ведущий А. С. Пушкин прочёл стихи. В зале было 300 чел. Все слушали.",
    "Адрес: ул. Ленина, д. 5. Вход со двора.",
    "«Мы договорились». Так сказал министр. «Всё?» Нет.",
    "Он сказал: «Да!» И ушёл. «Нет…» — ответила она.",
    'Компания "Ромашка". Её глава "ушёл". "Почему?" Не сказали.',
    "Сделка (её сумма не названа). Итог подведут позже. (Это важно.) Да.",
    "1. Первое. 2. Второе. а) третье. IV. Четвёртое. § 5. Пятое.",
    "Рост составил 3.5 процента. В 2021 г. было 2.1. Курс — 75.3 руб. Итог: 12.",
    "Это смешно :) Правда :-( Очень =((( Ну ;) Да.",
    "Что?! Как?.. Вот так... Ну и ну!!! А дальше — тишина.",
    "Конец. — Начало. – сказал он. — Кто? — спросили его.",
    "Mr. Smith arrived. He said: 'Fine.' Then left.",
    "Т. е. всё. В т. ч. они. И т. д. И т. п. Прочее.",
    "Слово.\u00a0Ещё.\u2009Потом.\u3000Конец.",
    ".  Начало с точки. ; Точка с запятой.",
    "А.Б. Петров и В.Г.Сидоров. Ещё Д. Е. Кузнецов.",
    "Он был в 1990-х гг. Там же в 2000 г.\tПотом уехал.",
    "«Газпром» и «Роснефть» сообщили. «Итог» будет.» Далее.",
    "Цитата „внутри“. Потом ’кавычки’. И ”ещё”. Всё.",
    "Скобки [1]. Ещё {2}. И (3). Конец.",
    "1 2 3 4 5 6 7 8 9 10. Список. 1 2 3 4 5 6 7 8 9 11 1. Длиннее.",
    "   ",
    "Без точки в конце",
    "     Пробелы в начале. И в конце.     ",
]


@pytest.mark.parametrize("line", HARD_LINES, ids=[f"line{i}" for i in range(len(HARD_LINES))])
def test_sentences_are_razdels_where_its_rules_decide(line: str) -> None:
    assert razdel_sentences(line) == _razdels(line)


def test_sentences_are_razdels_over_random_lines() -> None:
    atoms = [
        *".?!…;\"„'«»“”’‘)]}([{-–—:=,/ \t\u00a0\u2009",
        *("  ", "          ", "...", ":-)", ";)", "=(((", "т", "г", "им", "ул", "П", "И"),
        *("т.е", "и др", "в", "Москва", "сказал", "A", "b", "1", "2021", "XIV", "руб", "а", "§"),
    ]
    generator = random.Random(24)
    razdels_delimiter = re.compile(DELIMITER)
    for _ in range(20_000):
        line = "".join(generator.choice(atoms) for _ in range(generator.randint(1, 30)))
        if line.strip():
            assert razdel_sentences(line) == _razdels(line), line
        found = [
            m.span() for m in SENTENCE_DELIMITER.finditer(line) if m.group() not in NOT_DELIMITERS
        ]
        assert found == [m.span() for m in razdels_delimiter.finditer(line)], line


def test_sentences_are_razdels_around_abbreviations_and_initials() -> None:
    """Words of razdel's own lists (abbreviations, pairs, initials) in every case, before
    and after full stops, spaces, dashes, quotes and brackets."""
    lists = importlib.import_module("razdel.segmenters.sentenize")
    pairs = sorted(lists.PAIR_SOKRS | lists.HEAD_PAIR_SOKRS)
    words = sorted(lists.SOKRS | lists.HEAD_SOKRS | lists.INITIALS)
    words += [w for pair in pairs for w in pair]
    words += [w.capitalize() for w in words] + [w.upper() for w in words[::5]]
    words += ["Москва", "А", "IV", "2021", "§", "б", "—", "-", '"', "'", "»", ")", "(", ":)", "…"]
    ends = [" ", ".", ". ", " . ", ".  ", ". ", "\t", ".\u00a0", "", "? ", "; ", ") ", "» ", ". — "]
    generator = random.Random(24)
    for _ in range(20_000):
        count = generator.randint(1, 12)
        line = "".join(generator.choice(words) + generator.choice(ends) for _ in range(count))
        if line.strip():
            assert razdel_sentences(line) == _razdels(line), line


def _analysed(text: str) -> list[tuple[Any, ...]]:
    return [
        (s.start, s.end, [_described(t) for t in s.tokens], s.token_lemmas, s.lemmas)
        for s in analyse(text).sentences
    ]


MARKED_TEXTS = [
    "Лавро\u0301в заяв\u00adил, что встреча состоится. Пресс-служба подтвердила.",
    "Министр р\u0061сск\u0061з\u0061л о переговорах.\nВторая строка с COVID-ом и http://example.com/a.b.",
    'Как [http://example.com/news/1 сообщает] агентство "Интерфакс", сделка закрыта.',
    "Список: " + ", ".join(["пункт"] * (MAX_SENTENCE_TOKENS + 40)) + ". Конец.",
]


def test_the_shared_pass_is_the_same_on_the_reference_path(shared: Path) -> None:
    """Sentences, their tokens (tokenized in place in the whole text) and lemmas are those
    of ``tokenize`` and ``token_lemmas`` per sentence, as on the reference path."""
    for text in _texts(shared)[:40] + MARKED_TEXTS:
        mine = _analysed(text)
        words = as_guillemets(without_links(text))
        for start, end, tokens, lemmas, _ in mine:
            assert tokens == [_described(t) for t in tokenize(words[start:end], offset=start)]
            assert lemmas == [token_lemmas(t) for t in tokenize(words[start:end], offset=start)]
        with reference_path():
            assert _analysed(text) == mine


def test_texts_as_analysed_are_left_as_they_are() -> None:
    """``as_analysed`` (which lets the shared pass tokenize a sentence in place) holds only
    where ``for_analysis`` changes nothing, in the text and in every part of it."""
    letters = "аеорсхуАВЕКМНОРСТХёЁ" + "aceopxyABCEHKMOPTXYbdDzZ1 -\u0301\u00ad\u200b\n"
    generator = random.Random(24)
    said = 0
    for _ in range(20_000):
        text = "".join(generator.choice(letters) for _ in range(generator.randint(1, 8)))
        mixed = bool(_MIXED.search(text))
        assert bool(_MIXED_AT.search(text)) == mixed, text
        if as_analysed(text):
            said += 1
            for start in range(len(text)):
                for end in range(start + 1, len(text) + 1):
                    assert for_analysis(text[start:end]) == (text[start:end], None), text
    assert said > 1000
