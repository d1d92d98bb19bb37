"""Statement rules: speech verbs with a "что"-clause, a colon and a quote, content before the
verb ("…, — сказал он"), "по словам X", "как сообщает X", "говорится в заявлении X"."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import pairwise

from attrs import frozen
from yargy import or_, rule
from yargy.predicates import caseless, eq, gram

from eventkit import Statement
from eventkit.pack import (
    EXPRESS_NOUNS,
    NAME_WORD,
    ORDER_NOUNS,
    PLAIN_ADJECTIVE,
    POSSESSIVES,
    REPORT_VERBS,
    SOURCE_WORDS,
    SPEECH_VERBS,
    VIEW_VERBS,
    Check,
    ClauseSubject,
    Complement,
    Content,
    EventRule,
    Fixed,
    Frame,
    Grammar,
    Head,
    Mention,
    Owner,
    Role,
    RoleValues,
    Span,
    Speaker,
    SpeechKind,
    Subject,
    grammemes,
    has_grammeme,
    lemma_in,
    lemmas,
    token_test,
)

# "…, полагают собеседники издания": a view's verb reports speech only after its content
# (the core turns down the others).
SPEECH_VERB = lemma_in(SPEECH_VERBS | REPORT_VERBS | VIEW_VERBS)
NEWS_ARRIVED = frozenset("поступить поступать появиться появляться".split())
# Read when the rule runs: packs may add nouns through the eventkit_lexicons hook.
EXPRESS_NOUN = token_test(lambda t: bool(lemmas(t) & EXPRESS_NOUNS), "express-noun")
# "выразил свои соболезнования", "выразила ему свою благодарность"
OWN = token_test(lambda t: bool(lemmas(t) & {"свой"}) or t.value.lower() in POSSESSIVES, "own")
VERB_CLAUSE = or_(
    # "выразил уверенность", "выразили глубокие соболезнования", "выразил свои соболезнования"
    rule(
        SPEECH_VERB,
        OWN.optional(),
        PLAIN_ADJECTIVE.repeatable(max=2).optional(),
        EXPRESS_NOUN,
    ),
    rule(SPEECH_VERB),
    # "обратил внимание, что …", "обращает внимание на то, что …"
    rule(lemma_in({"обратить", "обращать"}), caseless("внимание")),
    # "из правительства поступили заявления, что …", "в СМИ появилась информация о том,
    # что …": the core finds the source by the verb
    rule(lemma_in(NEWS_ARRIVED), lemma_in(SOURCE_WORDS)),
    # "давал понять, что …", "дали ему четко понять"
    rule(
        lemma_in({"дать", "давать"}),
        token_test(lambda t: t.value.lower() not in (",", "."), "word")
        .repeatable(max=2)
        .optional(),
        caseless("понять"),
    ),
    # "дал распоряжение возобновить …", "дал указание правительству подготовить …": an
    # order given in words (the core reads it as the verb of ordering)
    rule(
        lemma_in({"дать", "давать"}),
        token_test(lambda t: t.type != "PUNCT", "word").optional(),
        lemma_in(ORDER_NOUNS),
    ),
    # "дал показания, что …", "дала признательные показания, что …": testimony whose
    # words follow (the core wants the "что"-clause)
    rule(
        lemma_in({"дать", "давать"}),
        PLAIN_ADJECTIVE.optional(),
        lemma_in({"показание"}),
    ),
).named("TRIGGER")
DASHES = frozenset({"—", "–", "-"})
CLOSING_QUOTES = frozenset({"»", "“", "”", '"'})
# "«…», — вздохнул он": after a quote and a dash any finite verb reports speech (the core
# turns down the ones that do not); the speech verbs have their own row.
# "МОК" reads as a past tense of "мокнуть": a capitalized word is a name, not the verb.
OTHER_VERB = token_test(
    lambda t: (
        "VERB" in grammemes(t)
        and not t.value[:1].isupper()
        and not lemmas(t) & (SPEECH_VERBS | REPORT_VERBS)
    ),
    "other-verb",
)
# The words between the dash and the verb ("— тихо добавил он") are no verb themselves:
# the first verb after the dash is the one that says it.
MANNER_WORD = token_test(
    lambda t: t.type != "PUNCT" and not ("VERB" in grammemes(t) and not t.value[:1].isupper()),
    "manner-word",
)
BY_POSITION = rule(
    # "«…», —", "«…?» —": a closing quote mark, a comma maybe, and the dash
    token_test(lambda t: t.value in CLOSING_QUOTES, "closing-quote"),
    caseless(",").optional(),
    token_test(lambda t: t.value in DASHES, "dash"),
    MANNER_WORD.repeatable(max=4).optional(),
    OTHER_VERB.named("TRIGGER"),
)
# "Вице-президент академии Олег Петров: «…»": a name, a colon and a quote, with no verb
# (the guidelines make the name the trigger).
QUOTE_OPENING = frozenset({"«", "„", "“", '"'})
NAME_COLON = rule(
    NAME_WORD.repeatable(max=3).named("TRIGGER"),
    eq(":"),
    token_test(lambda t: t.value in QUOTE_OPENING, "opening-quote"),
)
# "по прогнозам экспертов", "согласно прогнозу аналитиков": a forecast someone made.
FORECAST_WORDS = frozenset({"прогноз"})
# "по сведениям СМИ" says what "по данным СМИ" does; "согласно показаниям свидетеля": a
# witness's testimony (a meter's readings name no actor and stay no statement); "по
# заверениям активистов", "по уверениям министра": what they assured in words.
REPORT_WORDS = frozenset({"сведение", "показание", "заверение", "уверение"})
POSSESSIVE = token_test(lambda t: t.value.lower() in POSSESSIVES, "possessive")
ACCORDING_TO = or_(
    # "по словам X", "по его словам", "по первоначальным словам X", "по данным X",
    # "по версии следствия", "по их информации"
    rule(
        caseless("по"),
        POSSESSIVE.optional(),
        PLAIN_ADJECTIVE.repeatable(max=2).optional(),
        lemma_in({"слово", *SOURCE_WORDS, *FORECAST_WORDS, *REPORT_WORDS}),
    ),
    # "с его слов", "со слов очевидцев"
    rule(or_(caseless("с"), caseless("со")), POSSESSIVE.optional(), caseless("слов")),
    # "согласно СМИ", "согласно Reuters": the source itself, an actor the core finds right
    # after the word ("согласно уставу", "согласно документу" name none)
    rule(caseless("согласно")),
    rule(
        caseless("согласно"),
        POSSESSIVE.optional(),
        PLAIN_ADJECTIVE.repeatable(max=2).optional(),
        lemma_in(
            {
                "заявление",
                "отчет",
                "данные",
                "сообщение",
                "информация",
                "доклад",
                "исследование",
                "версия",
                "оценка",
                *FORECAST_WORDS,
                *REPORT_WORDS,
            }
        ),
    ),
).named("TRIGGER")


# "объявление Майка Комри об уходе", "Ватикан опубликовал заявление о том, что …": a
# statement noun whose owner or clause subject spoke, and whose "о"/"что" phrase says what.
STATEMENT_NOUNS = frozenset("заявление объявление".split())
STATEMENT_NOUN = rule(
    PLAIN_ADJECTIVE.repeatable(max=2).optional(), lemma_in(STATEMENT_NOUNS)
).named("TRIGGER")


# A filing is a statement in writing: "написал заявление об отставке", "подал рапорт об
# увольнении", "подать прошение об отставке". Its subject speaks; its "о"/"на" phrase says
# what about.
# The one it goes to may stand between: "подадут президенту заявление".
FILING_VERBS = frozenset("подать подавать написать писать направить направлять".split())
FILING_NOUNS = frozenset("заявление рапорт прошение ходатайство".split())
DATIVE_WORD = token_test(
    lambda t: t.type != "PUNCT" and has_grammeme(t, "datv") and not lemmas(t) & FILING_NOUNS,
    "dative-word",
)
FILING = rule(
    lemma_in(FILING_VERBS),
    DATIVE_WORD.repeatable(max=3).optional(),
    PLAIN_ADJECTIVE.repeatable(max=2).optional(),
    lemma_in(FILING_NOUNS),
).named("TRIGGER")


# Taking a stand in public: "выступил резко против законов", "выступила в защиту
# чиновника", "выступил с публичной критикой проверки"; "настаивает на кандидатуре",
# "сослались на необходимость". The phrase after the verb is what was said.
STAND_VERBS = frozenset("выступить выступать".split())
STAND_NOUNS = frozenset("критика заявление призыв требование осуждение".split())
STAND = rule(
    lemma_in(STAND_VERBS),
    gram("ADVB").optional(),
    or_(
        rule(caseless("против")),
        rule(or_(caseless("в"), caseless("во")), lemma_in({"защита", "поддержка"})),
        rule(
            or_(caseless("с"), caseless("со")),
            PLAIN_ADJECTIVE.repeatable(max=2).optional(),
            lemma_in(STAND_NOUNS),
        ),
    ),
).named("TRIGGER")
# Complaining is said with what one complains of: "пожаловался на нехватку денег",
# "посетовал на плохие дороги" (the "на"-phrase is what was said, as with "настаивать").
COMPLAIN_VERBS = frozenset("пожаловаться жаловаться посетовать сетовать".split())
INSIST_VERBS = frozenset("настаивать настоять сослаться ссылаться".split()) | COMPLAIN_VERBS
# "сошлись на том, что …" is "сойтись" (an agreement), though it reads as "сослаться" too.
INSIST_VERB = token_test(
    lambda t: bool(lemmas(t) & INSIST_VERBS) and "сойтись" not in lemmas(t), "insist-verb"
)
INSIST = rule(INSIST_VERB, gram("ADVB").optional(), caseless("на")).named("TRIGGER")
# Speaking for or against: "высказался за отмену налога", "высказалась против закона".
OPINION_VERBS = frozenset("высказаться высказываться".split())
OPINION = rule(
    lemma_in(OPINION_VERBS), gram("ADVB").optional(), or_(caseless("за"), caseless("против"))
).named("TRIGGER")
# Criticism and threats said in public: "подверг резкой критике решение суда",
# "пригрозил ответными мерами" (what is criticized or threatened follows).
CRITICIZE_VERBS = frozenset("подвергнуть подвергать".split())
# What is criticized may stand between: "подверг решение суда резкой критике".
CRITICIZED_WORD = token_test(
    lambda t: (
        (t.type != "PUNCT" and not grammemes(t) & {"VERB", "INFN", "GRND", "CONJ"})
        or t.value.lower() == "и"
    ),
    "criticized-word",
)
CRITICISM = rule(
    lemma_in(CRITICIZE_VERBS),
    CRITICIZED_WORD.repeatable(max=6).optional(),
    PLAIN_ADJECTIVE.repeatable(max=2).optional(),
    caseless("критике"),
).named("TRIGGER")
THREATEN_VERBS = frozenset({"пригрозить"})
THREAT = rule(
    lemma_in(THREATEN_VERBS),
    PLAIN_ADJECTIVE.repeatable(max=2).optional(),
    token_test(lambda t: {"NOUN", "ablt"} <= grammemes(t), "instrumental-noun"),
).named("TRIGGER")
# A stand on the field or the stage is a game or a show, not words.
NOT_A_STAND = frozenset("матч турнир чемпионат сборная команда соперник концерт сцена".split())


@frozen
class PhraseAfterVerb:
    """The trigger's phrase after its verb and adverb, to the end of the clause (a gerund
    clause or the sentence end): "против любых законов об интернете"."""

    def fill(self, frame: Frame) -> Span | None:
        tokens = frame.tokens
        start = frame.start + 1
        criticized = _criticized(frame)
        if criticized is not None:
            return criticized
        while start < len(tokens) and "ADVB" in grammemes(tokens[start]):
            start += 1
        end = len(tokens)
        for i in range(start + 1, len(tokens)):
            if tokens[i].value in (";", ".", "!", "?", ":", ","):
                end = i
                break
            if tokens[i - 1].value == "," and "GRND" in grammemes(tokens[i]):
                end = i - 1
                break
        if end <= start + 1:
            return None
        return frame.match.span(tokens[start].span.start, tokens[end - 1].span.stop)


def _criticized(frame: Frame) -> Span | None:
    """ "подверг решение суда резкой критике": the words between the verb and the
    criticism's adjectives are what was criticized; None when nothing stands there."""
    tokens = frame.tokens
    if frame.end <= frame.start or tokens[frame.end].value.lower() != "критике":
        return None
    last = frame.end - 1
    while last > frame.start and grammemes(tokens[last]) & {"ADJF"}:
        last -= 1
    if last <= frame.start:
        return None
    return frame.match.span(tokens[frame.start + 1].span.start, tokens[last].span.stop)


