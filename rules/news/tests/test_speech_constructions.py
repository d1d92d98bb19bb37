"""Speech constructions of Wikinews-style copy (issue 21): documents that speak for an
author the text does not name, gerund clauses of speech, requests and rulings, and the
look-alikes that are no statement. Our own sentences, one construction each.

Each row: text, the key the speaker's name or text must contain, and how the content starts.
"""

from __future__ import annotations

import pytest
from tables import (
    assert_no_statement,
    assert_no_statement_at,
    assert_statement,
    describe,
    has_statement,
    of_type,
)

from eventkit import Extractor, Statement

STATEMENTS = [
    # an impersonal verb whose source is a document with no owner in the text: the
    # document speaks
    ("В этой статье утверждается, что мэр знал о подлоге.", "стать", "мэр знал"),
    ("Фильм снят без бюджета, указывается в пресс-релизе.", "пресс-релиз", "фильм снят"),
    ("В аннотации к сборнику сказано: «Эти стихи писались ночами».", "аннотаци", "эти стихи"),
    ("В письме сказано, что музей закроется на ремонт.", "письм", "музей закроется"),
    # a document with its owner after it: the owner speaks, a parenthetical between
    (
        "В приветственной телеграмме губернатора, в частности, говорится: «Вы гордость края».",
        "губернатор",
        "вы гордость",
    ),
    ("В сообщении городской полиции приводится: «Пострадавших нет».", "полици", "пострадавших"),
    # a gerund of speech after the clause its verb reports goes with that verb's subject
    (
        "Прокуроры заявили, что подсудимый опасен, упирая на то, что он уже бежал из-под стражи.",
        "прокурор",
        "он уже бежал",
    ),
    (
        "Директор сказал, что завод закроется, добавив, что рабочих переведут.",
        "директор",
        "рабочих переведут",
    ),
    # a gerund of speech after a verb of motion: the gerund says what, not the verb
    (
        "Компания обратилась в полицию в понедельник, сообщив о пропаже документов.",
        "компани",
        "о пропаже",
    ),
    # giving a reason as a clause a pronoun announces
    (
        "Своё решение судья Анна Котова мотивировала тем, что ответчик скрывался.",
        "котова",
        "ответчик скрывался",
    ),
    # a court's ruling and a plea, with what is ruled or begged in the infinitive
    ("Районный суд постановил взыскать с застройщика штраф.", "суд", "взыскать"),
    ("Тренер Пётр Волков упрашивал боксёра прекратить бой.", "волков", "боксёра прекратить"),
    # asking with the question given after a colon, the addressee between
    ("Губернатор спросил у фермеров: «Когда начнёте сев?»", "губернатор", "когда начн"),
    ("В новом клипе певица спрашивает: «Кто виноват?»", "певица", "кто виноват"),
    # the imperfective of expressing takes its noun's object, as the perfective does
    ("Пенсионеры выражают протест против закрытия поликлиники.", "пенсионер", "против"),
    ("Депутат не раз высказывал сомнение в пользе реформы.", "депутат", "в пользе"),
    # feelings a speaker expresses in words: wishes, displeasure
    ("Министр выразил пожелание, чтобы стройку закончили к осени.", "министр", "стройку"),
    ("Фермеры выразили недовольство низкими закупочными ценами.", "фермер", "низкими"),
    # "по сведениям X" is "по данным X"; testimony of a witness or a person named or titled
    ("По сведениям «Известий», концерт перенесут на осень.", "известия", "концерт"),
    ("Согласно показаниям очевидцев, пожар начался ночью.", "очевид", "пожар"),
    ("По показаниям бывшего сотрудника банка, деньги выносили мешками.", "сотрудник", "деньги"),
    # an active participle of speech with its "что"-clause: the actor it qualifies said it
    (
        "Водитель Олег Смирнов, утверждающий, что тормоза отказали, дал показания.",
        "смирнов",
        "тормоза отказали",
    ),
    ("Тренер, заявивший, что команда устала, ушёл с поста.", "тренер", "команда устала"),
    # a second verb of speech after a "что"-clause goes on from the first verb's subject,
    # not from the clause's
    (
        "Министр объявил, что завод закроется, а затем спросил: «Кто ответит за это?»",
        "министр",
        "кто ответит",
    ),
    (
        "Мэр сообщил, что мост откроется в мае, и тут же добавил, что ремонт обойдётся дорого.",
        "мэр",
        "ремонт обойдётся",
    ),
    ("Тренер сказал, что команда устала, но потом отметил: «Мы ещё поборемся».", "тренер", "мы"),
    # an adjective or participle standing for a person, in lower case mid-sentence
    ("На допросе задержанный заявил, что ничего не знал о краже.", "задержанн", "ничего"),
    ("Вчера пострадавшая рассказала, что нападавший был в маске.", "пострадавш", "нападавший"),
    # a quote the actor grammar could read as a quoted name is what was said; the unnamed
    # source after the dash speaks
    ("«Министр подал рапорт об отставке», — сообщил источник.", "источник", "министр подал"),
    (
        "«Переговоры идут трудно», — сказал источник в правительстве агентству ТАСС.",
        "источник в правительстве",
        "переговоры идут",
    ),
    # a companion of a named person speaks, not the person named in the genitive
    (
        "Наркобарон платил полиции, заявил в суде бывший соратник Мартинеса.",
        "соратник мартинеса",
        "наркобарон платил",
    ),
    # an institution in a "в"-phrase speaks, however long its name, and with the outlet
    # told between it and the verb
    (
        "В Министерстве природных ресурсов Татарстана сообщили, что озеро очистят к лету.",
        "министерств",
        "озеро очистят",
    ),
    ("В городской мэрии «Вестям» сообщили, что мост откроют в мае.", "мэри", "мост откроют"),
    # chambers, city halls and regulators are institutions
    ("В Общественной палате заявили, что закон нужно доработать.", "палат", "закон нужно"),
    ("Ставка останется прежней, сообщил в пятницу регулятор.", "регулятор", "ставка останется"),
    # a group of people named by one noun speaks as a body: a couple, a family, the
    # defence, a team
    ("В мае пара объявила, что ждёт второго ребёнка.", "пара", "ждёт второго"),
    ("Семья погибшего заявила, что подаст в суд на больницу.", "семья", "подаст в суд"),
    ("На процессе защита говорила о болезни подсудимого.", "защита", "о болезни"),
    ("Суд назначил штраф, однако защита утверждает, что денег нет.", "защита", "денег нет"),
    ("Команда боксёра попросила остановить поединок.", "команда", "остановить поединок"),
    # must not take the speaker's place: the same noun inside the content
    ("Защита прав человека остаётся приоритетом, заявил министр.", "министр", "защита прав"),
    # an apology says what it is for, or to whom
    ("Банк извинился за сбой в работе приложения.", "банк", "за сбой"),
    ("Вчера певица извинилась перед зрителями за отменённый концерт.", "певиц", "перед зрителями"),
    # a forecast's object is what was forecast
    (
        "Аналитики оценили отчёт банка и спрогнозировали новые сокращения.",
        "аналитик",
        "новые сокращения",
    ),
    # "«…», — и добавил": the quote is what was said, the speaker is the one the text
    # is about (the sentence before, or a verb before the quote)
    (
        "Министр Олег Смирнов сообщил о росте цен. «Это временно», — и добавил, что к осени "
        "цены снизятся.",
        "смирнов",
        "к осени",
    ),
    (
        "Губернатор Анна Котова выступила на сессии. «Бюджет исполнен», — и добавила: "
        "«Долгов у области нет».",
        "котова",
        "долгов у области",
    ),
    ("Мэр сказал: «Мост откроют в мае», — и добавил, что денег хватит.", "мэр", "денег хватит"),
    # a second verb of speech after ", и" shares the first one's source phrase
    (
        "В министерстве заявили, что реформа идёт по плану, и добавили, что сроки прежние.",
        "министерств",
        "сроки прежние",
    ),
    (
        "В пресс-службе мэрии сообщили, что метро работает, и уточнили, что пострадавших нет.",
        "мэри",
        "пострадавших нет",
    ),
    # a participle phrase between the document noun and the impersonal verb
    (
        "В заявлении, направленном в редакции газет, говорится, что завод закроется.",
        "заявлени",
        "завод закроется",
    ),
    (
        "В письме, опубликованном на сайте театра, сказано, что премьеру перенесли.",
        "письм",
        "премьеру перенесли",
    ),
    # "один из X, name": the person named is the one who spoke
    (
        "«Такого я не видел», — сказал один из зрителей, пенсионер Пётр Волков.",
        "волков",
        "такого я",
    ),
    ("«Это позор», — заявила одна из участниц, учительница Анна Котова.", "котова", "это позор"),
    # a ", хотя" clause with no subject of its own goes on from the main clause's
    (
        "Профсоюз находится в оппозиции к реформе, хотя ранее выражал готовность её обсуждать.",
        "профсоюз",
        "её обсуждать",
    ),
    ("Министр Иван Орлов уехал, хотя обещал, что останется.", "орлов", "останется"),
    # a long "о"-phrase opening the sentence, with an initial in it, before the verb
    (
        "Ранее о растратах в мэрии Самары и участии О.Смирнова в сговоре заявил бывший "
        "аудитор Пётр Волков.",
        "волков",
        "о растратах",
    ),
    # two addressees joined by "и" before the "что"-clause
    (
        "Банк проинформировал Минфин и Госдуму, что резервы исчерпаны.",
        "банк",
        "резервы исчерпаны",
    ),
    # a passive right after a quote's dash, its source the document after it
    (
        "«Выставка откроется в июне», — отмечено в сообщении пресс-службы музея.",
        "пресс-служб",
        "выставка откроется",
    ),
    (
        "«Мы не отступим», — это было сказано в обращении профсоюза, опубликованном утром.",
        "профсоюз",
        "мы не отступим",
    ),
]

