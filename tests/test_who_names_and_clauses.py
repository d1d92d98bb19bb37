"""Who, exactly (round eight, grammar and clauses).

Names: a surname spelt like a vocative ("Саш") is a surname; plural or vocative readings
of a first name ("Илон" of "Илона") tell no gender; capitalized particles ("Ле", "Дель")
stay inside a name; after a first name that does not decline, a surname's ending shows its
case ("с Джо Ларкином"); a woman's surname in a consonant does not decline ("с Джессикой
Альварес"); "Ли" and "Белых" are surnames; a surname of both genders ("Гриценко") keeps a
woman's first name where the context shows a nominative; an organization's genitive
before a name in another case goes back to the title ("главой Росводхоза | Александром
Лебедько"); "экс-министр" is a title; "Белый дом" is one organization; adjectives that do
not agree with a description's noun are no part of it.

Clauses: an adverb that may be a preposition ("Накануне") governs no word that can only
be a nominative; a "который" that does not agree with the mention before it stands for the
one a participle phrase qualifies; "один из X" after a preposition is no subject, nor is
anyone before "и тот"; a noun after "и" sharing an oblique case with the noun before it
starts no clause; a possessive before a group's member belongs to it; a word after a
preposition is a noun for modality ("на встречу"); an outlet told ("сообщил ТАСС") and a
phrase set off by commas after the speaker are never the speaker.

Our own sentences; rows that must stay as they are in the same tables."""

from __future__ import annotations

import pytest
from _who import found_mentions, speakers

from eventkit import Extractor, Meeting
from eventkit.clause.clauses import subject_candidates
from eventkit.text.analysis import analyse


def _subject(text: str, verb: str) -> list[str]:
    sentence = analyse(text).sentences[0]
    at = next(i for i, t in enumerate(sentence.tokens) if t.value == verb)
    return [m.name for m in subject_candidates(sentence, text, at)]


ADVERB_BEFORE_A_SUBJECT = [
    pytest.param(
        "Накануне посол Айвор Дейл провел переговоры в Осло.",
        "провел",
        ["Айвор Дейл"],
        id="before-an-ambassador-with-a-foreign-name",
    ),
    pytest.param(
        "Накануне глава делегации Йоэль Мёрк провел переговоры в Осло.",
        "провел",
        ["Йоэль Мёрк"],
        id="before-a-head-of-a-delegation",
    ),
    # a word that can be a genitive stays governed: no subject there
    pytest.param(
        "Накануне визита Айвора Дейла провели совещание в штабе.",
        "провели",
        [],
        id="before-a-genitive-stays-governed",
    ),
]


@pytest.mark.parametrize(("text", "verb", "subject"), ADVERB_BEFORE_A_SUBJECT)
def test_adverb_before_a_subject(text: str, verb: str, subject: list[str]) -> None:
    assert _subject(text, verb) == subject


def test_adverb_before_a_meeting_holder(extractor: Extractor) -> None:
    text = "Накануне посол Айвор Дейл провел второе заседание комиссии по бюджету."
    meetings = [e for e in extractor.extract(text).events if isinstance(e, Meeting)]
    assert meetings
    assert "Айвор Дейл" in [p.name for p in meetings[0].participants]
    assert any(m.name == "Айвор Дейл" for m in found_mentions(text))


RELATIVE_PAST_A_PARTICIPLE_PHRASE = [
    pytest.param(
        "Суд отказал в защите бывшему агенту, преследуемому своими коллегами, который "
        "заявил, что располагает документами.",
        "заявил",
        ["бывший агент"],
        id="singular-relative-past-plural-agent",
    ),
    pytest.param(
        "Премию вручили писательнице Анне Орловой, поддержанной читателями, которая "
        "рассказала, что пишет новый роман.",
        "рассказала",
        ["Анна Орлова"],
        id="feminine-relative-past-plural-agent",
    ),
    # the nearest mention agrees with "которые": it stays the antecedent
    pytest.param(
        "Премию вручили писательнице, поддержанной в сети читателями, которые рассказали, "
        "что ждут новый роман.",
        "рассказали",
        ["читатели"],
        id="plural-relative-keeps-the-nearest",
    ),
    # the phrase before the nearest mention is no participle's: nothing to skip
    pytest.param(
        "Суд отказал в защите бывшему агенту, а также его коллегам, которые заявили, что "
        "располагают документами.",
        "заявили",
        ["коллеги"],
        id="no-participle-phrase",
    ),
]


