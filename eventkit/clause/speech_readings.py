"""The readings of the words around a speech verb, in the order ``speech_act`` tries them
(``READINGS``): each says who said what when the words fit it, or None.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventkit.clause.clauses import agrees, content_after, content_before, verb_agreement
from eventkit.clause.speech_content import (
    QUOTED_CLOSING,
    QUOTED_OPENING,
    about_before,
    content_start_at,
    content_start_in,
    infinitive_follows,
    previous_quote,
    quote_before,
    quote_in_next_sentences,
    quoted_before,
    sentence_body,
    until_contrast,
    until_next_clause,
    until_second_speech_verb,
    until_speech_gerund,
)
from eventkit.clause.speech_source import (
    adjective_like,
    impersonal_source,
    source_after,
    unnamed_source,
)
from eventkit.clause.speech_verb import REPORT_OBJECT_VERBS, Reading, SpeechVerb
from eventkit.grammar.actors import mentions
from eventkit.grammar.lexicon import (
    EXPRESS_NOUNS,
    OBJECT_CONTENT_VERBS,
    REQUEST_NOUNS,
    UNNAMED_PEOPLE,
)
from eventkit.grammar.mention import Mention
from eventkit.grammar.tokens import forms, lemmas
from eventkit.text.protocols import Form, Token, Tokens


def _as_source(verb: SpeechVerb) -> Reading | None:
    """ "как сообщает агентство, …": the speaker follows the verb, the content the comma."""
    if verb.previous != "как" and not _as_with_adverbs(verb):
        return None
    # "как сообщил X, …"; "как сообщается на сайте Кремля, …"; an impersonal "как
    # сообщалось ранее" has no subject to look for, only a source phrase
    tokens = verb.tokens
    how = next(i for i in range(verb.at - 1, -1, -1) if tokens[i].value.lower() == "как")
    if _conjunction_with_as(tokens, how):
        return None  # "после того как признал": a clause of time, no "as … said"
    # "как признался сам Петров" is a person's verb in "-ся", not an impersonal one
    impersonal = any(lemma.endswith(("ся", "сь")) for lemma in verb.lemmas) and not (
        verb.grams & {"masc", "femn", "plur"}
    )
    speakers = [] if impersonal else verb.subject(prefer_after=True)
    # "Он пришел, как обещал": a subject before "как" is the clause's, not the source
    speakers = [m for m in speakers if m.first_token > how]
    speakers = (
        unnamed_source(verb.where, verb.at) or speakers or impersonal_source(verb.where, verb.at)
    )
    content = None
    if speakers:
        after = max(m.last_token for m in speakers)
        comma = next((i for i in range(after + 1, len(tokens)) if tokens[i].value == ","), None)
        if comma is not None:
            content = content_after(verb.sentence, comma)
        elif how >= 1 and tokens[how - 1].value == ",":
            # "…, как заметил менеджер Кирилл Рябов.": the clause before "как".
            content = content_before(verb.sentence, how)
    return Reading(speakers, content)


# Prepositions of time "того как"/"тем как" follow: "после того как", "перед тем, как".
_AS_TIME = frozenset({"после", "перед", "до"})


def _conjunction_with_as(tokens: Tokens, how: int) -> bool:
    """Whether the "как" at ``how`` closes a conjunction of time or cause ("после того
    как", "перед тем, как", "так как") rather than opening "как сообщил X" (also after
    "Более того, как сообщает CNN")."""
    before = how - 1
    if before >= 0 and tokens[before].value == ",":
        before -= 1
    if before < 0:
        return False
    word = tokens[before].value.lower()
    if word == "так":
        return True
    return word in ("того", "тем") and before >= 1 and tokens[before - 1].value.lower() in _AS_TIME


def _as_with_adverbs(verb: SpeechVerb) -> bool:
    """ "как ранее сообщало агентство", "как уже писала газета", "как и предсказывал
    министр", "как он позже признался": adverbs, "и" and a personal pronoun after "как"."""
    tokens = verb.tokens
    i = verb.at - 1
    pronoun = False
    while i >= 0 and i >= verb.at - 3:
        if _first_grams(tokens[i]) & {"ADVB", "COMP"} or tokens[i].value.lower() == "и":
            i -= 1
        elif not pronoun and {"NPRO", "nomn"} <= _first_grams(tokens[i]):
            # "Иванов, как он позже признался, избил юношу": the source's own pronoun
            pronoun = True
            i -= 1
        else:
            break
    return i < verb.at - 1 and i >= 0 and tokens[i].value.lower() == "как"


