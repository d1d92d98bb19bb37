"""Speech acts: who said what at a speech verb or a "по словам"-type phrase.

The readings of a speech verb: a "что"-clause or a colon and quote after it, its content
before it ("…, — сказал он"), "как сообщает X, …", "говорится в заявлении X", "цитирует X",
"обратился с просьбой", a direct object that is what was said ("назвал шаг ошибкой"), an
"о"-phrase before the verb ("об этом сообщил суд"). Every pack that reports speech uses them
through the ``Speaker``/``Content`` roles (``eventkit.roles``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attrs import define, evolve

from eventkit.clause.clauses import (
    content_after,
    content_before,
    objects_after,
    verb_agreement,
)
from eventkit.clause.predicate import Predicate
from eventkit.grammar.actors import mentions
from eventkit.grammar.lexicon import (
    OBJECT_CONTENT_VERBS,
    REQUEST_NOUNS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
)
from eventkit.grammar.mention import Mention
from eventkit.grammar.tokens import forms, lemmas
from eventkit.text.morph import get_morph

POSSESSIVES = frozenset({"его", "ее", "её", "их"})
_CONDITIONS = frozenset({"пока", "если", "чтобы", "пусть"})


@define
class SpeechAct:
    """The speakers (the first is the one reported), the content's character span, and
    whether it is a quote ("direct") or a clause ("indirect")."""

    speakers: list[Mention]
    content: tuple[int, int]
    speech: str = "indirect"


@define
class _Verb:
    """A speech verb in its sentence, with what the readings below need to look at."""

    where: Predicate
    at: int  # the verb's token index
    end: int  # the trigger's last token index ("выразил уверенность")
    lemmas: frozenset[str]
    grams: set[str]
    previous: str  # the word before the verb (or before its manner adverbial), lower case
    following: list[Any]  # up to 12 tokens after the trigger
    lead: int = 0  # where the verb's clause starts: the verb, or "упавшим голосом" before it

    @property
    def sentence(self) -> Any:
        return self.where.sentence

    @property
    def tokens(self) -> list[Any]:
        return list(self.where.sentence.tokens)

    @property
    def text(self) -> str:
        return self.where.text

    def subject(self, **options: bool) -> list[Mention]:
        return self.where.subject(**options)


@define
class _Reading:
    """Who said it and what: one way of reading the clause around the verb."""

    speakers: list[Mention]
    content: tuple[int, int] | None
    speech: str = "indirect"


def speech_act(where: Predicate) -> SpeechAct | None:
    """Who said what at the speech verb ``where``; None when the words around it do not
    report speech (no content, no speaker, "так называемый", a gerund framing a verb)."""
    if _first_word(where) in ("по", "согласно", "с", "со"):
        return _according_to(where)
    verb = _verb(where)
    if verb is None:
        return None
    reading = _read(verb)
    if reading is None or reading.content is None:
        return None
    content = reading.content
    speakers = reading.speakers
    if not speakers or _overlap(speakers[0], content):
        # "Президент подписал закон, сообщается на сайте Кремля": the subject found is
        # the content's own; the source is the phrase by the verb.
        speakers = _impersonal_source(where, verb.at)
    if not speakers or _overlap(speakers[0], content):
        return None
    return SpeechAct(speakers, _strip_quotes(where.text, content), reading.speech)


def _overlap(speaker: Mention, content: tuple[int, int]) -> bool:
    return speaker.start <= content[0] < speaker.end or content[0] <= speaker.start < content[1]


def _first_word(where: Predicate) -> str:
    return str(where.sentence.tokens[where.at].value).lower()


def _verb(where: Predicate) -> _Verb | None:
    """The speech verb of a match, or None when the word cannot report speech here."""
    tokens = where.sentence.tokens
    at, end = where.at, where.end
    found = lemmas(tokens[at])
    grams = _verb_grams(tokens[at])
    lead = _manner_before(tokens, at)
    previous = tokens[lead - 1].value.lower() if lead else ""
    following = list(tokens[end + 1 : end + 13])
    if found & {"дать", "давать"}:
        found = found | {"дать понять"}
    if found & {"выразить", "высказать"} and at == end:
        return None  # "выразил" needs its noun: "выразил уверенность"
    if not grams & {"VERB", "GRND", "INFN"} or grams & {"1per", "2per"}:
        return None  # "так называемый", "осужденных"; "я призываю" is a quoted speaker
    if "INFN" in grams and not _infinitive_governed(tokens, at):
        return None  # "можно назвать", "с просьбой передать": nobody said anything yet
    if "GRND" in grams and (
        _finite_speech_verb_after(tokens, end)
        or not (
            _introduces_content(following)
            or "INFN" in _next_grams(tokens, end)
            # "…, назвав их «пугалками»": the gerund's object is what was said
            or (found & OBJECT_CONTENT_VERBS and previous == ",")
        )
    ):
        return None  # "говоря о геноциде, отметил": the gerund only frames the statement
    if previous == "совместно":
        return None  # "совместно объявили о …" is a joint declaration (Agreement rules)
    if {t.value.lower() for t in tokens[max(0, at - 4) : at]} & _CONDITIONS:
        return None  # "пока Турция не признает …": a condition, not a report
    if previous in ("что", "который", "которое", "которая", "которые"):
        return None  # "…, что напоминает поведение": a relative clause, not a speech act
    return _Verb(where, at, end, found, grams, previous, following, lead)


def _manner_before(tokens: Sequence[Any], at: int) -> int:
    """Where a manner adverbial between a dash and the verb starts ("«…», — упавшим голосом
    сказала она", "— тихо добавил он"); ``at`` when there is none."""
    i = at
    while i > 0 and at - i < 3 and _manner_word(tokens[i - 1]):
        i -= 1
    return i if i < at and i > 0 and tokens[i - 1].value in ("—", "–", "-") else at


def _manner_word(token: Any) -> bool:
    found = forms(token)
    if not found or found[0].grams.values & {"Name", "Surn", "Patr", "NPRO"}:
        return False
    grams = found[0].grams.values
    return "ADVB" in grams or ("ablt" in grams and bool(grams & {"NOUN", "ADJF"}))


def _read(verb: _Verb) -> _Reading | None:
    """The first reading that fits the words around the verb."""
    for reading in (
        _as_source,
        _as_document_says,
        _as_citation,
        _as_request,
        _with_content_after,
        _after_its_content,
        _after_previous_quote,
        _object_before,
        _with_object_content,
        _about_before_verb,
    ):
        found = reading(verb)
        if found is not None:
            return found
    return None


def _as_source(verb: _Verb) -> _Reading | None:
    """ "как сообщает агентство, …": the speaker follows the verb, the content the comma."""
    if verb.previous != "как":
        return None
    # "как сообщил X, …"; "как сообщается на сайте Кремля, …"; an impersonal "как
    # сообщалось ранее" has no subject to look for, only a source phrase
    impersonal = any(lemma.endswith(("ся", "сь")) for lemma in verb.lemmas)
    speakers = [] if impersonal else verb.subject(prefer_after=True)
    speakers = speakers or _impersonal_source(verb.where, verb.at)
    content = None
    if speakers:
        tokens = verb.tokens
        after = max(m.last_token for m in speakers)
        comma = next((i for i in range(after + 1, len(tokens)) if tokens[i].value == ","), None)
        if comma is not None:
            content = content_after(verb.sentence, comma)
        elif verb.at >= 2 and tokens[verb.at - 2].value == ",":
            # "…, как заметил менеджер Кирилл Фастовский.": the clause before.
            content = content_before(verb.sentence, verb.at - 1)
    return _Reading(speakers, content)


def _as_document_says(verb: _Verb) -> _Reading | None:
    """ "«…», — говорится в заявлении МЧС"."""
    if "говориться" not in verb.lemmas or verb.previous not in (",", "—", "–", "-"):
        return None
    quote = _quote_before(verb)
    if quote is None:
        return None  # "В заявлении X говорится, что …": the clause after (other readings)
    return _Reading(_source_after(verb.where, verb.end), quote, "direct")


def _as_citation(verb: _Verb) -> _Reading | None:
    """ "«…», — цитирует Фастовского «Советский спорт»": the quoted person speaks."""
    if "цитировать" not in verb.lemmas:
        return None
    found = mentions(verb.sentence, verb.text)
    # "цитирует Фастовского", "цитирует слова Армстронга"
    words = (
        2
        if verb.tokens[verb.end + 1 : verb.end + 2]
        and verb.tokens[verb.end + 1].value.lower() in ("слова", "заявление")
        else 1
    )
    quoted = [m for m in found if m.first_token == verb.end + words][:1]
    return _Reading(quoted, _quote_before(verb), "direct")


def _as_request(verb: _Verb) -> _Reading | None:
    """ "Киев обратился к Москве с просьбой передать пленных"."""
    if "обратиться" not in verb.lemmas:
        return None
    tokens = verb.tokens
    for i in range(verb.end + 1, min(len(tokens) - 1, verb.end + 10)):
        if tokens[i].value.lower() == "с" and lemmas(tokens[i + 1]) & REQUEST_NOUNS:
            content = content_after(verb.sentence, i + 1)
            return _Reading(verb.subject(allow_after=False), content)
        if tokens[i].value in (".", ";"):
            break
    return None


def _with_content_after(verb: _Verb) -> _Reading | None:
    """ "заявил, что …", "заявил во вторник о том, что …", "сказал: «…»"."""
    if not _introduces_content(verb.following):
        return None
    tokens = verb.tokens
    start = _content_start(tokens, verb.end)
    content = content_after(verb.sentence, start) if start is not None else None
    colon = start is not None and tokens[start].value == ":"
    if content is None and colon:
        content = _quote_in_next_sentences(verb.where)
    if content is None:
        return _Reading([], None)  # no content: no need to look for a speaker
    quoted = verb.text[content[0]] in '«"„'
    return _Reading(verb.subject(), content, "direct" if quoted or colon else "indirect")


def _after_its_content(verb: _Verb) -> _Reading | None:
    """ "…, сказал Ян Цзечи", "«…», — заявила судья"."""
    if verb.previous not in (",", "—", "–", "-") or verb.at < 2 or "GRND" in verb.grams:
        return None
    speech = "direct" if _quoted_before(verb.tokens, verb.lead) else "indirect"
    content = _quote_before(verb)
    if content is None:
        return _Reading([], None)
    return _Reading(verb.subject(prefer_after=True), content, speech)


def _after_previous_quote(verb: _Verb) -> _Reading | None:
    """ "«…» / — продолжил он.": the quote is the sentence before."""
    if verb.previous not in ("—", "–", "-") or verb.at > 1:
        return None
    return _Reading(verb.subject(prefer_after=True), _previous_quote(verb.where), "direct")


def _with_object_content(verb: _Verb) -> _Reading | None:
    """ "назвал освобождение … вопросом недель", "призвал стороны прекратить огонь": what
    follows the verb is the content, so the speaker must come before it."""
    if not (verb.lemmas & OBJECT_CONTENT_VERBS or _infinitive_follows(verb.tokens, verb.end)):
        return None
    if content_after(verb.sentence, verb.end) is None:
        return _Reading([], None)  # nothing after the verb: no need to look for a speaker
    speakers = verb.subject(allow_after=False)
    start = verb.end
    inverted = [m for m in speakers if m.first_token == verb.end + 1]
    if inverted:
        start = inverted[-1].last_token
    content = content_after(verb.sentence, start)
    if content is not None:
        content = _until_next_clause(verb.tokens, start, content)
    return _Reading(speakers, content)


def _until_next_clause(tokens: list[Any], start: int, content: tuple[int, int]) -> tuple[int, int]:
    """An object's content ends where another verb's clause begins: at "и"/"а"/"но" or a
    comma before a finite verb or a gerund ("подтвердил рост цен и добавил …",
    "отверг обвинения, назвав их …")."""
    depth = 0
    for i in range(start + 1, len(tokens) - 1):
        value = tokens[i].value
        depth += 1 if value in QUOTES_OPEN_SET else -1 if value in QUOTES_CLOSE_SET else 0
        if depth > 0 or value not in (",", "и", "а", "но") or tokens[i].span.start <= content[0]:
            continue
        following = forms(tokens[i + 1])
        if following and following[0].grams.values & {"VERB", "GRND"}:
            previous = tokens[i - 1]
            return content[0], max(content[0] + 1, previous.span.stop)
    return content


QUOTES_OPEN_SET = frozenset("«„")
QUOTES_CLOSE_SET = frozenset("»“")


def _object_before(verb: _Verb) -> _Reading | None:
    """ "Информацию подтвердил адвокат Сергей Воронин", "Эту информацию подтвердили в
    ГУВД": a direct object opening the sentence is what was said; the speaker follows."""
    tokens = verb.tokens
    phrase = tokens[: verb.at]
    if not phrase or len(phrase) > 4:
        return None
    head = forms(phrase[-1])
    if not head or (
        not {"NOUN", "accs"} <= head[0].grams.values
        and not any({"NOUN", "accs"} <= f.grams.values for f in head)
    ):
        return None
    if not all(_adjective_like(t) or t.value.lower() in _DEMONSTRATIVES for t in phrase[:-1]):
        return None
    content = (phrase[0].span.start, phrase[-1].span.stop)
    if any("nomn" in f.grams.values for f in head):
        # "Канадские власти обвиняли …", "США назвали …": a phrase that can be the subject
        # is one, unless the verb names its source ("Данные подтвердили в полиции").
        source = _impersonal_source(verb.where, verb.at)
        return _Reading(source, content) if source else None
    speakers = verb.subject(prefer_after=True)
    return _Reading([m for m in speakers if m.first_token > verb.at], content)


_DEMONSTRATIVES = frozenset("эту эти данную данные такую такие ту та".split())


def _about_before_verb(verb: _Verb) -> _Reading | None:
    """ "о намерении поддержать договор заявили восемь сенаторов", "Об этом сообщил суд"."""
    tokens = verb.tokens
    about = _about_before(tokens, verb.at)
    if about is None:
        return None
    speakers = verb.subject(prefer_after=True)
    content = (tokens[about].span.start, tokens[verb.at - 1].span.stop)
    if speakers and about < speakers[0].first_token < verb.at:
        # "Об этом Юханссон заявил": the content ends before the speaker.
        content = (tokens[about].span.start, tokens[speakers[0].first_token - 1].span.stop)
    if tokens[about + 1].value.lower() in ("чем", "чём") and about > 1:
        # "…, о чём сообщила «Фонтанка»": what the clause before the comma says.
        body = [t for t in tokens[: about - 1] if t.value not in ("—", "-")]
        if body:
            content = (body[0].span.start, body[-1].span.stop)
    elif tokens[about + 1].value.lower() in ("этом", "том") and verb.sentence.index > 0:
        # "Об этом сообщил суд": what was said is the sentence before.
        earlier = verb.where.document.sentences[verb.sentence.index - 1]
        content = _sentence_body(earlier) or content
    return _Reading(speakers, content)


def _about_before(tokens: list[Any], verb_at: int) -> int | None:
    """Index of an "о/об" phrase right before the verb, with no clause break between."""
    for i in range(verb_at - 1, max(-1, verb_at - 9), -1):
        value = tokens[i].value.lower()
        if value in (",", ".", ";", "—", "»", ":"):
            return None
        if value in ("о", "об", "обо"):
            return i
    return None


def _quote_before(verb: _Verb) -> tuple[int, int] | None:
    content = _quote_started_earlier(verb.where, verb.lead) or content_before(
        verb.sentence, verb.lead
    )
    if content is not None and verb.sentence.index > 0:
        words = verb.text[content[0] : content[1]].lower().split()
        if words[:2] in (["об", "этом"], ["о", "том"]):
            # "Об этом во вторник, 20 августа, сообщили СМИ": the sentence before.
            earlier = verb.where.document.sentences[verb.sentence.index - 1]
            return _sentence_body(earlier) or content
    return content


def _sentence_body(sentence: Any) -> tuple[int, int] | None:
    tokens = list(sentence.tokens)
    while tokens and tokens[-1].value in (".", "!", "?", "…", ":", ";"):
        tokens = tokens[:-1]
    if len(tokens) < 2:
        return None
    return tokens[0].span.start, tokens[-1].span.stop


def _quote_started_earlier(where: Predicate, verb_at: int) -> tuple[int, int] | None:
    """ "…», — заявил он." closing a quote that opened sentences ago: the whole quote."""
    tokens = where.sentence.tokens[:verb_at]
    values = [t.value for t in tokens]
    if "»" not in values or "«" in values[: values.index("»")]:
        return None
    close = tokens[values.index("»")].span.start
    text = where.text
    opening = text.rfind("«", max(0, where.sentence.start - 3000), where.sentence.start)
    if opening < 0 or "»" in text[opening : where.sentence.start]:
        return None
    return opening + 1, close


def _previous_quote(where: Predicate) -> tuple[int, int] | None:
    if where.sentence.index == 0:
        return None
    before = where.document.sentences[where.sentence.index - 1]
    tokens = [t for t in before.tokens if t.value not in ("—", "–", "-", ",")]
    while tokens and tokens[-1].value in ("»", '"', "“", ".", "!", "?", "…"):
        tokens = tokens[:-1]
    while tokens and tokens[0].value in ("«", '"', "„"):
        tokens = tokens[1:]
    if len(tokens) < 2:
        return None
    return tokens[0].span.start, tokens[-1].span.stop


# Words that make an infinitive speech verb a statement of their subject:
# "решил заявить", "намерен сообщить", "считает нужным отметить", "хочу сказать".
_INFINITIVE_GOVERNORS = frozenset(
    "решить намереваться намерен хотеть счесть считать нужный необходимый поспешить "
    "попросить попытаться пытаться стать начать успеть".split()
)


def _infinitive_governed(tokens: list[Any], index: int) -> bool:
    return any(lemmas(t) & _INFINITIVE_GOVERNORS for t in tokens[max(0, index - 3) : index])


def _finite_speech_verb_after(tokens: list[Any], index: int) -> bool:
    for token in tokens[index + 1 :]:
        found = getattr(token, "forms", None) or []
        if found and "VERB" in found[0].grams.values and lemmas(token) & SPEECH_VERBS:
            return True
    return False


def _verb_grams(token: Any) -> set[str]:
    """Grammemes of the token's first verbal reading (finite, gerund, infinitive,
    participle); empty when it has none."""
    for f in getattr(token, "forms", None) or []:
        if f.grams.values & {"VERB", "GRND", "INFN", "PRTF", "PRTS"}:
            return set(f.grams.values)
    return set()


def _next_grams(tokens: list[Any], index: int) -> set[str]:
    found: set[str] = set()
    for token in tokens[index + 1 : index + 3]:
        for f in getattr(token, "forms", None) or []:
            found |= set(f.grams.values)
    return found


def _infinitive_follows(tokens: list[Any], index: int) -> bool:
    """ "пообещал вернуть", "призвал власти отказаться": an infinitive within two words."""
    for token in tokens[index + 1 : index + 4]:
        if token.value in (".", ",", ";"):
            return False
        if any("INFN" in f.grams.values for f in getattr(token, "forms", None) or []):
            return True
    return False


def _impersonal_source(where: Predicate, verb_at: int) -> list[Mention]:
    """A verb with no subject names its source in a phrase: "в полиции объяснили",
    "заявили в МИД", "сообщается на сайте Верховной Рады", "в заявлении Ватикана
    говорится": a plural or impersonal ("-ся") verb, and the organization or state in the
    "в/на/из" phrase next to it (or owning the document it names) is the speaker."""
    sentence = where.sentence
    tokens = sentence.tokens
    number, _ = verb_agreement(tokens[verb_at])
    impersonal = any(lemma.endswith(("ся", "сь")) for lemma in lemmas(tokens[verb_at]))
    if number != "plur" and not impersonal:
        return []
    reach = 6 if impersonal else 3
    for mention in sorted(
        mentions(sentence, where.text), key=lambda m: abs(m.first_token - verb_at)
    ):
        if mention.kind == "PER" or abs(mention.first_token - verb_at) > reach:
            continue
        low, high = sorted((mention.last_token, verb_at))
        if any(t.value in (",", ";", ":", "«", "»") for t in tokens[low + 1 : high]):
            continue
        if _in_source_phrase(tokens, mention.first_token):
            return [mention]
    return []


# Where a text is published: "на сайте", "в Twitter", "в заявлении", "в указе".
_PUBLISHED_IN = frozenset(
    "сайт страница блог микроблог указ публикация обращение телеобращение эфир".split()
)


def _in_source_phrase(tokens: Any, first: int) -> bool:
    """The mention at ``first`` follows "в/во/на/из" (across adjectives), or a document
    noun that does ("в заявлении Ватикана")."""
    i = first - 1
    while i >= 0 and _adjective_like(tokens[i]):
        i -= 1
    if i >= 0 and lemmas(tokens[i]) & (_PUBLISHED_IN | SOURCE_NOUNS):
        i -= 1
        while i >= 0 and _adjective_like(tokens[i]):
            i -= 1
    return i >= 0 and tokens[i].value.lower() in ("в", "во", "на", "из")


def _adjective_like(token: Any) -> bool:
    found = getattr(token, "forms", None) or []
    return bool(found) and bool(found[0].grams.values & {"ADJF", "PRTF"})


def _quote_in_next_sentences(where: Predicate) -> tuple[int, int] | None:
    """ "Он написал:" closing a sentence: the quote is the next sentence(s), up to the
    closing quotation mark when one opens it."""
    following = where.document.sentences[where.sentence.index + 1 : where.sentence.index + 6]
    if not following:
        return None
    text = where.text
    start = following[0].start
    if text[start] in '«"„“':
        close = text.find("»" if text[start] == "«" else text[start], start + 1)
        limit = following[-1].end
        if 0 < close <= limit:
            return start + 1, close
    end = following[0].end
    while end > start and text[end - 1] in ".!?…":
        end -= 1
    return (start, end) if end > start else None


def _according_to(where: Predicate) -> SpeechAct | None:
    """ "по словам X, …", "согласно заявлению X, …", "по данным X …"."""
    sentence, text = where.sentence, where.text
    tokens = sentence.tokens
    first, last = where.at, where.end
    found = mentions(sentence, text)
    speaker: Mention | None = None
    owner = next(
        (i for i in range(first + 1, last) if tokens[i].value.lower() in POSSESSIVES), None
    )
    if owner is not None:
        # "по его словам", "по их информации": the pronoun is the speaker
        speaker = next((m for m in found if m.first_token == owner), None)
    else:
        # "по словам самого Лукашенко": an emphatic pronoun may stand before the name.
        skip = 1 if tokens[last + 1 : last + 2] and lemmas(tokens[last + 1]) & {"сам"} else 0
        speaker = next((m for m in found if m.first_token == last + 1 + skip), None)
    if speaker is None:
        return None
    if speaker.kind == "ORG" and speaker.first_token == speaker.last_token == last + 1:
        # "по версии обвинения": the source is in the genitive, not a plural.
        word = tokens[speaker.first_token].value
        speaker = evolve(speaker, name=get_morph().phrase_nominative([word], 0, case="gent")[0])
    after = max(last, speaker.last_token)
    comma = next((i for i in range(after + 1, len(tokens)) if tokens[i].value == ","), None)
    if comma is not None and comma == after + 1:
        content = content_after(sentence, comma)
    elif first > 0:
        content = content_before(sentence, first)
    elif after + 2 < len(tokens):
        # "По словам очевидцев пешеходы стояли …": no comma, the clause follows at once.
        content = content_after(sentence, after)
    else:
        content = None
    if content is None:
        return None
    return SpeechAct([speaker], content, "indirect")


def _introduces_content(following: list[Any]) -> bool:
    return _content_start_in(following) is not None


def _content_start_in(following: list[Any]) -> int | None:
    """Where the reported content starts among the tokens after the verb: at "что", ":",
    "о том, что" or "о/об …", skipping adverbials and an addressee ("заявил во вторник
    24 мая о том, что", "сообщила «Интерфаксу», со ссылкой на звонок, что")."""
    words = [t.value.lower() for t in following]
    governed = False
    quoted = False
    for i, word in enumerate(words):
        if word == "«" and not quoted:
            quoted = True  # a quoted addressee: "сообщила «Интерфаксу», что"
            continue
        if quoted:
            quoted = word != "»"
            continue
        if word in ("что", ":", "чтобы"):
            return i
        if word in ("о", "об", "обо"):
            return i if words[i + 1 : i + 4] != ["том", ",", "что"] else i + 3
        if word in (".", ";", "!", "?", "»", "«") or word in _CLAUSE_VERB_STOP:
            return None
        grams = _first_grams(following[i])
        if "PREP" in grams:
            governed = True
        elif "NOUN" in grams and not governed and grams & {"accs", "nomn"}:
            # "признал закон о выборах …": the "о" phrase would belong to the object.
            return _later_that(words, i)
        elif "NOUN" in grams:
            governed = False
    return None


def _later_that(words: list[str], start: int) -> int | None:
    """Past a direct object only "что" or a colon can still open the content, and not
    past "и" that starts another verb's clause ("подтвердил рост цен и добавил, что")."""
    for i in range(start + 1, len(words)):
        if words[i] in ("что", ":", "чтобы"):
            return i
        if words[i] in (".", ";", "!", "?", "и", "а", "но"):
            return None
    return None


def _first_grams(token: Any) -> frozenset[str]:
    found = getattr(token, "forms", None) or []
    return frozenset(found[0].grams.values) if found else frozenset()


_CLAUSE_VERB_STOP = frozenset({"и", "но", "а", "который", "если", "когда"})


def _content_start(tokens: list[Any], end_at: int) -> int | None:
    following = list(tokens[end_at + 1 : end_at + 13])
    found = _content_start_in(following)
    if found is None:
        return None
    index = end_at + 1 + found
    # content_after() starts after the given token: keep "о …" itself in the content.
    return index - 1 if following[found].value.lower() in ("о", "об", "обо") else index


def _quoted_before(tokens: list[object], index: int) -> bool:
    return any(t.value in '»"“' for t in tokens[max(0, index - 3) : index])  # type: ignore[attr-defined]


def _strip_quotes(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    if end - start > 2 and text[start] in '«"„' and text[end - 1] in '»"“':
        return start + 1, end - 1
    return span


def _source_after(where: Predicate, index: int) -> list[Mention]:
    """ "говорится в заявлении МИД": the organization after the document noun."""
    tokens = where.sentence.tokens
    for i in range(index + 1, min(len(tokens), index + 4)):
        if lemmas(tokens[i]) & SOURCE_NOUNS:
            if tokens[i - 1].value.lower() in POSSESSIVES:
                # "говорится в их заявлении": whose document it is
                owner = [m for m in mentions(where.sentence, where.text) if m.first_token == i - 1]
                if owner:
                    return owner
            found = objects_after(where.sentence, where.text, i - 1, [tokens[i].value.lower()])
            return found[:1]
    return []