@pytest.mark.parametrize(("text", "verb", "subject"), RELATIVE_PAST_A_PARTICIPLE_PHRASE)
def test_relative_past_a_participle_phrase(text: str, verb: str, subject: list[str]) -> None:
    assert _subject(text, verb) == subject


ONE_OF_A_GROUP = [
    # "у одной из", "к одному из": the group a preposition governs is no subject
    pytest.param(
        "Тогда репортер спросил у одной из спасенных туристок: «Вам было страшно?»",
        "спросил",
        ["репортер"],
        id="asked-one-of-them",
    ),
    # a subject the grammar does not know ("омбудсмэн", misspelt): none rather than them
    pytest.param(
        "Тогда омбудсмэн спросил у одной из спасенных туристок: «Вам было страшно?»",
        "спросил",
        [],
        id="asked-one-of-them-by-someone-unknown",
    ),
    pytest.param(
        "Вечером комиссар подошел к одному из охранников и сообщил, что смена окончена.",
        "сообщил",
        ["комиссар"],
        id="went-up-to-one-of-them",
    ),
    # the group's own "один из" and "по словам одного из" keep it
    pytest.param(
        "Одна из спасенных туристок рассказала, что лодка перевернулась.",
        "рассказала",
        ["спасённые туристки"],
        id="one-of-them-speaks",
    ),
    pytest.param(
        "Как рассказал один из охранников, смена окончена.",
        "рассказал",
        ["охранники"],
        id="as-one-of-them-said",
    ),
    # "и тот сообщил": a demonstrative starts a clause of its own
    pytest.param(
        "Журналист обратился к одному из депутатов, и тот сообщил, что закон примут.",
        "сообщил",
        [],
        id="and-that-one-said",
    ),
]


@pytest.mark.parametrize(("text", "verb", "subject"), ONE_OF_A_GROUP)
def test_one_of_a_group(text: str, verb: str, subject: list[str]) -> None:
    assert _subject(text, verb) == subject


def test_per_words_of_one_of_them(extractor: Extractor) -> None:
    text = "По словам одного из охранников, смена окончена."
    assert speakers(extractor, text) == ["охранники"]


JOINED_INSIDE_A_PHRASE = [
    pytest.param(
        "Премьер Исландии Ари Магнуссон, вслед за коллегами из Норвегии и Никарагуа "
        "заявил, что поддержит резолюцию.",
        "заявил",
        ["Ари Магнуссон"],
        id="indeclinable-after-a-genitive",
    ),
    pytest.param(
        "Посол Рауль Мендоса, вместе с делегатами из Чили и Перу заявил, что договор готов.",
        "заявил",
        ["Рауль Мендоса"],
        id="two-indeclinable-countries",
    ),
    # a nominative-only noun after "и" starts a clause of its own
    pytest.param(
        "Посол Рауль Мендоса встретился с делегатами и Франция заявила, что договор готов.",
        "заявила",
        ["Франция"],
        id="a-new-subject-after-and",
    ),
]


@pytest.mark.parametrize(("text", "verb", "subject"), JOINED_INSIDE_A_PHRASE)
def test_joined_inside_a_phrase(text: str, verb: str, subject: list[str]) -> None:
    assert _subject(text, verb) == subject