# Complaints, opinions, criticism and threats are said only by a verb, not by a participle.
_SAID_BY_A_VERB = COMPLAIN_VERBS | OPINION_VERBS | CRITICIZE_VERBS | THREATEN_VERBS
# Citing a source is where the words come from, not words of one's own: "ссылается на
# источник в Кремле", "сослалось на данные полиции".
CITED_SOURCES = frozenset({"источник", "слово", "сми", "издание", "агентство", *SOURCE_WORDS})


def _a_stand(frame: Frame, _values: RoleValues) -> bool:
    if frame.trigger_lemmas & _SAID_BY_A_VERB and "PRTF" in grammemes(frame.head):
        return False  # "пациенты, жалующиеся на боль": a participle describes, nobody spoke
    if "выступать" in lemmas(frame.head) and not frame.trigger_lemmas & STAND_NOUNS:
        # "выступает против досрочных выборов", "выступал в поддержку президента", "будет
        # выступать против конгрессмена": a position held over time, or a race run, not a
        # thing said once (that is "выступил против", "выступал с критикой")
        return False
    if frame.trigger_lemmas & {"сослаться", "ссылаться"} and any(
        lemmas(t) & CITED_SOURCES for t in frame.after(3)
    ):
        return False
    return not frame.sentence.lemmas & NOT_A_STAND


