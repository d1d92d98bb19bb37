"""Speakers and speech acts a blind-annotated development set showed missing or wrong
(issue 20): plural titles as subjects, sources named right after "согласно", assurances,
an addressee between a filing verb and its noun, reproaches, what is criticized before
"критике"; and what is no statement: a
position held over time, a child given a name, an approval procedure. Our own sentences;
each reading has rows that must match and rows that must not.

Each statement row: text, the key the speaker's name or text must contain, and how the
content starts.
"""

from __future__ import annotations

import pytest
from tables import assert_no_statement, assert_no_statement_at, assert_statement, describe

from eventkit import Extractor, Statement

STATEMENTS = [
    # a plural title whose first dictionary reading is a singular genitive
    ("Судьи заявили, что приговор будет пересмотрен.", "судьи", "приговор"),
    ("Вчера судьи сообщили, что заседание перенесено.", "судьи", "заседание"),
    ("Главы регионов заявили, что субсидий не хватает.", "главы регионов", "субсидий"),
    # the singular still reads as before
    ("Судья сообщил, что слушания перенесены.", "судья", "слушания"),
    # a source right after "согласно": by its name or its kind
    ("Согласно СМИ, сделка будет закрыта к осени.", "сми", "сделка"),
    ("Согласно Bloomberg, компания сократит штат.", "bloomberg", "компания"),
    ("Согласно источникам в полиции, задержаны двое.", "источник", "задержаны"),
    # what someone assured
    ("По заверениям строителей, мост откроют в мае.", "строител", "мост"),
    ("Стадион сдадут в срок, по уверениям мэра.", "мэр", "стадион"),
    # an addressee between a filing verb and its noun
    (
        "Фермеры подадут губернатору заявление о выделении земли.",
        "фермер",
        "о выделении",
    ),
    # a reproach and what it is for
    ("Болельщики упрекают тренера в том, что команда играет вяло.", "болельщик", "команда"),
    ("Министр упрекнул подчинённых в медлительности.", "министр", "подчин"),
    # a stand taken once, in public, is still said
    ("Профсоюз выступил резко против нового графика.", "профсоюз", "против"),
    ("Депутат выступал с критикой бюджета.", "депутат", "с критикой"),
    # what is criticized may stand between the verb and "критике"
    ("Сенатор подверг решение мэрии резкой критике.", "сенатор", "решение мэрии"),
    ("Омбудсмен подверг жёсткой критике решение суда.", "омбудсмен", "жёсткой критике"),
    # an adjective that may read as a participle ("бывший") opens a noun phrase, not a
    # participle's clause, after an opening phrase and its comma
    (
        "Кроме того, бывший мэр Олег Титов, работавший в комиссии, заявил, что смета завышена.",
        "титов",
        "смета",
    ),
    # a child named is a thing said when its words are an appraisal
    ("Отец назвал сына честным и добрым человеком.", "отец", "сына"),
]


NOT_STATEMENTS = [
    # a position held over time, or a race run against someone
    "Партия решительно выступает против досрочных выборов.",
    "Сенатор будет выступать против кандидата республиканцев на выборах.",
    "Поэт всю жизнь выступал в поддержку левых сил.",
    # an approval procedure, not a claim
    "Слушания в парламенте по утверждению его кандидатуры отложены.",
    # a text, not a source ("редакция" also names an editorial office)
    "Согласно новой редакции закона, штраф вырастет вдвое.",
    "Согласно уставу, председатель избирается на три года.",
]

NOT_AT = [
    # a newborn given a name
    ("Супруги назвали дочь Алисой и сообщили, что счастливы.", "назвали"),
    ("Сына назвали Мартином, рассказала мать.", "назвали"),
]


@pytest.mark.parametrize(("text", "speaker", "content"), STATEMENTS)
def test_statement(news: Extractor, text: str, speaker: str, content: str) -> None:
    assert_statement(news, text, speaker, content)


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_not_a_statement(news: Extractor, text: str) -> None:
    assert_no_statement(news, text)


@pytest.mark.parametrize(("text", "trigger"), NOT_AT)
def test_not_a_statement_at(news: Extractor, text: str, trigger: str) -> None:
    assert_no_statement_at(news, text, trigger)


def test_plural_title_is_named_in_the_plural(news: Extractor) -> None:
    """ "Судьи заявили": several judges spoke, not the singular genitive's "судья"."""
    document = news.extract("Судьи заявили, что приговор будет пересмотрен.")
    [statement] = [e for e in document.events if isinstance(e, Statement)]
    assert statement.speaker.name == "судьи", describe(document)


def test_filing_trigger_spans_the_verb(news: Extractor) -> None:
    """The filing, not the noun alone, is the trigger when an addressee stands between."""
    document = news.extract("Фермеры подадут губернатору заявление о выделении земли.")
    triggers = [e.trigger.text for e in document.events if isinstance(e, Statement)]
    assert triggers == ["подадут губернатору заявление"], describe(document)