def _first_grams(token: Token) -> frozenset[str]:
    found = forms(token)
    return frozenset(found[0].grams.values) if found else frozenset()


def _as_document_says(verb: SpeechVerb) -> Reading | None:
    """ "«…», — говорится в заявлении МЧС"."""
    if "говориться" not in verb.lemmas or verb.previous not in (",", "—", "–", "-"):
        return None
    if verb.following and verb.following[0].value in (":", ","):
        return None  # "В телеграмме, в частности, говорится: …": the content follows
    quote = quote_before(verb)
    if quote is None:
        return None  # "В заявлении X говорится, что …": the clause after (other readings)
    return Reading(source_after(verb.where, verb.end), quote, "direct")


_CITING = frozenset(["цитировать", "процитировать"])


def _as_citation(verb: SpeechVerb) -> Reading | None:
    """ "«…», — цитирует Рябова «Спорт-Экспресс»", "процитировал Петрова его собеседник":
    the quoted person speaks."""
    if not verb.lemmas & _CITING:
        return None
    found = mentions(verb.sentence, verb.text)
    # "цитирует Рябова", "цитирует слова Армстронга"
    words = (
        2
        if verb.tokens[verb.end + 1 : verb.end + 2]
        and verb.tokens[verb.end + 1].value.lower() in ("слова", "заявление")
        else 1
    )
    quoted = [m for m in found if m.first_token == verb.end + words][:1]
    content = quote_before(verb)
    if content is None and "цитировать" not in verb.lemmas:
        # "Сенатор процитировал поэта: «…»": the one who quotes speaks (other readings)
        return None
    if quoted and quoted[0].kind == "ORG":
        # "цитирует ТАСС Александра Лукашенко": the outlet that quotes, then the quoted
        after = [m for m in found if m.first_token == quoted[0].last_token + 1]
        if after and after[0].kind == "PER" and (not after[0].cases or "accs" in after[0].cases):
            quoted = [after[0].in_case("accs")]
    return Reading(quoted, content, "direct")


def _as_request(verb: SpeechVerb) -> Reading | None:
    """ "Киев обратился к Москве с просьбой передать пленных"."""
    if "обратиться" not in verb.lemmas:
        return None
    tokens = verb.tokens
    for i in range(verb.end + 1, min(len(tokens) - 1, verb.end + 10)):
        if tokens[i].value.lower() == "с" and lemmas(tokens[i + 1]) & REQUEST_NOUNS:
            content = content_after(verb.sentence, i + 1)
            return Reading(verb.subject(allow_after=False), content)
        if tokens[i].value in (".", ";"):
            break
    return None


def _with_content_after(verb: SpeechVerb) -> Reading | None:
    """ "заявил, что …", "заявил во вторник о том, что …", "сказал: «…»"."""
    # the 12 tokens after the trigger, as ``content_start`` would cut them again
    found = content_start_in(verb.following)
    if found is None:
        return None
    tokens = verb.tokens
    start: int | None = content_start_at(verb.following, verb.end, found)
    content = content_after(verb.sentence, start) if start is not None else None
    colon = start is not None and tokens[start].value == ":"
    if start is not None and content is not None and not colon:
        content = until_speech_gerund(tokens, content)
        content = until_second_speech_verb(tokens, content, verb.at)
        if _about_phrase(tokens, start):
            # "объявил о своём уходе и взял на себя вину": a noun phrase holds no verb
            content = until_contrast(tokens, until_next_clause(tokens, start, content))
    if content is None and colon:
        content = quote_in_next_sentences(verb.where)
    if content is None:
        return Reading([], None)  # no content: no need to look for a speaker
    quoted = verb.text[content[0]] in QUOTED_OPENING
    speakers = _inverted_subject(verb, start) if start is not None else []
    return Reading(speakers or verb.subject(), content, "direct" if quoted or colon else "indirect")