def _filed(frame: Frame, _values: RoleValues) -> bool:
    """ "генералы, подавшие рапорты": a participle describes who filed, it reports nothing."""
    return "PRTF" not in grammemes(frame.head)


_NONE = frozenset("никаких никакого никакой никаким ни".split())


def _not_a_source(frame: Frame, _values: RoleValues) -> bool:
    """ "в заявлении МИД говорится": the document is where a speech verb's words stand
    (the speech-verb rule reports them), not a statement of its own; "после заявления
    мэра о …" dates something by a statement made."""
    if frame.predicate.in_phrase() and not _after_it(frame):
        return False
    if any(t.value.lower() in _NONE for t in frame.before(3, anchor="trigger")):
        return False  # "никаких заявлений делать не стал": no statement was made
    # "опубликовал заявление о …": the speech verb's statement (that rule reports it).
    return not any(lemmas(t) & SPEECH_VERBS for t in frame.before(1, anchor="trigger"))


def _after_it(frame: Frame) -> bool:
    """ "после заявлений мэра", "вслед за заявлением МИД": a time reckoned from the
    statement, which was made."""
    before = [t.value.lower() for t in frame.before(2, anchor="trigger")]
    return before[-1:] == ["после"] or before[-2:] == ["вслед", "за"]


def _colon_after(frame: Frame) -> int:
    return frame.end + 1


