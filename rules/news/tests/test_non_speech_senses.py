"""Verbs of speech in a sense that is no speech (issue 21, second round): a name in general
use or given to a thing, a price asked, what a thing needs. The construction around the
verb shows the sense, whatever the words; real speech with the same verbs still reads as
speech. Our own sentences, one construction each.

Each statement row: text, the key the speaker's name or text must contain, and how the
content starts.
"""

from __future__ import annotations

import pytest
from tables import (
    assert_no_statement,
    assert_no_statement_at,
    assert_statement,
)

from eventkit import Extractor

NOT_STATEMENTS = [
    # a present plural with no subject: a name in general use
    "Новый стадион «Прибой» часто называют «жемчужиной побережья».",
    "Фильм «Сад» называют «лучшей работой» режиссёра.",
    # a singular "который" before a plural verb is what is named, not who names it
    "Союз молочных фермеров, который в газетах называют «сырным лобби», сменил главу.",
    # an object in the singular before the plural verb is what is named
    "Хотя Северный альянс и называют «клубом богачей», денег у него немного.",
    # a name given to a thing after someone
    "Верфь «Балтика» назвала новый ледокол в честь полярного капитана Ивана Седых.",
    "Жители назвали улицу в честь первой учительницы села.",
    # a price asked: a comparative or a figure right after the verb
    "Владелец картины просит значительно больше.",
    "Продавец просил за дом 12 миллионов рублей.",
    # what was demanded, in a comparison: the amount, not the demand
    "Суд назначил штраф меньше, чем требовала налоговая служба.",
    # what a thing needs: a present tense denied, a genitive noun, no speaker as subject
    "Врачи хвалят новую методику: она не требует долгой подготовки пациента.",
    "Эти станки удобны, они не требуют постоянного присмотра.",
    # turning to a subject, with no actor addressed, before a colon that explains it
    "Режиссёр Зуев обратился к прозе Бунина ещё в юности: в 1990 году вышел его первый фильм.",
    "Тренер обратился к опыту прошлого сезона: тогда команда выиграла кубок.",
    # a fact as the subject: "это" right before a verb that takes its clause at once
    "Директор Олег Ранцев купил треть акций, а это гарантирует, что его голос услышат.",
    # a ruling, with the instrumental after a quoted name
    "Судьи, хотя и не признали «Дело Фомина» политическим, решили, что права нарушены.",
    # a standing duty (an imperfective after "должны") is no speech act
    "Владельцы оружия должны подтверждать своё право на него каждые пять лет.",
]

# A speaker's own duty inside a quote: the quote's verb speaks, not the infinitive.
NOT_THE_VERB = [
    (
        "Тренер сказал: «Если команда проиграет, мы должны признать, что сезон провален».",
        "признать",
    ),
]

STATEMENTS = [
    # naming with a plural subject of its own is what they said
    ("Аналитики называют эту сделку крупнейшей в истории отрасли.", "аналитик", "эту сделку"),
    (
        "Инженер, которого коллеги называют «волшебником», молчит.",
        "коллег",
        "волшебником",
    ),
    # naming in the past, with a named subject, is a statement
    ("Министр Олег Ранцев назвал реформу ошибкой.", "ранцев", "реформу"),
    # asking for something to be done, and a sentence asked by a prosecutor
    ("Адвокат просил суд отложить заседание.", "адвокат", "суд отложить"),
    ("Вдова просила за сына, осуждённого на пять лет.", "вдова", "за сына"),
    # addressing people or an institution, or turning to a party with a request
    ("Мэр обратился к жителям города: «Берегите воду».", "мэр", "берегите"),
    ("Министр обратился к парламенту: «Примите бюджет».", "министр", "примите"),
    (
        "Киев обратился к другой стороне с просьбой вернуть пленных.",
        "киев",
        "вернуть",
    ),
    # one act due of its subject is speech, planned
    ("Власти района должны были объявить о том, кто возглавит школу.", "власт", "о том"),
    ("Министр должен сообщить парламенту, что бюджет готов.", "министр", "бюджет готов"),
    # admitting what the clause after the comma says, or a thing (an instrumental after a
    # preposition, or a pronoun's, is no ruling)
    ("Министр признал, что реформа провалилась.", "министр", "реформа"),
    (
        "Прокурор признал в суде во время слушания одной из жалоб, что ошибся.",
        "прокурор",
        "ошибся",
    ),
    ("Депутат Олег Ранцев публично признал связь с одной из сотрудниц.", "ранцев", "связь"),
    # a demand: affirmative, or denied by a named speaker, or in the past
    ("Профсоюз требует повышения зарплаты.", "профсоюз", "повышения"),
    ("Оппозиция не требует отставки правительства.", "оппозиц", "отставки"),
    ("Жители не требовали компенсации, сказал мэр.", "жител", "компенсации"),
]


@pytest.mark.parametrize(
    "text", NOT_STATEMENTS, ids=[f"n{i:02d}" for i in range(len(NOT_STATEMENTS))]
)
def test_not_a_statement(news: Extractor, text: str) -> None:
    assert_no_statement(news, text)


@pytest.mark.parametrize(
    ("text", "trigger"), NOT_THE_VERB, ids=[f"v{i:02d}" for i in range(len(NOT_THE_VERB))]
)
def test_not_a_statement_at(news: Extractor, text: str, trigger: str) -> None:
    assert_no_statement_at(news, text, trigger)


@pytest.mark.parametrize(
    ("text", "speaker", "content"), STATEMENTS, ids=[f"s{i:02d}" for i in range(len(STATEMENTS))]
)
def test_statement(news: Extractor, text: str, speaker: str, content: str) -> None:
    assert_statement(news, text, speaker, content)