# Where the first statement's content ends: before a second verb of speech that agrees with
# the first one, and an "о"-phrase before another verb's clause. A verb that is not of
# speech, or that agrees with the clause's subject only, stays in the clause.
CONTENT_ENDS = [
    (
        "Министр объявил, что завод закроется, а затем спросил: «Кто ответит за это?»",
        "объявил",
        "завод закроется",
    ),
    (
        "Мэр сообщил, что мост откроется в мае, и тут же добавил, что ремонт обойдётся дорого.",
        "сообщил",
        "мост откроется в мае",
    ),
    (
        "Лидер партии объявил о своём уходе с поста и взял на себя вину за поражение.",
        "объявил",
        "о своём уходе с поста",
    ),
    (
        "Депутаты заявили о намерении выйти из фракции и покинули зал.",
        "заявили",
        "о намерении выйти из фракции",
    ),
    # must stay whole
    (
        "Мэр сказал, что рабочие закончили ремонт, и уехали домой.",
        "сказал",
        "рабочие закончили ремонт, и уехали домой",
    ),
    (
        "Директор сообщил, что секретарь уволилась, а затем заявила журналистам о давлении.",
        "сообщил",
        "секретарь уволилась, а затем заявила журналистам о давлении",
    ),
    (
        "Врач рассказал о том, как пациенты ждали и жаловались.",
        "рассказал",
        "о том, как пациенты ждали и жаловались",
    ),
]

