"""Where what was said is, around a speech verb: the content after it ("заявил, что …"),
the quote before it ("«…», — сказал он"), a quote that opened sentences ago or follows in
the next sentences, an "о"-phrase before the verb."""

from __future__ import annotations

from collections.abc import Iterator

from eventkit.clause.clauses import content_before, past_linking_phrase, verb_agreement
from eventkit.clause.predicate import Predicate
from eventkit.clause.speech_verb import REPORT_VERBS, SpeechVerb
from eventkit.grammar.lexicon import SPEECH_VERBS
from eventkit.grammar.tokens import forms, lemmas
from eventkit.text.analysis import Sentence
from eventkit.text.protocols import Token, Tokens
from eventkit.text.quotes import (
    GUILLEMETS,
    OPENING,
    RUSSIAN,
    RUSSIAN_CLOSING,
    RUSSIAN_OPENING,
    STRAIGHT,
    closings,
    marks,
    openings,
)

_OPEN, _CLOSE = GUILLEMETS.opening, GUILLEMETS.closing
_GUILLEMETS = marks([GUILLEMETS])
# A content in quotes: the Russian marks, or straight ones.
QUOTED_OPENING = openings([*RUSSIAN, STRAIGHT])
QUOTED_CLOSING = closings([*RUSSIAN, STRAIGHT])
_QUOTE_OR_SENTENCE_END = QUOTED_CLOSING | {".", "!", "?", "…"}
# The verbs that open a report of their own (two frozensets, joined once).
_SPEECH_OR_REPORT = SPEECH_VERBS | REPORT_VERBS


def quote_before(verb: SpeechVerb) -> tuple[int, int] | None:
    content = _quote_started_earlier(verb.where, verb.lead) or content_before(
        verb.sentence, verb.lead
    )
    if content is not None and verb.sentence.index > 0:
        words = verb.text[content[0] : content[1]].lower().split()
        if words[:2] in (["об", "этом"], ["о", "том"]):
            # "Об этом во вторник, 20 августа, сообщили СМИ": the sentence before.
            earlier = verb.where.document.sentences[verb.sentence.index - 1]
            return sentence_body(earlier) or content
    return content


def sentence_body(sentence: Sentence) -> tuple[int, int] | None:
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
    if _CLOSE not in values or _OPEN in values[: values.index(_CLOSE)]:
        return None
    close = tokens[values.index(_CLOSE)].span.start
    text = where.text
    opening = text.rfind(_OPEN, max(0, where.sentence.start - 3000), where.sentence.start)
    if opening < 0 or _CLOSE in text[opening : where.sentence.start]:
        return None
    return opening + 1, close


def previous_quote(where: Predicate) -> tuple[int, int] | None:
    if where.sentence.index == 0:
        return None
    before = where.document.sentences[where.sentence.index - 1]
    tokens = [t for t in before.tokens if t.value not in ("—", "–", "-", ",")]
    while tokens and (
        tokens[-1].value in QUOTED_CLOSING or tokens[-1].value in (".", "!", "?", "…")
    ):
        tokens = tokens[:-1]
    while tokens and tokens[0].value in QUOTED_OPENING:
        tokens = tokens[1:]
    if len(tokens) < 2:
        return None
    return tokens[0].span.start, tokens[-1].span.stop


def quote_in_next_sentences(where: Predicate) -> tuple[int, int] | None:
    """ "Он написал:" closing a sentence: the quote is the next sentence(s), up to the
    closing quotation mark when one opens it."""
    following = where.document.sentences[where.sentence.index + 1 : where.sentence.index + 6]
    if not following:
        return None
    text = where.text
    start = following[0].start
    if text[start] in OPENING:
        # a mark other than "«" is looked for again as the closing one
        close = text.find(_CLOSE if text[start] == _OPEN else text[start], start + 1)
        limit = following[-1].end
        if 0 < close <= limit:
            return start + 1, close
    end = following[0].end
    while end > start and text[end - 1] in ".!?…":
        end -= 1
    return (start, end) if end > start else None


def until_next_clause(tokens: Tokens, start: int, content: tuple[int, int]) -> tuple[int, int]:
    """An object's content ends where another verb's clause begins: at "и"/"а"/"но" or a
    comma before a finite verb or a gerund ("подтвердил рост цен и добавил …",
    "отверг обвинения, назвав их …")."""
    depth = 0
    for i in range(start + 1, len(tokens) - 1):
        value = tokens[i].value
        depth += 1 if value in RUSSIAN_OPENING else -1 if value in RUSSIAN_CLOSING else 0
        if depth > 0 or value not in (",", "и", "а", "но") or tokens[i].span.start <= content[0]:
            continue
        following = forms(tokens[i + 1])
        if following and following[0].grams.values & {"VERB", "GRND"}:
            previous = tokens[i - 1]
            return content[0], max(content[0] + 1, previous.span.stop)
    return content


