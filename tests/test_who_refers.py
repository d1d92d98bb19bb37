"""Who, exactly (round three): a name whose only nominative reading is of the other
gender is no subject of the verb; pronouns, role nouns and plural descriptions resolved to
whom the document names. Our own sentences; rows that must stay unresolved are in the same
tables."""

from __future__ import annotations

import pytest
from _who import found_mentions, speakers

from eventkit import Extractor

SUBJECTS = [
    # "Иванова" is a man's genitive or a woman's nominative: a masculine verb's subject
    # is someone else
    pytest.param(
        "Олег Смирнов после известия о смерти Иванова заявил, что потрясён.",
        "заявил",
        "Олег Смирнов",
        id="masculine-verb-skips-a-feminine-nominative",
    ),
    # the same word as a woman's name is the feminine verb's subject
    pytest.param(
        "После известия о его смерти Иванова заявила, что потрясена.",
        "заявила",
        "Иванова",
        id="feminine-verb-takes-the-feminine-nominative",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), SUBJECTS)
def test_subject(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    assert speakers(extractor, text, trigger) == [speaker]


PRONOUNS = [
    # "он" inside the words someone is quoted with is not the one quoted
    pytest.param(
        "Иван Петров давно дружил с Олегом Смирновым. О последней встрече рассказал "
        "Олег Смирнов:\nОн говорил, что очень устал.",
        "говорил",
        "Иван Петров",
        id="pronoun-in-a-block-quote-is-not-its-speaker",
    ),
    # outside the quotation the one who spoke goes on speaking
    pytest.param(
        "Иван Петров давно дружил с Олегом Смирновым. О последней встрече рассказал "
        "Олег Смирнов. Он сказал, что Петров очень устал.",
        "сказал",
        "Олег Смирнов",
        id="pronoun-after-the-statement-is-its-speaker",
    ),
    # a speaker named by a description only is whom the next "он" means
    pytest.param(
        "Олег Ветров арестован в Самаре. Его отец сказал, что потрясён арестом, — он "
        "назвал сына честным человеком.",
        "назвал",
        "отец",
        id="pronoun-after-a-kin-speaker",
    ),
    pytest.param(
        "Олег Ветров арестован в Самаре. Источник в полиции сообщил, что Ветров задержан. "
        "По его словам, Ветров признал вину.",
        "По его словам",
        "источник в полиции",
        id="pronoun-after-a-source",
    ),
    # ... of the pronoun's gender only
    pytest.param(
        "Олег Ветров арестован в Самаре. Его мать сказала, что потрясена арестом. Он "
        "заявил, что невиновен.",
        "заявил",
        "Олег Ветров",
        id="masculine-pronoun-skips-a-feminine-description",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), PRONOUNS)
def test_pronoun(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    test_subject(extractor, text, trigger, speaker)


NAMES = [
    # many representatives are no one person's title: the name is whose they are
    pytest.param(
        "Газета сослалась на неназванных представителей администрации губернатора Ивана "
        "Петрова. По их словам, заявление будет сделано позднее.",
        "По их словам",
        "неназванные представители администрации губернатора Ивана Петрова",
        id="they-are-the-representatives-of-a-named-person",
    ),
    # ... but a named holder in the nominative keeps the title
    pytest.param(
        "Представители партии Иван Петров и Олег Смирнов заявили, что выборы были честными.",
        "заявили",
        "Иван Петров",
        id="a-nominative-name-holds-a-plural-title",
    ),
    # a name word the dictionary reads only as another name's plural ("Фань" of "Фаня")
    # or vocative says nothing of the name's case: the words stay one name
    pytest.param(
        "Китайская певица Фань Мэйлин заявила, что заплатит штраф.",
        "заявила",
        "Фань Мэйлин",
        id="a-plural-reading-does-not-cut-a-name",
    ),
    # two names side by side in different cases stay two people
    pytest.param(
        "Встретившись с Олегом Смирновым Иван Петров заявил, что доволен.",
        "заявил",
        "Иван Петров",
        id="names-in-two-cases-stay-apart",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "speaker"), NAMES)
def test_name(extractor: Extractor, text: str, trigger: str, speaker: str) -> None:
    found = speakers(extractor, text, trigger)
    assert len(found) == 1
    assert speaker in found[0]


def test_a_vocative_reading_does_not_cut_a_name() -> None:
    """ "Аль" read as the vocative of "Аля" says nothing of the case of "Аль Тани"."""
    text = "Вчера в Дохе выступил Халиф Аль Тани."
    found = [m.text for m in found_mentions(text)]
    assert "Халиф Аль Тани" in found