# What a participle of speech reports ends where its clause does, at the main verb.
PARTICIPLE_CONTENT = [
    (
        "Водитель Олег Смирнов, утверждающий, что тормоза отказали, дал показания.",
        "тормоза отказали",
    ),
    ("Тренер, заявивший, что команда устала, ушёл с поста.", "команда устала"),
]

# Verbs that say nothing where they stand: the statement is the gerund's alone.
NOT_THE_VERB = [
    ("Компания обратилась в полицию в понедельник, сообщив о пропаже документов.", "обратилась"),
    ("Мэр сказал, что рабочие закончили ремонт, потратив два месяца.", "потратив"),
]

NOT_STATEMENTS = [
    # "«…», — и добавил" with nobody before the quote: the quote is not the speaker
    "«Мост откроют в мае», — и добавил, что денег хватит.",
    "Весь день шёл дождь. «Мост откроют в мае», — и добавил, что денег хватит.",
    # a participle phrase after a place, not a document: nobody speaks
    "В городе, охваченном паникой, говорится, что завод закроется.",
    # an impersonal verb with no document to speak for it
    "Утверждается, что мэр знал о подлоге.",
    "Ниже приводится список победителей конкурса.",
    # a document that is where something stands, with no speech verb
    "В письме лежали две фотографии.",
    # "как говорится" is a saying, not a source
    "Депутаты, как говорится, не спят.",
    # "по версии" right after the noun it qualifies: a title or a ranking
    "Это был решающий поединок по версии WBA.",
    "Он стал лучшим игроком сезона по версии журнала.",
    # a name withheld is nothing said
    "Телеканал не называет имя победителя.",
    # a reason verb without the clause that gives the reason
    "Директор мотивировал сотрудников премией.",
    # asking with no question given: advice or the way asked for, a topic only
    "Турист спросил дорогу у прохожего.",
    "Об этом губернатора спросили журналисты.",
    "Студент спросил совета у профессора.",
    # a feeling that finds its way into deeds, with no one expressing it
    "Недовольство выразилось в забастовках.",
    # "выражать" with a noun that is not a feeling said: a sum or a meaning
    "Цены выражаются в рублях.",
    "Картина выражает тоску художника.",
    # readings of an instrument, and information with no source
    "По показаниям счётчика, расход воды вырос вдвое.",
    "По имеющимся сведениям, концерт перенесут на осень.",
    # a participle of speech with no "что"-clause, or of a verb that only looks like one
    "Спикер, объявившая минуту молчания, покинула трибуну.",
    "Комиссия, утверждающая тарифы, подняла цены на воду.",
    # a relative pronoun is no person of its own, though the dictionary lets it stand alone
    "Город охватили забастовки, которые сначала касались зарплат, но потом стали выступать "
    "против мэра.",
    # a readiness with nothing it is for
    "Партия выразила готовность.",
    # a ", хотя" verb that does not agree with the main clause's subject takes none of it
    "Губернатор Олег Петров уехал, хотя ранее обещала, что останется.",
    # an "о"-phrase of a noun far from the verb is no content of it
    "На совещании по вопросу о бюджете города и налогах на землю в Москве министр уволил "
    "помощника.",
    # "и" that opens another verb's clause after the object: the "что" is that clause's
    "Водитель допустил ошибку и уехал, что возмутило соседей.",
    # a quote with a dash and no one to say it
    "«Мы уходим», — сообщалось накануне.",
    # a passive after a quote that is no verb of speech, or a sign that is no source
    "«Строим мост», — было решено на собрании жильцов.",
    "«Мы победим», — было написано на плакате.",
    # the author's own reminder and a passive report with no source
    "Напомним, что мост закрыли в мае.",
    "Сообщалось, что мост закроют в мае.",
    # an opinion with no speech act
    "Многие жители считают, что мост закроют в мае.",
    # an apology with nothing it is for
    "Водитель извинился и уехал.",
    # a channel where a match was commented on is no source of words
    "На «Первом канале» матч комментировали два бывших тренера.",
]