def _inverted_subject(verb: SpeechVerb, start: int) -> list[Mention]:
    """ "Поэт был в сознании, сообщает его друг: «…»": a verb opening a clause after a
    comma or a dash, with its subject between it and the content it introduces, is said
    by that subject, not by the subject of the clause before the comma."""
    if verb.previous not in (",", "—", "–"):
        return []
    if not any(_finite_verb(t) for t in verb.tokens[: verb.lead]):
        # "Жители общины, насчитывающей сто домов, пожаловались газете": the comma only
        # closes a phrase of the subject before it
        return []
    found = verb.subject(prefer_after=True)
    if found and all(verb.end < m.first_token and m.last_token < start for m in found):
        return found
    return []


def _about_phrase(tokens: Tokens, start: int) -> bool:
    """Content that is an "о"-phrase with a noun ("о своих планах"), not "о том, как …"."""
    words = [t.value.lower() for t in tokens[start + 1 : start + 3]]
    return (
        bool(words)
        and words[0] in ("о", "об", "обо")
        and words[1:] not in (["том"], ["тех"], ["то"])
    )


def _after_its_content(verb: SpeechVerb) -> Reading | None:
    """ "…, сказал Ян Цзечи", "«…», — заявила судья"."""
    if verb.previous not in (",", "—", "–", "-") or verb.at < 2 or "GRND" in verb.grams:
        return None
    if _subject_and_gerund_before(verb.tokens, verb.lead):
        return None
    speech = "direct" if quoted_before(verb.tokens, verb.lead) else "indirect"
    content = quote_before(verb)
    if content is None:
        return Reading([], None)
    return Reading(verb.subject(prefer_after=True), content, speech)


def _subject_and_gerund_before(tokens: Tokens, lead: int) -> bool:
    """ "Глава театра Иван Орлов, выступая перед труппой (он …), объявил …": before the
    comma stands the verb's subject and a gerund phrase, no clause a verb could report, so
    the verb is no "…, сказал X" after its content; so with a participle phrase in the
    nominative ("Компания «Роснефть», объединяющая сто заводов, выразила …"). True when
    the first comma outside brackets and quotes opens one and no finite verb stands
    outside them before it."""
    depth, straight, first_comma = 0, False, None
    for i, token in enumerate(tokens[:lead]):
        value = token.value
        if value in QUOTED_OPENING and value in QUOTED_CLOSING:
            straight = not straight  # a straight quote mark opens and closes alike
        elif value == "(" or value in QUOTED_OPENING:
            depth += 1
        elif value == ")" or value in QUOTED_CLOSING:
            depth = max(0, depth - 1)
        elif depth or straight:
            continue
        elif value == ",":
            if first_comma is None:
                first_comma = i
        elif _finite_verb(token) and not _in_that_clause(tokens, first_comma, i):
            return False
    if first_comma is None or first_comma == 0 or first_comma + 1 >= lead:
        return False
    opener = forms(tokens[first_comma + 1])
    if not opener:
        return False
    grams = opener[0].grams.values
    return "GRND" in grams or {"PRTF", "nomn"} <= grams


def _in_that_clause(tokens: Tokens, first_comma: int | None, at: int) -> bool:
    """ "Губернатор, напомнив, что дорогу строят третий год, пообещал …": a finite verb
    after ", что" past the first comma is in a clause of the phrase that comma opens."""
    if first_comma is None:
        return False
    return any(
        tokens[i].value.lower() == "что" and tokens[i - 1].value == ","
        for i in range(first_comma + 1, at)
    )