@frozen
class NamedBeforeColon:
    """The person the sentence opens with, named right before the colon."""

    def fill(self, frame: Frame) -> list[Mention]:
        colon = _colon_after(frame)
        found = [
            m
            for m in frame.predicate.mentions
            if m.last_token == colon - 1 and m.first_token == 0 and m.kind == "PER"
        ]
        return [m for m in found if not m.pronoun and not m.description][:1]


@frozen
class QuoteAfterColon:
    """The quote the colon opens, to its closing mark (in a later sentence, maybe)."""

    def fill(self, frame: Frame) -> Span | None:
        opening = frame.tokens[_colon_after(frame) + 1]
        text = frame.predicate.text
        start = opening.span.stop
        mark = text[opening.span.start]  # as written: a straight mark closes with itself
        closing = {"«": "»", "„": "“", "“": "”"}.get(mark, mark)
        end = text.find(closing, start)
        if end < 0 or end - start > 3000:
            end = frame.sentence.end
        return frame.match.span(start, end) if end > start else None


def _no_verb_before(frame: Frame, _values: RoleValues) -> bool:
    """Only a name before the colon: "заявил Петров: «…»" is the speech verb's."""
    return not any("VERB" in grammemes(t) for t in frame.tokens[: frame.start]) and frame.start <= 8


# Who gets a name at birth.
_NEWBORN = frozenset("дочь дочка сын сынок ребенок девочка мальчик малыш малышка младенец".split())

# What a court sentences someone to.
_SENTENCES = frozenset("срок лишение год заключение штраф".split())


def _not_a_ruling(frame: Frame, _values: RoleValues) -> bool:
    """ "суд признал его виновным", "признали выборы законными": declaring something to be
    so, with an adjective in the instrumental, is a ruling, not a report of speech; so is
    a sentence ("осудили на 10 лет")."""
    if frame.trigger_lemmas & {"осудить", "осуждать"}:
        # "Овьедо осудили на 10 лет", "осуждён к лишению свободы": a sentence, not words
        after = frame.after(4)
        return not any(
            t.value.lower() in ("на", "к") and (nxt.type == "INT" or lemmas(nxt) & _SENTENCES)
            for t, nxt in pairwise(after)
        )
    if frame.trigger_lemmas & {"назвать", "называть"}:
        # "назвали дочь Рэддикс", "сына назвали Иваном": a child given a name, not words
        # said of anyone ("назвал сына добрым человеком" is)
        around = [*frame.before(1), *frame.after(2)]
        return not (
            any(lemmas(t) & _NEWBORN for t in around)
            and any(t.value[:1].isupper() for t in frame.after(2))
        )
    if not frame.trigger_lemmas & {"признать", "признавать"}:
        return True
    previous = frame.head
    for token in frame.after(7):
        if token.value in (",", ":", ";", "."):
            break  # "признал, что …": what follows the comma is what was said
        grams = grammemes(token)
        # "не признали «Дело Фомина» политическим": an adjective the dictionary reads
        # first as a dative plural may still be the instrumental of the ruling; not after
        # a preposition ("связь с одной из …") nor a pronoun ("своей вины")
        if (
            grams & {"ADJF", "PRTF"}
            and not grams & {"Apro", "Anum"}
            and "PREP" not in grammemes(previous)
            and has_grammeme(token, "ablt")
        ):
            return False
        previous = token
    return True