SURNAME_LIKE_A_VOCATIVE = [
    pytest.param("Художник Поль Вась заявил, что картина продана.", "Поль Вась", id="vas"),
    pytest.param("Архитектор Йоахим Саш сказал, что проект утверждён.", "Йоахим Саш", id="sash"),
    # the first name itself stays as written
    pytest.param(
        "Пианист Лёва Зайцев рассказал, что концерт перенесли.", "Лёва Зайцев", id="first-name"
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SURNAME_LIKE_A_VOCATIVE)
def test_surname_like_a_vocative(extractor: Extractor, text: str, speaker: str) -> None:
    """A surname spelt like the informal vocative of a first name ("Саш" of "Саша") is a
    surname: no vocative case, no first name's nominative."""
    assert speakers(extractor, text) == [speaker]


OUTLET_TOLD_BEFORE_A_SOURCE = [
    pytest.param(
        "Об этом сообщил ТАСС источник в министерстве транспорта.",
        "источник в министерстве транспорта",
        id="abbreviation-told",
    ),
    pytest.param(
        "Об этом сообщил «Вечерней Казани» источник в мэрии.",
        "источник в мэрии",
        id="quoted-outlet-told",
    ),
    # no outlet between: the source as before
    pytest.param(
        "Об этом сообщил источник в мэрии.",
        "источник в мэрии",
        id="source-alone",
    ),
    # a source named before the verb keeps the one told after it out
    pytest.param(
        "Источник в мэрии сообщил ТАСС, что ремонт закончат к осени.",
        "источник в мэрии",
        id="source-before-the-verb",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), OUTLET_TOLD_BEFORE_A_SOURCE)
def test_outlet_told_before_a_source(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


FIRST_NAME_READ_AS_A_PLURAL = [
    # "Илон", "Дин" are also plurals of women's names ("Илона", "Дина"): no gender from them
    pytest.param(
        "«Сделка закрыта», — написал в Twitter основатель компании Илон Гарсия.",
        "Илон Гарсия",
        id="founder-after-a-quote",
    ),
    pytest.param(
        "«Ракета готова», — сообщил в Twitter инженер Илон Браун.",
        "Илон Браун",
        id="engineer-after-a-quote",
    ),
    # a woman's name keeps its own gender
    pytest.param(
        "«Контракт подписан», — сообщила в Instagram актриса Полин Дюваль.",
        "Полин Дюваль",
        id="a-woman-stays",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), FIRST_NAME_READ_AS_A_PLURAL)
def test_first_name_read_as_a_plural(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


CAPITALIZED_PARTICLE = [
    pytest.param("Политик Ариан Ле Гофф заявила, что выдвинется.", "Ариан Ле Гофф", id="le"),
    pytest.param(
        "Министр Кристина Де Санктис сообщила, что школа откроется.",
        "Кристина Де Санктис",
        id="de",
    ),
    pytest.param("Певица Мира Дель Соль сообщила, что альбом готов.", "Мира Дель Соль", id="del"),
    # the lower-case particles as before
    pytest.param("Режиссер Мигель дель Рио сказал, что фильм готов.", "Мигель дель Рио", id="low"),
]


@pytest.mark.parametrize(("text", "speaker"), CAPITALIZED_PARTICLE)
def test_capitalized_particle(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


NAMES_IN_THE_INSTRUMENTAL = [
    # a woman's surname the dictionary reads as indeclinable keeps the first name company
    pytest.param("Министр встретился с Ириной Ковальчук.", "Ирина Ковальчук", id="kovalchuk"),
    # an indeclinable first name: the surname shows the case by its ending
    pytest.param("Министр встретился с Джо Ларкином.", "Джо Ларкин", id="jo-larkin"),
    pytest.param("Министр встретился с Си Чанпином.", "Си Чанпин", id="si-chanpin"),
    pytest.param(
        "Министр встретился с моделью Джорджиной Гонсалес.", "Джорджина Гонсалес", id="georgina"
    ),
    pytest.param("Министр встретился с Джо Рамсеем.", "Джо Рамсей", id="jo-ramsey"),
    # a woman's surname in a consonant does not decline, even one read as a first name
    pytest.param(
        "Министр встретился с Джессикой Альварес.", "Джессика Альварес", id="jessica-alvares"
    ),
    # declined names as before
    pytest.param("Министр встретился с Анной Петренко.", "Анна Петренко", id="petrenko"),
    pytest.param("Министр встретился с Эриком Ларкином.", "Эрик Ларкин", id="erik-larkin"),
]


@pytest.mark.parametrize(("text", "name"), NAMES_IN_THE_INSTRUMENTAL)
def test_names_in_the_instrumental(extractor: Extractor, text: str, name: str) -> None:
    meetings = [e for e in extractor.extract(text).events if isinstance(e, Meeting)]
    assert name in [p.name for p in meetings[0].participants]


SURNAMES_LIKE_OTHER_WORDS = [
    # "Ли" is a surname, never the particle "ли" (which opens no sentence and no name)
    pytest.param("Премьер Вьетнама Ли Хоанг заявил, что рост продолжится.", "Ли Хоанг", id="li"),
    # "Белых" is a surname after a first name, not "белый" of "Белый дом"
    pytest.param(
        "Депутат Ирина Белых заявила, что закон плохой. Позднее Белых добавила, что "
        "проголосует против.",
        "Ирина Белых",
        id="belykh",
    ),
    # the White House stays an organization
    pytest.param(
        "В Белом доме заявили, что визит состоится.",
        "Белый дом",
        id="white-house",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SURNAMES_LIKE_OTHER_WORDS)
def test_surnames_like_other_words(extractor: Extractor, text: str, speaker: str) -> None:
    assert set(speakers(extractor, text)) == {speaker}


DESCRIPTION_ADJECTIVES_AGREE = [
    # a participle of another case and number is no part of the description
    pytest.param(
        "Премию вручили писательнице, поддержанной коллегами, которые рассказали, что "
        "ждут новый роман.",
        "коллеги",
        id="participle-of-another-number",
    ),
    # agreeing adjectives stay
    pytest.param(
        "Пострадавшие жители рассказали, что дом затопило.",
        "пострадавшие жители",
        id="agreeing-participle",
    ),
    pytest.param(
        "Местные фермеры заявили, что урожай погиб.", "местные фермеры", id="agreeing-adjective"
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DESCRIPTION_ADJECTIVES_AGREE)
def test_description_adjectives_agree(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


POSSESSIVE_INSIDE_A_GROUP = [
    pytest.param(
        "Директор завода Олег Сомов и его заместитель Анна Лыкова заявили, что цех закроют.",
        "заявили",
        ["Олег Сомов", "Анна Лыкова"],
        id="director-and-his-deputy",
    ),
    pytest.param(
        "Встретились Олег Сомов и его заместитель Анна Лыкова.",
        "Встретились",
        ["Олег Сомов", "Анна Лыкова"],
        id="inverted-subjects",
    ),
    # a possessive opening the subject: one member
    pytest.param(
        "Его заместитель Анна Лыкова заявила, что цех закроют.",
        "заявила",
        ["Анна Лыкова"],
        id="possessive-alone",
    ),
    # a clause of its own after "и": no group
    pytest.param(
        "Олег Сомов поблагодарил коллег и его заместитель Анна Лыкова заявила, что цех закроют.",
        "заявила",
        ["Анна Лыкова"],
        id="two-clauses",
    ),
]


@pytest.mark.parametrize(("text", "verb", "subject"), POSSESSIVE_INSIDE_A_GROUP)
def test_possessive_inside_a_group(text: str, verb: str, subject: list[str]) -> None:
    assert _subject(text, verb) == subject


NOUN_AFTER_A_PREPOSITION = [
    # "встречу" after "на" is the noun, not the future "I shall meet"
    pytest.param(
        "Фермеры собрались у мэрии. На встречу с министром Олегом Ветровым пришли фермеры.",
        "asserted",
        id="came-to-the-meeting",
    ),
    # a future verb stays planned
    pytest.param(
        "Фермеры собрались у мэрии. Министр Олег Ветров встретится с фермерами.",
        "planned",
        id="future-verb",
    ),
]


@pytest.mark.parametrize(("text", "modality"), NOUN_AFTER_A_PREPOSITION)
def test_noun_after_a_preposition(extractor: Extractor, text: str, modality: str) -> None:
    found = [
        e
        for e in extractor.extract(text).events
        if isinstance(e, Meeting) and "Олег Ветров" in [p.name for p in e.participants]
    ]
    assert [e.modality for e in found] == [modality]


SURNAME_OF_BOTH_GENDERS = [
    # a woman's first name that is also a man's genitive, before a surname of both genders
    pytest.param(
        "Депутат Валентина Гриценко заявила, что закон одобрен.",
        "Валентина Гриценко",
        id="titled-woman",
    ),
    pytest.param(
        "Евгения Кравченко рассказала, что выставка откроется.",
        "Евгения Кравченко",
        id="woman-opening-the-sentence",
    ),
    # a man's genitive stays a man's
    pytest.param(
        "По словам самого Александра Кравченко, завод закроют.",
        "Александр Кравченко",
        id="man-in-the-genitive",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SURNAME_OF_BOTH_GENDERS)
def test_surname_of_both_genders(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


PHRASE_ABOUT_THE_SPEAKER = [
    pytest.param(
        "Источник, знакомый с ходом переговоров, сообщил, что сделка близка.",
        "источник",
        id="source-familiar-with",
    ),
    pytest.param(
        "Источники, близкие к руководству клуба, сообщили, что тренер уволен.",
        "источники",
        id="sources-close-to",
    ),
    pytest.param(
        "Источник в мэрии, пожелавший остаться неизвестным, сообщил, что ремонт начнется.",
        "источник в мэрии",
        id="source-with-its-place",
    ),
    pytest.param(
        "Министр, знакомый с ситуацией, сообщил, что сделка близка.",
        "министр",
        id="adjective-with-a-complement",
    ),
    # an apposition without a complement is no such phrase
    pytest.param(
        "Источник сообщил, что сделка близка.",
        "источник",
        id="source-alone",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PHRASE_ABOUT_THE_SPEAKER)
def test_phrase_about_the_speaker(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text) == [speaker]


ORGANIZATION_BEFORE_A_NAME_IN_ANOTHER_CASE = [
    pytest.param(
        "Губернатор встретился с главой Росводхоза Александром Лебедько.",
        "Александр Лебедько",
        id="head-of-an-agency",
    ),
    pytest.param(
        "Губернатор встретился с директором Горводоканала Ильёй Сартаковым.",
        "Илья Сартаков",
        id="director-of-a-utility",
    ),
    # the organization stays in the title, the name as before
    pytest.param(
        "Губернатор встретился с председателем Сбербанка Германом Грефом.",
        "Герман Греф",
        id="known-bank",
    ),
]


@pytest.mark.parametrize(("text", "name"), ORGANIZATION_BEFORE_A_NAME_IN_ANOTHER_CASE)
def test_organization_before_a_name_in_another_case(
    extractor: Extractor, text: str, name: str
) -> None:
    meetings = [e for e in extractor.extract(text).events if isinstance(e, Meeting)]
    assert name in [p.name for p in meetings[0].participants]


FORMER_TITLE = [
    # "экс-" before a title noun: a title, never a name
    pytest.param(
        "Экс-губернатор Олег Сычёв выступил на форуме. Экс-губернатор заявил, что уходит.",
        "Олег Сычёв",
        id="former-governor-resolved",
    ),
    pytest.param("Экс-министр заявил, что уходит.", "экс-министр", id="former-minister-alone"),
]


@pytest.mark.parametrize(("text", "speaker"), FORMER_TITLE)
def test_former_title(extractor: Extractor, text: str, speaker: str) -> None:
    assert speakers(extractor, text)[-1:] == [speaker]
