"""Word lists (lemmas) the building blocks share. Lower case, ё written as е.

Six lists may grow with the words packs contribute through the ``eventkit_lexicons`` hook
(``EXTENSIBLE``). Those words belong to the Extractor that loaded the packs: it holds a
``Lexicons`` value (the base words plus its packs' words) and makes it current while it
works (``using_lexicons``). ``TITLE_NOUNS`` and the other extensible names are ``Words``
views that read the current lexicons whenever they are asked, so a building block that
reads them when it runs sees the words of the Extractor that runs it; with no Extractor
running they hold the base words."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar, cast

from attrs import evolve, field, frozen

T = TypeVar("T")
S = TypeVar("S")

# Heads of a position or role: "президент", "глава МИД", "официальный представитель".
_TITLE_NOUNS = frozenset(
    """
    президент вице-президент экс-президент премьер премьер-министр министр замминистра
    глава замглавы председатель зампред сопредседатель вице-премьер член руководитель
    директор гендиректор секретарь генсек генеральный госсекретарь посол представитель
    полпред постпред спикер лидер заместитель советник помощник губернатор мэр канцлер
    король королева принц принцесса царь шейх эмир султан монарх патриарх митрополит
    папа аятолла депутат сенатор конгрессмен командующий главнокомандующий начальник
    прокурор генпрокурор судья пресс-секретарь пресс-атташе глава-министр основатель
    владелец совладелец управляющий уполномоченный омбудсмен мэр вице-мэр сотрудник
    атаман генерал адмирал полковник маршал министр-президент казначей дипломат
    журналист корреспондент эксперт аналитик экономист ученый профессор академик актер
    актриса певец певица режиссер писатель поэт тренер футболист спортсмен игрок капитан
    адвокат юрист следователь глава-администратор преемник фронтмен вокалист солист
    обозреватель комментатор координатор менеджер генменеджер пресс-агент агент
    организатор активист правозащитник
    продюсер председательница ректор проректор декан министр-президент генконсул консул
    атташе наместник префект вице-губернатор председательствующий канцлер
    спецпредставитель спецпосланник посланник
    """.split()
)

# Titles that take a person in the genitive: "пресс-агент Гибсона" is the agent, not Гибсон.
# Kin words take a name in apposition more often than in the genitive: "его дочь Шэрон".
KIN_WORDS = frozenset(
    "мать отец жена муж сын дочь брат сестра супруга супруг вдова внук внучка дед бабушка".split()
)
# Kinds of place a name follows ("провинции Синд", "мэр города Лудвиг"): the name after
# one of them is the place's, not a person's.
PLACE_KIND_NOUNS = frozenset(
    """
    город село деревня посёлок поселок провинция штат область округ район регион графство
    остров департамент префектура губерния волость кантон коммуна муниципалитет
    """.split()
)
# Kinds of named things that are neither places nor people ("праздника Песах", "урагана
# Катрина"): the name after one of them is the thing's, even a first name's.
NAMED_THING_KINDS = frozenset(
    """
    праздник ураган тайфун циклон шторм торнадо вулкан
    """.split()
)
RELATIONAL_TITLES = (
    frozenset(
        """
        представитель пресс-секретарь пресс-агент агент адвокат помощник советник защитник
        наследник
        """.split()
    )
    | KIN_WORDS
)

# Nouns heading an organization mention: "пресс-служба Кремля", "министерство обороны";
# places with a staff that speaks for them ("в клинике сообщили").
_ORG_NOUNS = frozenset(
    """
    власть
    министерство ведомство правительство администрация пресс-служба служба агентство
    компания корпорация концерн холдинг банк фонд партия движение комитет комиссия совет
    парламент сенат конгресс дума госдума кабинет департамент управление прокуратура
    полиция милиция суд трибунал армия войско штаб посольство консульство делегация
    миссия организация союз ассоциация федерация объединение группа университет институт
    академия издание газета журнал телеканал радиостанция редакция портал сайт сми мид
    минобороны минфин минздрав кремль оппозиция руководство командование
    представительство профсоюз клуб театр музей генпрокуратура следственный
    фракция блок альянс коалиция нато оон следствие орган оркестр ансамбль
    обвинение пресса издательство канал телеграм-канал секретариат масс-медиа медиа
    телевидение телекомпания телерадиокомпания информагентство
    палата мэрия регулятор синод группировка кабмин церковь епархия митрополия патриархия
    семья пара команда защита
    больница клиника госпиталь поликлиника школа лицей колледж
    """.split()
)
# "Дом" is an institution only after the adjective of its kind ("в аукционном доме
# сообщили", "издательский дом «Пресса»"); "дом соседа", "в новом доме" are buildings.
HOUSE_KINDS = frozenset("аукционный издательский торговый модный детский".split())
HOUSE_NOUN = "дом"

# Words that are capitalized at the start of a sentence but never start a name.
# ("ли" is not here: the particle never opens a sentence, and "Ли" is a surname, "Ли Цян".)
NON_NAME_CAPITALIZED = frozenset(
    """
    в во на по с со к ко у о об от до из за для при без над под про через после перед и
    а но или да же не ни как так что это этот эта эти тот та те он она оно они мы вы
    я ты его ее их им ей нем ней кто где когда тогда теперь сегодня вчера завтра также
    кроме однако поэтому кстати впрочем между около среди вместе по-прежнему господин
    госпожа г-н г-жа глава хотя если пока чтобы ведь вот лишь только даже уже ещё еще
    """.split()
)

# "стороны", "обе стороны": the parties of the meeting the text is about.
PARTY_WORDS = frozenset({"сторона"})

# Lemmas of words that make an event planned, negated or hypothetical.
PLANNED_MARKERS = frozenset(
    """
    планировать намереваться собираться намечать готовиться предстоять должный ожидаться
    договориться запланировать наметить пообещать обещать рассчитывать хотеть решить
    надеяться предполагать предложить призвать намеренный намерен
    """.split()
)
HYPOTHETICAL_MARKERS = frozenset(
    ["мочь", "бы", "если", "возможно", "возможный", "вероятно", "может"]
)

# Speech: verbs that report what someone said, and the nouns their readings look for
# (eventkit.grammar.speech).
SPEECH_VERBS = frozenset(
    """
    заявить заявлять сообщить сообщать сказать говорить отметить отмечать подчеркнуть
    подчеркивать добавить добавлять пояснить пояснять указать указывать уточнить
    уточнять напомнить напоминать рассказать рассказывать признать признавать признаться
    предупредить предупреждать призвать призывать пообещать обещать объявить объявлять
    заверить заверять констатировать ответить отвечать написать подтвердить подтверждать
    заметить замечать высказаться прокомментировать пожаловаться сообщиться говориться
    отрицать опровергнуть настаивать уверять утверждать передать выразить пояснять возразить
    поясниться поясняться отмечаться сообщаться уточняться подчеркиваться признаваться
    назвать называть обвинить обвинять осудить осуждать потребовать требовать рекомендовать
    предложить предлагать объяснить объяснять цитировать посоветовать жаловаться
    похвастаться посетовать сетовать гарантировать продолжить поделиться обратиться
    писать попросить просить поблагодарить благодарить поздравить пожелать поручить
    приветствовать критиковать раскритиковать повторить упомянуть советовать возражать
    анонсировать проанонсировать отвергнуть провозгласить умолять высказать описывать
    описать отозваться отзываться комментировать опубликовать распространить повелеть велеть
    распорядиться извиниться извиняться упрекнуть упрекать
    """.split()
)
# Verbs whose direct object is what was said ("назвал шаг эскалацией", "осудили Лопес").
_OBJECT_CONTENT_VERBS = frozenset(
    """
    назвать называть обвинить обвинять осудить осуждать рекомендовать
    предложить предлагать подтвердить подтверждать опровергнуть отрицать объяснить объяснять
    пообещать обещать призвать призывать посоветовать советовать попросить просить
    поблагодарить благодарить поздравить пожелать поручить приветствовать критиковать
    раскритиковать отвергнуть анонсировать проанонсировать провозгласить умолять повторить
    упомянуть потребовать требовать описывать описать выразить высказать подчеркнуть
    подчеркивать прокомментировать комментировать повелеть велеть распорядиться признать
    признавать извиниться извиняться упрекнуть упрекать
    """.split()
)
# "выразил уверенность, что" — the verb needs one of these nouns to report speech.
# "выразила неудовольствие", "выразил пожелание, чтобы …": displeasure and wishes too;
# "выразила готовность работать с ним": a readiness declared, its infinitive what was said.
_EXPRESS_NOUNS = frozenset(
    """
    уверенность надежда мнение сожаление обеспокоенность озабоченность признательность
    благодарность соболезнование поддержка несогласие протест сомнение
    пожелание недовольство неудовольствие возмущение разочарование тревога удовлетворение
    готовность
    """.split()
)
_SOURCE_NOUNS = frozenset(
    {"заявление", "сообщение", "пресс-релиз", "документ", "коммюнике", "письмо"}
)

# "обратился к правительству с просьбой вернуть …": the request is what was said.
REQUEST_NOUNS = frozenset("просьба предложение призыв требование".split())
# Orders given in words, "дал распоряжение возобновить …", "дал правительству указание
# подготовить …": "дать" with one of them says what the verb of ordering says.
ORDER_NOUNS = frozenset("поручение указание распоряжение".split())
# "по данным X", "по информации X": the source's words.
SOURCE_WORDS = frozenset("данные информация сообщение оценка версия заявление утверждение".split())

# A capital that meets, speaks or agrees stands for its state ("Москва и Киев договорились").
# Capitals that are mostly seats of unions or venues (Брюссель, Женева) are left out.
CAPITAL_STATES = {
    "Москва": "Россия", "Киев": "Украина", "Минск": "Белоруссия", "Вашингтон": "США",
    "Пекин": "Китай", "Лондон": "Великобритания", "Париж": "Франция", "Берлин": "Германия",
    "Токио": "Япония", "Тегеран": "Иран", "Анкара": "Турция", "Астана": "Казахстан",
    "Нур-Султан": "Казахстан", "Ташкент": "Узбекистан", "Бишкек": "Киргизия",
    "Душанбе": "Таджикистан", "Ашхабад": "Туркмения", "Баку": "Азербайджан",
    "Ереван": "Армения", "Тбилиси": "Грузия", "Кишинев": "Молдавия", "Кишинёв": "Молдавия",
    "Рига": "Латвия", "Вильнюс": "Литва", "Таллин": "Эстония", "Варшава": "Польша",
    "Рим": "Италия", "Мадрид": "Испания", "Дамаск": "Сирия", "Багдад": "Ирак",
    "Каир": "Египет", "Эр-Рияд": "Саудовская Аравия", "Пхеньян": "КНДР",
    "Сеул": "Южная Корея", "Нью-Дели": "Индия", "Исламабад": "Пакистан",
    "Кабул": "Афганистан", "Гавана": "Куба", "Каракас": "Венесуэла", "Оттава": "Канада",
    "Канберра": "Австралия", "Стокгольм": "Швеция", "Осло": "Норвегия",
    "Копенгаген": "Дания", "Вена": "Австрия", "Прага": "Чехия", "Будапешт": "Венгрия",
    "Бухарест": "Румыния", "София": "Болгария", "Белград": "Сербия", "Афины": "Греция",
    "Триполи": "Ливия", "Ханой": "Вьетнам", "Бангкок": "Таиланд", "Джакарта": "Индонезия",
    "Манила": "Филиппины", "Бразилиа": "Бразилия", "Буэнос-Айрес": "Аргентина",
    "Мехико": "Мексика",
}  # fmt: skip


# People a description names without naming them: "по словам очевидца" is an unnamed
# witness, not the person the story is about.
_UNNAMED_PEOPLE = frozenset(
    """
    очевидец свидетель информатор источник собеседник прохожий аноним осведомитель
    """.split()
)

# --- the extensible lexicons ------------------------------------------------------------

# The lexicons a pack may extend, by the name the ``eventkit_lexicons`` hook uses.
EXTENSIBLE: tuple[str, ...] = (
    "title_nouns",
    "org_nouns",
    "object_content_verbs",
    "express_nouns",
    "source_nouns",
    "unnamed_people",
)


@frozen
class Lexicons:
    """The extensible word lists as one Extractor's packs made them (an immutable value).

    Equal lexicons are one object (``extended`` returns the shared one), so Extractors
    with the same packs share what is remembered per lexicons (``cached``): the word
    tests' answers and the actor parser, whose answers depend on the words.
    """

    title_nouns: frozenset[str]
    org_nouns: frozenset[str]
    object_content_verbs: frozenset[str]
    express_nouns: frozenset[str]
    source_nouns: frozenset[str]
    unnamed_people: frozenset[str]
    _memo: dict[object, object] = field(factory=dict, init=False, eq=False, repr=False)

    def extended(self, additions: Mapping[str, Iterable[str]]) -> Lexicons:
        """These lexicons with the words of ``additions`` ({lexicon name: lemmas}) added;
        ``self`` when none of them is new."""
        grown: dict[str, frozenset[str]] = {}
        for name, words in additions.items():
            if name not in EXTENSIBLE:
                raise KeyError(f"unknown lexicon {name!r}")
            before = self.words(name)
            after = before.union(normalize_lemma(w) for w in words)
            if after != before:
                grown[name] = after
        if not grown:
            return self
        made = evolve(self, **grown)
        return _INTERNED.setdefault(made, made)

    def words(self, name: str) -> frozenset[str]:
        """The lexicon called ``name`` (one of ``EXTENSIBLE``)."""
        found: frozenset[str] = getattr(self, name)
        return found

    def cached(self, key: object, build: Callable[[], T]) -> T:
        """What ``build`` makes, made once for these lexicons and ``key``."""
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = build()
        return cast(T, found)


BASE_LEXICONS = Lexicons(
    title_nouns=_TITLE_NOUNS,
    org_nouns=_ORG_NOUNS,
    object_content_verbs=_OBJECT_CONTENT_VERBS,
    express_nouns=_EXPRESS_NOUNS,
    source_nouns=_SOURCE_NOUNS,
    unnamed_people=_UNNAMED_PEOPLE,
)
_INTERNED: dict[Lexicons, Lexicons] = {BASE_LEXICONS: BASE_LEXICONS}

# The lexicons of the Extractor at work in this thread or task (the base ones elsewhere).
CURRENT_LEXICONS: ContextVar[Lexicons] = ContextVar("eventkit_lexicons", default=BASE_LEXICONS)


def current_lexicons() -> Lexicons:
    return CURRENT_LEXICONS.get()


@contextmanager
def using_lexicons(lexicons: Lexicons) -> Iterator[Lexicons]:
    """Make ``lexicons`` current for the block (an Extractor's ``extract``, ``explain``)."""
    token = CURRENT_LEXICONS.set(lexicons)
    try:
        yield lexicons
    finally:
        CURRENT_LEXICONS.reset(token)


class Words(AbstractSet[str]):
    """One extensible lexicon of the current lexicons, read anew at every question.

    ``lemmas(token) & TITLE_NOUNS``, ``word in ORG_NOUNS`` and ``KIN_WORDS | TITLE_NOUNS``
    answer with the words of the Extractor at work; set operations return frozensets.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def words(self) -> frozenset[str]:
        found: frozenset[str] = getattr(CURRENT_LEXICONS.get(), self.name)
        return found

    def __contains__(self, word: object) -> bool:
        found: frozenset[str] = getattr(CURRENT_LEXICONS.get(), self.name)
        return word in found

    def __iter__(self) -> Iterator[str]:
        return iter(self.words())

    def __len__(self) -> int:
        return len(self.words())

    def __repr__(self) -> str:
        return f"Words({self.name!r})"

    @classmethod
    def _from_iterable(cls, it: Iterable[S]) -> frozenset[S]:
        return frozenset(it)  # what the other set operations of ``AbstractSet`` return

    # ``frozenset & Words`` falls to ``__rand__``: the fast paths of the common operations.
    def __and__(self, other: AbstractSet[object]) -> frozenset[str]:
        found: frozenset[str] = getattr(CURRENT_LEXICONS.get(), self.name)
        return found & (other.words() if isinstance(other, Words) else other)

    __rand__ = __and__

    def __or__(self, other: AbstractSet[T]) -> frozenset[str | T]:
        found: frozenset[str] = getattr(CURRENT_LEXICONS.get(), self.name)
        return found | (other.words() if isinstance(other, Words) else other)

    __ror__ = __or__


TITLE_NOUNS = Words("title_nouns")
ORG_NOUNS = Words("org_nouns")
OBJECT_CONTENT_VERBS = Words("object_content_verbs")
EXPRESS_NOUNS = Words("express_nouns")
SOURCE_NOUNS = Words("source_nouns")
UNNAMED_PEOPLE = Words("unnamed_people")


def normalize_lemma(word: str) -> str:
    return word.strip().lower().replace("ё", "е")


# Verbs by which someone issues a document: their passive participle after a document noun
# gives its author ("в заявлении, опубликованном министерством").
ISSUING_VERBS = frozenset(
    """
    подписать подписывать издать издавать опубликовать публиковать обнародовать выпустить
    выпускать направить направлять отправить отправлять утвердить утверждать написать
    распространить распространять разослать рассылать
    """.split()
)
