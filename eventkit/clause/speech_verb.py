"""A speech verb in its sentence (``SpeechVerb``) and what one reading of the words around
it finds (``Reading``): the objects the speech readings pass around."""

from __future__ import annotations

from attrs import define

from eventkit.clause.predicate import Predicate
from eventkit.grammar.mention import Mention
from eventkit.text.analysis import Sentence
from eventkit.text.protocols import Token, Tokens

# Verbs of wire copy that report what a source said, beyond the common speech verbs
# (``SPEECH_VERBS``): "…, передает Reuters", "проинформировала Белый дом, что …",
# "эксперты предсказывали, что …", "в МВД заключили, что …", "предположил, что …",
# "охарактеризовал его как …", "не исключил, что …", "выражал надежду, что …",
# "спросил у неё: «…»", "спрашивает, когда …".
REPORT_VERBS = frozenset(
    """
    спросить спрашивать
    передавать информировать проинформировать известить извещать уведомить уведомлять
    намекнуть намекать предсказать предсказывать предречь предрекать прогнозировать
    спрогнозировать иронизировать заключить заключать предположить предполагать
    охарактеризовать характеризовать исключить исключать выражать высказывать
    утверждаться указываться приводиться постановить постановлять упрашивать
    мотивировать обосновать обосновывать упирать
    допустить допускать окрестить квалифицировать резюмировать подытожить
    процитировать вопрошать вспомнить вспоминать крикнуть кричать воскликнуть
    отшутиться отшучиваться
    прочить муссировать связать связывать оценить оценивать
    угрожать пригрозить
    """.split()
)
# Of these, the ones whose direct object is what was said, as with the common ones
# (``OBJECT_CONTENT_VERBS``): "охарактеризовал его как сильного стратега".
# "не исключил отставки министра": what is not ruled out is the object.
# "суд постановил держать его под арестом", "упрашивал спортсмена остановить бой".
# "выражают протест против …": what is expressed, as with "выразил" (its noun is required).
# "спрогнозировали новые увольнения": what is forecast is what was said.
# "газеты окрестили его «железным»", "квалифицировали инцидент как теракт": the name or
# the legal reading given is what was said.
REPORT_OBJECT_VERBS = frozenset(
    """
    охарактеризовать характеризовать исключить исключать постановить постановлять
    упрашивать выражать высказывать прогнозировать спрогнозировать предсказать
    предсказывать окрестить квалифицировать прочить муссировать связать связывать оценить
    оценивать
    """.split()
)
# Of these, the ones that report speech only with a "что"-clause after them ("заключили
# контракт" is a deal, "передал письмо" a handing over): "заключили, что …".
# "исключили из партии" is an expulsion: "не исключил, что …" a statement.
# Giving a reason says it only as "мотивировал тем, что …", "упирая на то, что …"
# ("мотивировал сотрудников премией" is no statement).
# "допустил, что налог повысят" is said; "допустил ошибку" is not.
# "пригрозил, что уйдёт", "угрожая, что снимки опубликуют" say the threat; "угрожает
# жизни", "пригрозил санкциями" (the news pack's own row) do not here.
REPORT_VERBS_WITH_CLAUSE = frozenset(
    """
    заключить заключать исключить исключать мотивировать обосновать обосновывать упирать
    допустить допускать угрожать пригрозить
    """.split()
)
# Of these, the ones that report speech only with the words given: after a colon ("он
# вспоминал: «…»", "крикнул: «…»") or before a dash ("«…», — отшутился он"). "Вспомнил
# о встрече", "кричал от боли", "отшутился" alone say nothing.
REPORT_VERBS_WITH_QUOTE = frozenset(
    """
    вспомнить вспоминать крикнуть кричать воскликнуть отшутиться отшучиваться вопрошать
    """.split()
)

# Of these, the ones that report a view only with what it links the object to, or how it
# rates it: "СМИ связывают отставку с проверкой", "эксперты оценивают решение как уступку"
# ("связали руки", "оценил ущерб в миллион" say nothing).
REPORT_VERBS_WITH_LINK = frozenset("связать связывать".split())
REPORT_VERBS_WITH_AS = frozenset("оценить оценивать".split())
# "прочат его в преемники", "муссировали слухи о том, что …": a post forecast for someone
# and rumours spread are what a source said (REPORT_OBJECT_VERBS).


# Verbs of a view, reported only after what the view is, with the holder after them:
# "Рынки могут пострадать, полагают собеседники издания", "…, считают аналитики". Before
# a "что"-clause ("Власти считают, что …") they say what someone thinks, not what was said.
VIEW_VERBS = frozenset("считать полагать".split())

# "из правительства поступили заявления, что …", "в СМИ появилась информация о том, что
# …": news that arrived speaks for the source the phrase by the verb names (with no such
# phrase there is no speaker, and no statement).
NEWS_ARRIVED_VERBS = frozenset("поступить поступать появиться появляться".split())


@define
class SpeechVerb:
    """A speech verb in its sentence, with what the readings below need to look at."""

    where: Predicate
    at: int  # the verb's token index
    end: int  # the trigger's last token index ("выразил уверенность")
    lemmas: frozenset[str]
    grams: set[str]
    previous: str  # the word before the verb (or before its manner adverbial), lower case
    following: Tokens  # up to 12 tokens after the trigger
    lead: int = 0  # where the verb's clause starts: the verb, or "упавшим голосом" before it

    @property
    def sentence(self) -> Sentence:
        return self.where.sentence

    @property
    def tokens(self) -> list[Token]:
        return list(self.where.sentence.tokens)

    @property
    def text(self) -> str:
        return self.where.text

    def subject(self, **options: bool) -> list[Mention]:
        return self.where.subject(**options)


@define
class Reading:
    """Who said it and what: one way of reading the clause around the verb."""

    speakers: list[Mention]
    content: tuple[int, int] | None
    speech: str = "indirect"