def until_contrast(tokens: Tokens, content: tuple[int, int]) -> tuple[int, int]:
    """A noun phrase's content ("о краже секретов") ends at ", а"/", но" that opens a
    clause of its own, a subject and its verb ("…, а инженер сказал …"); ", а не …", ", а
    также …", ", а никак" go on with the phrase."""
    for i in _commas_inside(tokens, content, after=3):
        if tokens[i + 1].value.lower() not in ("а", "но"):
            continue
        head = i + 2
        if tokens[head].value.lower() in ("его", "ее", "её", "их") and head + 1 < len(tokens):
            head += 1  # "а его юрист сказал"
        subject = forms(tokens[head])
        if not subject or not {"nomn"} <= subject[0].grams.values:
            continue
        if not subject[0].grams.values & {"NOUN", "NPRO"} and not tokens[head].value[:1].isupper():
            continue
        if any(
            (f := forms(t)) and "VERB" in f[0].grams.values for t in tokens[head + 1 : head + 5]
        ):
            return content[0], max(content[0] + 1, tokens[i - 1].span.stop)
    return content


def until_speech_gerund(tokens: Tokens, content: tuple[int, int]) -> tuple[int, int]:
    """A "что"-clause ends where a gerund of speech opens a statement of its own:
    "заявили, что они не опасны, упирая на то, что …", "сказал, что …, добавив, что …"."""
    for i in _commas_inside(tokens, content, after=1):
        if i == 0:
            continue
        following = forms(tokens[i + 1])
        if (
            following
            and "GRND" in following[0].grams.values
            and lemmas(tokens[i + 1]) & _SPEECH_OR_REPORT
        ):
            return content[0], max(content[0] + 1, tokens[i - 1].span.stop)
    return content


def until_second_speech_verb(
    tokens: Tokens, content: tuple[int, int], verb_at: int
) -> tuple[int, int]:
    """A "что"-clause ends where the speaker goes on with a second verb of speech after a
    comma and "и"/"а"/"но" ("объявил, что …, а затем спросил: …", "сообщил, что …, и
    добавил, что …"): the second verb agrees with the first, and opens a statement of its own."""
    agreement = verb_agreement(tokens[verb_at])
    for i in _commas_inside(tokens, content, after=2):
        if _reply_after(tokens, i):
            return content[0], max(content[0] + 1, tokens[i - 1].span.stop)
        if tokens[i + 1].value.lower() not in ("и", "а", "но"):
            continue
        j = past_linking_phrase(tokens, i + 2)
        while j < len(tokens) - 1 and tokens[j].value.lower() in _GOING_ON:
            j += 1
        following = forms(tokens[j])
        if (
            following
            and "VERB" in following[0].grams.values
            and lemmas(tokens[j]) & _SPEECH_OR_REPORT
            and _agree(verb_agreement(tokens[j]), agreement)
        ):
            return content[0], max(content[0] + 1, tokens[i - 1].span.stop)
    return content


def _reply_after(tokens: Tokens, comma: int) -> bool:
    """ "спросил, что …, на что тот ответил": a reply to what was said, by whoever, with a
    speech verb within two words after "на что"/"на это"."""
    words = [t.value.lower() for t in tokens[comma + 1 : comma + 3]]
    if words not in (["на", "что"], ["на", "это"]):
        return False
    for token in tokens[comma + 3 : comma + 6]:
        found = forms(token)
        if found and "VERB" in found[0].grams.values:
            return bool(lemmas(token) & SPEECH_VERBS)
    return False


def _commas_inside(tokens: Tokens, content: tuple[int, int], *, after: int) -> Iterator[int]:
    """The indexes of the commas inside ``content`` and outside quotation marks, each with
    at least ``after`` tokens after it."""
    depth = 0
    for i, token in enumerate(tokens[:-after]):
        if token.span.start <= content[0]:
            continue
        if token.span.start >= content[1]:
            break
        value = token.value
        depth += 1 if value in RUSSIAN_OPENING else -1 if value in RUSSIAN_CLOSING else 0
        if depth == 0 and value == ",":
            yield i


# Adverbs between the conjunction and a second verb: "а затем спросил", "и тут же добавил".
_GOING_ON = frozenset("затем потом также ещё еще тут же вскоре позже".split())


def _agree(one: tuple[str | None, str | None], other: tuple[str | None, str | None]) -> bool:
    return all(a is None or b is None or a == b for a, b in zip(one, other, strict=True))