@pytest.mark.parametrize(
    ("text", "speaker", "content"), STATEMENTS, ids=[f"s{i:02d}" for i in range(len(STATEMENTS))]
)
def test_statement(news: Extractor, text: str, speaker: str, content: str) -> None:
    assert_statement(news, text, speaker, content)


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
    ("text", "content"),
    PARTICIPLE_CONTENT,
    ids=[f"p{i:02d}" for i in range(len(PARTICIPLE_CONTENT))],
)
def test_participle_content_ends_with_its_clause(news: Extractor, text: str, content: str) -> None:
    document = news.extract(text)
    found = [s.content.text for s in of_type(document, Statement) if isinstance(s, Statement)]
    assert content in found, describe(document)


@pytest.mark.parametrize(
    ("text", "trigger", "content"),
    CONTENT_ENDS,
    ids=[f"e{i:02d}" for i in range(len(CONTENT_ENDS))],
)
def test_content_ends_before_another_verb(
    news: Extractor, text: str, trigger: str, content: str
) -> None:
    document = news.extract(text)
    found = [
        s.content.text
        for s in of_type(document, Statement)
        if isinstance(s, Statement) and s.trigger.text == trigger
    ]
    assert found == [content], describe(document)


@pytest.mark.parametrize(
    "text",
    [
        # no name in apposition: the group speaks through one of them
        "«Такого я не видел», — сказал один из зрителей, а Пётр Волков промолчал.",
        "«Такого я не видел», — сказал один из зрителей, пришедших с Петром Волковым.",
    ],
)
def test_a_name_in_another_clause_is_not_the_one_of_them(news: Extractor, text: str) -> None:
    document = news.extract(text)
    assert not has_statement(document, "волков", "такого"), describe(document)


def test_a_second_verb_of_another_number_does_not_share_the_source(news: Extractor) -> None:
    document = news.extract(
        "В министерстве заявили, что реформы идут по плану, и добавил, что сроки прежние."
    )
    assert not has_statement(document, "министерств", "сроки"), describe(document)