def _finite_verb(token: Token) -> bool:
    found = forms(token)
    return bool(found) and bool(found[0].grams.values & {"VERB", "PRTS"})


def _after_previous_quote(verb: SpeechVerb) -> Reading | None:
    """ "«…» / — продолжил он.": the quote is the sentence before."""
    if verb.previous not in ("—", "–", "-") or verb.at > 1:
        return None
    return Reading(verb.subject(prefer_after=True), previous_quote(verb.where), "direct")


def _fronted_expression(verb: SpeechVerb) -> Reading | None:
    """ "Соболезнования семье погибшего выразил министр": a verb of expressing whose noun
    stands before it reads only so (its object before it, its subject after it), or
    reports nothing; no other reading may give it a speaker or a content."""
    if not (verb.lemmas & _EXPRESSING and verb.end == verb.at):
        return None
    return _object_before(verb) or Reading([], None)


def _object_before(verb: SpeechVerb) -> Reading | None:
    """ "Информацию подтвердил адвокат Сергей Воронин", "Эту информацию подтвердили в
    ГУВД": a direct object opening the sentence is what was said; the speaker follows."""
    tokens = verb.tokens
    # the sentence's start, or after a comma: "…, факт насилия подтвердили члены комиссии"
    start = next((i + 1 for i in range(verb.at - 1, -1, -1) if tokens[i].value == ","), 0)
    expressing = bool(verb.lemmas & _EXPRESSING) and verb.end == verb.at
    if expressing:
        # "Ранее озабоченность в связи с выборами выражали …": adverbs before the noun
        while start < verb.at and "ADVB" in _first_grams(tokens[start]):
            start += 1
    end = verb.at
    if expressing:
        # "… уже выразил", "… также выразил": adverbs before the verb are its own
        while end > start and _first_grams(tokens[end - 1]) & {"ADVB", "PRCL"}:
            end -= 1
    phrase = tokens[start:end]
    if not phrase or len(phrase) > (_EXPRESSED_PHRASE if expressing else 4):
        return None
    at = _object_head(phrase, expressing=expressing)
    if at is None:
        return None
    if expressing and (
        not lemmas(phrase[at]) & EXPRESS_NOUNS or lemmas(phrase[at]) & _NEEDS_COMPLEMENT
    ):
        # "выразил" says something only of a noun of expressing, and a hope or a
        # readiness only with what it is a hope of ("Надежду выразил министр" says nothing)
        return None
    head = forms(phrase[at])
    content = (phrase[0].span.start, phrase[-1].span.stop)
    if (
        not expressing  # a noun of expressing never expresses: "Благодарность выразила …"
        and any("nomn" in f.grams.values for f in head)
        and not _number_disagrees(verb, head)
        and not _thing_before_speaker(verb, phrase, start + at)
    ):
        # "Канадские власти обвиняли …", "США назвали …": a phrase that can be the subject
        # is one, unless the verb names its source ("Данные подтвердили в полиции"); a
        # singular noun is no plural verb's subject ("Факт подтвердили члены комиссии").
        source = impersonal_source(verb.where, verb.at)
        return Reading(source, content) if source else None
    speakers = verb.subject(prefer_after=True)
    return Reading([m for m in speakers if m.first_token > verb.at], content)