def about_before(tokens: Tokens, verb_at: int) -> int | None:
    """Index of an "о/об" phrase right before the verb, with no clause break between.
    "Об этом" opening the sentence reaches across longer adverbials ("Об этом в эфире
    программы «Время» 30 октября заявила …"), with no other verb between; so does a long
    phrase ("Ранее о взятках в рядах прокуратуры и участии X в группировке заявил") that
    opens the sentence, after adverbs at most, and holds no verb of its own."""
    i = verb_at - 1
    while i > max(-1, verb_at - _LONG_ABOUT_REACH):
        if i <= verb_at - 9 and _finite_at(tokens, i):
            return None
        value = tokens[i].value.lower()
        if value == _CLOSE:
            # a name in quotes ("в интервью газете «Известия»"), not a quote that ends
            opening = next(
                (j for j in range(i - 1, max(-1, i - 6), -1) if tokens[j].value == _OPEN), None
            )
            if opening is None or opening == 0 or tokens[opening - 1].value in ("—", ":", ","):
                return None
            i = opening - 1
            continue
        if value == "." and i and len(tokens[i - 1].value) == 1 and tokens[i - 1].value.isupper():
            i -= 2  # an initial: "участии Ю.Петрова"
            continue
        if value in (",", ".", ";", "—", ":"):
            return None
        if value in ("и", "а", "но") and i == verb_at - 1 and _finite_before(tokens, i):
            # "записала признание об убийстве и передала запись": the "о"-phrase is the
            # first verb's
            return None
        if value in ("о", "об", "обо"):
            far = verb_at - i > 8
            if far and not (
                (verb_at - i < _ABOUT_REACH and _about_this_opening(tokens, i, verb_at))
                or _opens_sentence(tokens, i)
            ):
                return None
            return i
        i -= 1
    return None


# How far back an "о"-phrase is looked for: 8 words, or more for "Об этом" opening the
# sentence, and more still for a long phrase that opens it after adverbs at most.
_ABOUT_REACH = 17
_LONG_ABOUT_REACH = 21


def _about_this_opening(tokens: Tokens, about: int, verb_at: int) -> bool:
    """ "Об этом" (or "О том", "О случившемся") opens the sentence and no verb stands
    between it and ``verb_at``."""
    if about > 0 or about + 1 >= verb_at:
        return False
    if tokens[about + 1].value.lower() not in ("этом", "том", "случившемся", "произошедшем"):
        return False
    return not any(
        (f := forms(t)) and f[0].grams.values & {"VERB", "GRND", "PRTS"}
        for t in tokens[about + 2 : verb_at]
    )


def _finite_at(tokens: Tokens, index: int) -> bool:
    return bool(_first_grams(tokens[index]) & {"VERB", "PRTS"})


def _opens_sentence(tokens: Tokens, index: int) -> bool:
    """Only adverbs before ``index`` ("Ранее о …", "Накануне о …")."""
    return all("ADVB" in _first_grams(t) for t in tokens[:index])


def _finite_before(tokens: Tokens, index: int) -> bool:
    return any(
        "VERB" in f.grams.values
        for t in tokens[:index]
        for f in (getattr(t, "forms", None) or [])[:1]
    )


def introduces_content(following: Tokens) -> bool:
    return _content_start_in(following) is not None


def _content_start_in(following: Tokens) -> int | None:
    """Where the reported content starts among the tokens after the verb: at "что", ":",
    "о том, что" or "о/об …", skipping adverbials and an addressee ("заявил во вторник
    24 мая о том, что", "сообщила «Интерфаксу», со ссылкой на звонок, что")."""
    words = [t.value.lower() for t in following]
    if _asked_clause(words):
        return 0  # "пояснил, почему …", "рассказал, как …": the question answered
    governed = False
    quoted = False
    for i, word in enumerate(words):
        if word == _OPEN and not quoted:
            quoted = True  # a quoted addressee: "сообщила «Интерфаксу», что"
            continue
        if quoted:
            quoted = word != _CLOSE
            continue
        if word in (".", ":") and _inside_a_word(following, i):
            # "рассказала bbcrussian.com, что …", "продолжит работу в 10:00": a web
            # address or a time, no full stop and no colon opening a quote
            continue
        if word in ("что", ":", "чтобы"):
            return i
        if word in ("и", "также") and i == 0 and words[1:2] in (["о"], ["об"], ["обо"]):
            continue  # "заявили и о подготовке …": "и" here means "also"
        if word in ("о", "об", "обо"):
            return i if words[i + 1 : i + 4] != ["том", ",", "что"] else i + 3
        if word in (".", ";", "!", "?") or word in _GUILLEMETS or word in _CLAUSE_VERB_STOP:
            return None
        if word == "," and i + 1 < len(following) and _speech_verb(following[i + 1]):
            return None  # "обратилась в полицию, сообщив о краже": the gerund's content
        if word == "," and words[:1] == ["у"] and _asked_clause(words[i:]):
            return i  # "спросил у министра, когда откроют мост": the question after its addressee
        grams = _first_grams(following[i])
        if "PREP" in grams:
            governed = True
        elif "NOUN" in grams and not governed and grams & {"accs", "nomn"}:
            # "признал закон о выборах …": the "о" phrase would belong to the object.
            return _later_that(following, words, i)
        elif "NOUN" in grams:
            governed = False
    return None


