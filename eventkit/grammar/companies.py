"""Companies as parties of business events: every organization ``actors`` finds, plus
the names it leaves out because they look like common nouns or are not Russian:
"Сбербанк", "Аэрофлот" (capitalized dictionary nouns), "Microsoft", "Essar Oil" (Latin).

``COMPANY`` is the yargy rule for grammars that need a company in place ("купил LinkedIn");
``company_mentions(sentence, text)`` gives the mentions of a sentence (cached), and
``party_before`` / ``party_after`` pick the subject of a verb or the company a preposition
or a case introduces.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from yargy import or_, rule

from eventkit.grammar.actors import mentions
from eventkit.grammar.cases import preceded_by_preposition
from eventkit.grammar.lexicon import NON_NAME_CAPITALIZED
from eventkit.grammar.mention import Mention
from eventkit.grammar.organizations import ORGANIZATION
from eventkit.grammar.tokens import (
    PROPER_GRAMS,
    cases,
    forms,
    has_gram,
    is_capitalized,
    is_known_common_word,
    lemmas,
    token_test,
)
from eventkit.text.analysis import Sentence
from eventkit.text.morph import get_morph
from eventkit.text.protocols import Token, Tokens
from eventkit.text.quotes import GUILLEMETS, marks


def is_latin_name_word(token: Token) -> bool:
    """A Latin word starting with a capital: "Microsoft", "LinkedIn", "Oil"."""
    value: str = token.value
    return value[:1].isascii() and value[:1].isupper() and value.isalpha()


def is_company_noun(token: Token) -> bool:
    """A capitalized dictionary noun that is no name, place or function word: "Сбербанк"."""
    return (
        is_capitalized(token)
        and is_known_common_word(token)
        and has_gram(token, "NOUN")
        and not any(PROPER_GRAMS & f.grams.values for f in forms(token))
        and not lemmas(token) & NON_NAME_CAPITALIZED
    )


LATIN_NAME = token_test(is_latin_name_word, "latin_name")
COMPANY_NOUN = token_test(is_company_noun, "company_noun")

COMPANY = or_(
    ORGANIZATION,
    rule(LATIN_NAME.repeatable(max=3)).named("ORG"),
    rule(COMPANY_NOUN).named("ORG"),
).named("COMPANY")

_CACHE_KEY = "eventkit.companies"
_GUILLEMETS = marks([GUILLEMETS])


def company_mentions(sentence: Sentence, text: str) -> list[Mention]:
    """The actor mentions of a sentence plus the companies they miss, left to right."""
    found: list[Mention] = sentence.cached(_CACHE_KEY, lambda: _find(sentence, text))
    return found


def _find(sentence: Sentence, text: str) -> list[Mention]:
    found = list(mentions(sentence, text))
    covered = {i for m in found for i in range(m.first_token, m.last_token + 1)}
    tokens = sentence.tokens
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if i in covered:
            i += 1
            continue
        last = i
        if is_latin_name_word(token):
            while last + 1 < len(tokens) and is_latin_name_word(tokens[last + 1]):
                last += 1
            name = text[token.span.start : tokens[last].span.stop]
            found.append(_mention(tokens, i, last, text, name, frozenset()))
        elif is_company_noun(token):
            name = get_morph().phrase_nominative([token.value], 0)[0]
            found.append(_mention(tokens, i, i, text, name, frozenset(cases(token))))
        i = last + 1
    return sorted(found, key=lambda m: m.start)


def _mention(
    tokens: Tokens, first: int, last: int, text: str, name: str, found: frozenset[str]
) -> Mention:
    start, end = tokens[first].span.start, tokens[last].span.stop
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        name=name,
        kind="ORG",
        title=None,
        cases=found,
        first_token=first,
        last_token=last,
    )


def party_before(sentence: Sentence, found: Sequence[Mention], index: int) -> Mention | None:
    """The nearest mention before token ``index`` that can be its verb's subject: in the
    nominative (or indeclinable), not governed by a preposition, no ";" in between."""
    for mention in reversed(found):
        if mention.last_token >= index or not mention.can_be_subject:
            continue
        if preceded_by_preposition(sentence, mention):
            continue
        between = sentence.tokens[mention.last_token + 1 : index]
        if any(t.value == ";" or t.value in _GUILLEMETS for t in between):
            continue
        return mention
    return None


def party_after(
    sentence: Sentence,
    found: Sequence[Mention],
    index: int,
    *,
    prepositions: Collection[str] = (),
    case: str | None = None,
    span: int = 12,
) -> Mention | None:
    """The first mention after token ``index`` (within ``span`` tokens) that follows one of
    ``prepositions`` ("у «Сбербанка»"), or, with ``case``, that stands in that case without
    a preposition ("продал холдингу «Сибур»": dative)."""
    wanted = {p.lower() for p in prepositions}
    for mention in found:
        if mention.first_token <= index or mention.first_token > index + span:
            continue
        before = sentence.tokens[mention.first_token - 1].value.lower()
        if wanted and before in wanted:
            return mention
        if (
            case is not None
            and case in mention.cases
            and not preceded_by_preposition(sentence, mention)
        ):
            return mention
    return None