def _thing_before_speaker(verb: SpeechVerb, phrase: Tokens, head: int) -> bool:
    """ "Закон раскритиковал министр юстиции": a thing before a verb of speech whose object
    is what was said, with a person or an organization named right after the verb, is the
    object; the one named speaks (no actor of the text, an inanimate noun says nothing
    itself here)."""
    if not verb.lemmas & OBJECT_CONTENT_VERBS or lemmas(verb.tokens[head]) & UNNAMED_PEOPLE:
        return False  # "Источник в ведомстве назвал …": an unnamed person speaks
    number, gender = verb_agreement(verb.tokens[verb.at])
    found = forms(verb.tokens[head])
    nouns = [f for f in found if "NOUN" in f.grams.values]
    if not nouns or any("anim" in f.grams.values for f in nouns):
        return False
    text = verb.text
    first = verb.tokens.index(phrase[0])
    known = mentions(verb.sentence, text)
    if any(first <= m.first_token <= head for m in known):
        return False  # "США назвали …", "Минздрав осудил …": an actor, the subject
    after = [
        m
        for m in known
        if verb.at < m.first_token <= verb.at + 3
        and m.kind in ("PER", "ORG")
        and not m.pronoun
        and (not m.cases or "nomn" in m.cases)
        and agrees(m, number, gender)
    ]
    return bool(after)


def _object_head(phrase: Tokens, *, expressing: bool = False) -> int | None:
    """Where the accusative noun of an object phrase is: after adjectives and
    demonstratives, before genitive words of its own ("факт насилия", "эту информацию").
    A noun of expressing takes whom it is addressed to and what it is about too
    ("соболезнования семье погибшего", "озабоченность ситуацией")."""
    at = next(
        (
            i
            for i, token in enumerate(phrase)
            if any({"NOUN", "accs"} <= f.grams.values for f in forms(token))
        ),
        None,
    )
    if at is None:
        return None
    if not all(adjective_like(t) or t.value.lower() in _DEMONSTRATIVES for t in phrase[:at]):
        return None
    governed = _GOVERNED_BY_EXPRESSING if expressing else frozenset({"gent"})
    for token in phrase[at + 1 :]:
        if expressing and "PREP" in _first_grams(token):
            continue
        if not any(
            f.grams.values & {"NOUN", "ADJF", "APRO", "NPRO"} and f.grams.values & governed
            for f in forms(token)
        ):
            return None
    return at


# Cases of the words after a noun of expressing: "соболезнования семье погибшего",
# "озабоченность ситуацией", "озабоченность в связи с выборами".
_GOVERNED_BY_EXPRESSING = frozenset({"gent", "datv", "ablt", "loct", "accs"})
# The longest object phrase before a verb of expressing: "озабоченность в связи с
# организацией выборов".
_EXPRESSED_PHRASE = 7


def _number_disagrees(verb: SpeechVerb, head: Sequence[Form]) -> bool:
    """A plural verb after a noun whose nominative is only singular ("Факт подтвердили
    члены комиссии"), or a singular verb after one whose nominative is only plural
    ("Соболезнования выразил министр")."""
    number = verb_agreement(verb.tokens[verb.at])[0]
    nominative = {
        n for f in head if "nomn" in f.grams.values for n in ("sing", "plur") if n in f.grams.values
    }
    return (number == "plur" and nominative == {"sing"}) or (
        number == "sing" and nominative == {"plur"}
    )


_DEMONSTRATIVES = frozenset("эту эти данную данные такую такие ту та".split())


def _with_object_content(verb: SpeechVerb) -> Reading | None:
    """ "назвал освобождение … вопросом недель", "призвал стороны прекратить огонь": what
    follows the verb is the content, so the speaker must come before it."""
    if not (
        verb.lemmas & OBJECT_CONTENT_VERBS
        or verb.lemmas & REPORT_OBJECT_VERBS
        or infinitive_follows(verb.tokens, verb.end)
    ):
        return None
    if content_after(verb.sentence, verb.end) is None:
        if _expressed_noun(verb) and not lemmas(verb.tokens[verb.end]) & _NEEDS_COMPLEMENT:
            # "выразил свои соболезнования.": what was expressed is the noun phrase; a
            # readiness or a hope with nothing after it says nothing ("выразила готовность.")
            first, last = verb.tokens[verb.at + 1], verb.tokens[verb.end]
            return Reading(verb.subject(allow_after=False), (first.span.start, last.span.stop))
        return Reading([], None)  # nothing after the verb: no need to look for a speaker
    speakers = verb.subject(allow_after=False)
    if speakers and speakers[0].first_token > verb.end and "GRND" not in verb.grams:
        # "Петра Иванова поздравил его учитель Олег Смирнов": the object stands before the
        # verb and is what was said; the subject follows. A gerund's subject follows it
        # anyway ("Предложив помощь, сосед ушёл"): its object is after it.
        before = _object_phrase_before(verb)
        if before is not None:
            return Reading(speakers, before)
    start = verb.end
    inverted = [m for m in speakers if m.first_token == verb.end + 1]
    if inverted:
        start = inverted[-1].last_token
    content = content_after(verb.sentence, start)
    if content is not None:
        content = until_next_clause(verb.tokens, start, content)
    return Reading(speakers, content)