# Nouns of a claim that also name a procedure: "по утверждению изданий" (as they claim),
# "слушания по утверждению его кандидатуры" (its approval).
_CLAIM_OR_PROCEDURE = frozenset({"утверждение"})
_SOURCE_ACTORS = frozenset("сми источник издание газета агентство телеканал".split())


def _set_off(frame: Frame, _values: RoleValues) -> bool:
    """ "по утверждению изданий": a claim's source is a phrase set off from its clause (it
    opens the sentence or follows a comma or a dash); inside a clause ("слушания по
    утверждению кандидатуры") the noun names a procedure. "Согласно" alone is followed by
    its source."""
    if frame.start == frame.end and frame.head.value.lower() == "согласно":
        # "согласно СМИ", "согласно Reuters": a source by its name or its kind ("согласно
        # текущей редакции закона" is a text, whatever "редакция" may also mean)
        after = frame.after(1)
        return bool(after) and (
            after[0].value[:1].isupper() or bool(lemmas(after[0]) & _SOURCE_ACTORS)
        )
    if not frame.trigger_lemmas & _CLAIM_OR_PROCEDURE:
        return True
    before = frame.before(1, anchor="trigger")
    return not before or before[0].value in (",", "(", ":", *DASHES)


# Who spoke, what was said and how: the core's speech readings.
ROLES: dict[str, Role] = {"speaker": Speaker(), "content": Content(), "speech": SpeechKind()}


def _statement(
    name: str,
    triggers: Iterable[str],
    grammar: Grammar,
    window: int,
    roles: Mapping[str, Role],
    *,
    head: Head = "verb",
    accept: Check | None = None,
) -> EventRule:
    """One row of the table: a Statement rule with its roles."""
    return EventRule(
        name=name,
        event_type=Statement,
        triggers=triggers,
        grammar=lambda: grammar,
        head=head,
        roles=roles,
        accept=accept,
        window=window,
    )


# (name, trigger lemmas, grammar, tokens each side of the trigger, roles, what differs)
RULES = (
    _statement(
        "statement.noun",
        STATEMENT_NOUNS,
        STATEMENT_NOUN,
        3,
        {
            "speaker": Owner() | ClauseSubject(),
            "content": Complement(reach=7),
            "modality": Fixed("asserted"),
        },
        head="last",
        accept=_not_a_source,
    ),
    _statement(
        "statement.filing",
        FILING_VERBS,
        FILING,
        3,
        {"speaker": Subject(), "content": Complement(reach=6), "speech": Fixed("indirect")},
        accept=_filed,
    ),
    _statement(
        "statement.stand",
        STAND_VERBS | INSIST_VERBS | OPINION_VERBS | CRITICIZE_VERBS | THREATEN_VERBS,
        or_(STAND, INSIST, OPINION, CRITICISM, THREAT),
        8,
        {"speaker": Subject(), "content": PhraseAfterVerb(), "speech": Fixed("indirect")},
        accept=_a_stand,
    ),
    _statement(
        "statement.speech-verb",
        SPEECH_VERBS
        | REPORT_VERBS
        | VIEW_VERBS
        | NEWS_ARRIVED
        | {"дать", "давать", "обратить", "обращать"},
        VERB_CLAUSE,
        2,
        ROLES,
        accept=_not_a_ruling,
    ),
    _statement("statement.by-position", DASHES, BY_POSITION, 6, ROLES),
    _statement(
        "statement.name-colon",
        {":"},
        NAME_COLON,
        4,
        {
            "speaker": NamedBeforeColon(),
            "content": QuoteAfterColon(),
            "speech": Fixed("direct"),
            "modality": Fixed("asserted"),
        },
        head="last",
        accept=_no_verb_before,
    ),
    _statement(
        "statement.according-to",
        {"слово", "согласно", *SOURCE_WORDS, *FORECAST_WORDS, *REPORT_WORDS},
        ACCORDING_TO,
        3,
        {**ROLES, "modality": Fixed("asserted")},
        head="first",
        accept=_set_off,
    ),
)