# Words that open an indirect question: "пояснил, почему мост закрыт", "рассказал, как
# работает схема", "уточнил, когда откроют границу".
_QUESTION_WORDS = frozenset("почему зачем как когда где куда откуда сколько".split())
# "как" that opens a parenthetical, not a question: "заявил, как и прежде, что …".
_NOT_A_QUESTION_AFTER_HOW = frozenset(
    "и всегда обычно известно уже правило прежде мог могла могли может умел".split()
)


def _inside_a_word(tokens: Tokens, mark: int) -> bool:
    """A punctuation mark written close between two words or numbers: "bbcrussian.com",
    "10:00"."""
    if mark == 0 or mark + 1 >= len(tokens):
        return False
    before, point, after = tokens[mark - 1], tokens[mark], tokens[mark + 1]
    return (
        before.span.stop == point.span.start
        and point.span.stop == after.span.start
        and before.value.isalnum()
        and after.value.isalnum()
    )


def _asked_clause(words: list[str]) -> bool:
    """A comma and a question word right after the verb."""
    if words[:1] != [","] or words[1:2] == [] or words[1] not in _QUESTION_WORDS:
        return False
    return not (words[1] == "как" and words[2:3] and words[2] in _NOT_A_QUESTION_AFTER_HOW)


def _later_that(following: Tokens, words: list[str], start: int) -> int | None:
    """Past a direct object only "что" or a colon can still open the content, and not
    past "и" that starts another verb's clause ("подтвердил рост цен и добавил, что");
    "и" that joins a second object goes on ("предупредил губернатора и мэра, что")."""
    for i in range(start + 1, len(words)):
        if words[i] in (".", ":") and _inside_a_word(following, i):
            continue
        if words[i] in ("что", ":", "чтобы"):
            return i
        if words[i] == "и" and _joins_an_object(following, i):
            continue
        if words[i] in (".", ";", "!", "?", "и", "а", "но"):
            return None
    return None


def _joins_an_object(following: Tokens, at: int) -> bool:
    """ "и" followed by a noun in the accusative or the dative, or a capitalized name,
    before any verb: a second object, not a clause of its own."""
    for token in following[at + 1 : at + 4]:
        grams = _first_grams(token)
        if grams & {"VERB", "GRND", "INFN", "PRTS", "ADVB", "CONJ"} or token.value in (",", "."):
            return False
        if "NOUN" in grams and grams & {"accs", "datv"}:
            return True
        if token.value[:1].isupper():
            return True
    return False


def _first_grams(token: Token) -> frozenset[str]:
    found = getattr(token, "forms", None) or []
    return frozenset(found[0].grams.values) if found else frozenset()


_VERBAL = frozenset({"VERB", "GRND"})


def _speech_verb(token: Token) -> bool:
    """A verb or gerund of speech ("сообщив", "добавил"): it opens a report of its own."""
    return bool(_first_grams(token) & _VERBAL) and bool(lemmas(token) & _SPEECH_OR_REPORT)


_CLAUSE_VERB_STOP = frozenset({"и", "но", "а", "который", "если", "когда"})


def content_start(tokens: Tokens, end_at: int) -> int | None:
    following = list(tokens[end_at + 1 : end_at + 13])
    found = _content_start_in(following)
    if found is None:
        return None
    return content_start_at(following, end_at, found)


def content_start_in(following: Tokens) -> int | None:
    """Where the content starts among ``following`` (``introduces_content`` when not None)."""
    return _content_start_in(following)


def content_start_at(following: Tokens, end_at: int, found: int) -> int:
    """``content_start`` of the tokens ``following`` the trigger ending at ``end_at``, whose
    content starts at ``found`` among them (``content_start_in``): found once, not twice."""
    index = end_at + 1 + found
    # content_after() starts after the given token: keep "о …" itself in the content.
    return index - 1 if following[found].value.lower() in ("о", "об", "обо") else index


def quoted_before(tokens: Tokens, index: int) -> bool:
    return any(t.value in QUOTED_CLOSING for t in tokens[max(0, index - 3) : index])


def infinitive_follows(tokens: Tokens, index: int) -> bool:
    """ "пообещал вернуть", "призвал власти отказаться": an infinitive within two words."""
    for token in tokens[index + 1 : index + 4]:
        if token.value in (".", ",", ";"):
            return False
        if any("INFN" in f.grams.values for f in getattr(token, "forms", None) or []):
            return True
    return False