_EXPRESSING = frozenset("выразить выражать высказать высказывать".split())
# Nouns of expressing that say something only with what follows them ("готовность помочь",
# "надежду, что …").
_NEEDS_COMPLEMENT = frozenset("уверенность надежда мнение пожелание готовность".split())


def _expressed_noun(verb: SpeechVerb) -> bool:
    """ "выразил свои соболезнования", "выразили глубокую признательность": the trigger
    runs from a verb of expressing to its noun."""
    return bool(verb.lemmas & _EXPRESSING) and verb.end > verb.at


def _object_phrase_before(verb: SpeechVerb) -> tuple[int, int] | None:
    """The words from the clause's start (the sentence's, or its last comma's) to the verb."""
    tokens = verb.tokens
    start = next((i + 1 for i in range(verb.lead - 1, -1, -1) if tokens[i].value == ","), 0)
    if start >= verb.lead:
        return None
    return tokens[start].span.start, tokens[verb.lead - 1].span.stop


# Marks that end the clause an "об этом" after them points back to.
_CLAUSE_MARKS = frozenset([",", ":", ";", "—", "–"])


def _about_before_verb(verb: SpeechVerb) -> Reading | None:
    """ "о намерении поддержать договор заявили восемь сенаторов", "Об этом сообщил суд"."""
    tokens = verb.tokens
    about = about_before(tokens, verb.at)
    if about is None:
        return None
    impersonal = any(lemma.endswith(("ся", "сь")) for lemma in verb.lemmas)
    # "О причинах его увольнения не сообщается": an impersonal verb has no subject (its
    # source, if any, is a phrase by the verb), least of all a word of the "о"-phrase.
    speakers = [] if impersonal else verb.subject(prefer_after=True)
    content = (tokens[about].span.start, tokens[verb.at - 1].span.stop)
    if speakers and about < speakers[0].first_token < verb.at:
        # "Об этом Юханссон заявил": the content ends before the speaker.
        content = (tokens[about].span.start, tokens[speakers[0].first_token - 1].span.stop)
    pointer = tokens[about + 1].value.lower()
    if about > 1 and (
        pointer in ("чем", "чём")
        or (pointer in ("этом", "том") and tokens[about - 1].value in _CLAUSE_MARKS)
    ):
        # "…, о чём сообщила «Фонтанка»", "Планшеты выдадут весной: об этом сообщили в
        # комитете": what the clause before the mark says (its subject is the content's).
        body = [t for t in tokens[: about - 1] if t.value not in ("—", "-")]
        if body:
            content = (body[0].span.start, body[-1].span.stop)
    elif tokens[about + 1].value.lower() in ("этом", "том") and verb.sentence.index > 0:
        # "Об этом сообщил суд": what was said is the sentence before.
        earlier = verb.where.document.sentences[verb.sentence.index - 1]
        content = sentence_body(earlier) or content
    return Reading(speakers, content)


# The order matters: the first reading that fits wins.
READINGS: tuple[Callable[[SpeechVerb], Reading | None], ...] = (
    _fronted_expression,
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
)
