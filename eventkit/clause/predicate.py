"""The clause layer: for one predicate of a sentence (a verb, participle, gerund, infinitive,
event noun or "по словам"-type phrase), who and what stands around it.

``Predicate`` answers the questions every event rule asks — the subject (through relative
and participle clauses, coordination, inversion, a verb sharing the subject of the one
before it), the agent of a passive, prepositional partners, a genitive owner, the subject
of the clause a noun sits in — from the sentence's tokens and actor mentions. Predicates are
cached per sentence, so packs asking about the same word share the work.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import define, field

from eventkit.clause.clauses import (
    agrees,
    coordinated,
    modality,
    objects_after,
    opens_insertion,
    partitive_group,
    subject_candidates,
    verb_agreement,
)
from eventkit.grammar.actors import mentions
from eventkit.grammar.cases import preceded_by_preposition
from eventkit.grammar.lexicon import SPEECH_VERBS
from eventkit.grammar.mention import Mention
from eventkit.grammar.pronouns import POSSESSIVES
from eventkit.grammar.tokens import forms, lemmas
from eventkit.text.analysis import AnalysedText, Sentence
from eventkit.text.protocols import Token, Tokens
from eventkit.text.quotes import GUILLEMETS, marks

_KEY = "eventkit.predicate"
_GUILLEMETS = marks([GUILLEMETS])
# Conjunctions after which a verb shares the subject of the verb before it.
_SHARING = frozenset({"и", "а", "но", "однако", "также"})
# Impersonal verbs whose infinitive is done by a dative: "им довелось встретиться".
_IMPERSONAL = frozenset("довестись доводиться удаться удаваться прийтись приходиться".split())


def _adverb(token: Token) -> bool:
    found = forms(token)
    return bool(found) and "ADVB" in found[0].grams.values


def _which(words: Sequence[str]) -> bool:
    return len(words) > 1 and words[1].startswith(("котор",))


def _same_agreement(
    one: tuple[str | None, str | None], other: tuple[str | None, str | None]
) -> bool:
    """Two verbs that can share a subject: the same number, and gender where both show it."""
    (number, gender), (number_2, gender_2) = one, other
    if number and number_2 and number != number_2:
        return False
    return not (gender and gender_2 and gender != gender_2)


@define
class Predicate:
    """One predicate in its sentence: token ``at`` (the word that agrees with the subject)
    to ``end`` (the last word of the trigger phrase)."""

    sentence: Sentence
    document: AnalysedText
    at: int
    end: int
    _memo: dict[tuple[object, ...], list[Mention]] = field(factory=dict, repr=False, eq=False)

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def tokens(self) -> list[Token]:
        return list(self.sentence.tokens)

    @property
    def mentions(self) -> list[Mention]:
        return mentions(self.sentence, self.text)

    @property
    def grams(self) -> frozenset[str]:
        """Grammemes of the head word's first verbal reading (else its first reading)."""
        found = forms(self.sentence.tokens[self.at])
        for f in found:
            if f.grams.values & {"VERB", "GRND", "INFN", "PRTF", "PRTS"}:
                return frozenset(f.grams.values)
        return frozenset(found[0].grams.values) if found else frozenset()

    # -- subject -----------------------------------------------------------------------

    def subject(self, *, allow_after: bool = True, prefer_after: bool = False) -> list[Mention]:
        """The subject: for a finite verb the nominative actor it agrees with (coordinated
        subjects included); for a participle the noun it qualifies; for a gerund, an
        infinitive or a noun, the subject of the clause's own verb."""
        # remembered per predicate (no closure per call: this module may be compiled)
        key = ("subject", allow_after, prefer_after)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._subject(
                allow_after=allow_after, prefer_after=prefer_after
            )
        return found

    def _subject(self, *, allow_after: bool, prefer_after: bool) -> list[Mention]:
        grams = self.grams
        if "PRTF" in grams:
            return self.qualified()
        if grams & {"GRND", "INFN"} or "NOUN" in grams:
            governing = self.governing_verb()
            if governing is None and "GRND" in grams:
                # "…, что они не опасны, упирая на то, что …": no finite verb in the
                # "что"-clause; the gerund goes with the verb the clause hangs on
                governing = self._verb_before_clause(self.at)
            if governing is None:
                return []
            if "INFN" in grams and lemmas(self.sentence.tokens[governing]) & _IMPERSONAL:
                # "Им довелось встретиться с премьером": the dative is who met
                return self._dative_before(governing)
            found = predicate_at(self.sentence, self.document, governing).subject(
                allow_after=allow_after
            )
            outer = self._verb_before_clause(governing) if "GRND" in grams else None
            if outer is not None and (
                not found or lemmas(self.sentence.tokens[outer]) & SPEECH_VERBS
            ):
                # "Министр сказал, что цены вырастут, добавив, что …": after what a
                # speech verb reports, the gerund goes with that verb, not the clause's
                found = predicate_at(self.sentence, self.document, outer).subject(
                    allow_after=allow_after
                )
            return found
        # "…, после чего сообщил": a verb right after "и"/"после чего" with no subject
        # between goes on the clause before, whatever nominative-looking word stands there.
        quoted = self.after_quote_and_dash()
        if quoted is not None:
            return quoted
        found = self.shared_subject() or subject_candidates(
            self.sentence, self.text, self.at, allow_after=allow_after, prefer_after=prefer_after
        )
        found = found or self.complement_subject()
        found = found or self.elided_subject()
        found = found or self.subordinate_subject()
        return [*found, *self._together_with(found)] if found else found

    def _dative_before(self, governing: int) -> list[Mention]:
        """The actor in the dative nearest before an impersonal verb, in its clause."""
        tokens = self.sentence.tokens
        for m in reversed(self.mentions):
            if m.last_token >= governing:
                continue
            if any(
                t.value in (",", ";", ":") or t.value in _GUILLEMETS
                for t in tokens[m.last_token + 1 : governing]
            ):
                return []
            if "datv" in m.cases and not preceded_by_preposition(self.sentence, m):
                return [m]
        return []

    def _together_with(self, subject: list[Mention]) -> list[Mention]:
        """ "Министр вместе с послом Петровым встретился": who acts together with the
        subject, between it and the verb."""
        tokens = self.sentence.tokens
        last = subject[-1].last_token
        for i in range(last + 1, self.at - 1):
            if tokens[i].value.lower() == "вместе" and tokens[i + 1].value.lower() in ("с", "со"):
                return objects_after(self.sentence, self.text, i, ("с", "со"), span=3)
        return []

    def elided_subject(self) -> list[Mention]:
        """ "Мин Си родилась в Шанхае. В 2010 году подписала контракт …": a finite verb
        opening its sentence's main clause with no subject continues the subject of the
        sentence before, when that one agrees with it (past tense: in gender too)."""
        tokens = self.sentence.tokens
        grams = self.grams
        if "VERB" not in grams or "past" not in grams or self.sentence.index == 0:
            return []
        before = tokens[: self.at]
        if any(t.value in (",", "—", ":") or t.value in _GUILLEMETS for t in before) or any(
            {"NOUN", "nomn"} <= f.grams.values for t in before for f in forms(t)[:1]
        ):
            return []
        previous = self.document.sentences[self.sentence.index - 1]
        number, gender = verb_agreement(tokens[self.at])
        for m in mentions(previous, self.text):
            if m.kind == "PER" and m.can_be_subject and not m.pronoun and m.cases:
                # "Состояние у девочки неплохое": a word a preposition governs was no
                # subject there ("девочки" agrees with a plural only as a nominative)
                if (
                    agrees(m, number, gender)
                    and m.gender is not None
                    and not preceded_by_preposition(previous, m)
                ):
                    # "Дочери певца приехали. Сообщили …": named as the plural it was
                    return [m.in_case("nomn") if m.subject_number == number else m]
                return []
        return []

    def qualified(self) -> list[Mention]:
        """ "Хуан Мануэль Сантос, подписавший соглашение": the actor a participle clause
        qualifies, right before its comma."""
        tokens = self.sentence.tokens
        if self.at == 0 or tokens[self.at - 1].value != ",":
            # "подписанный Россией договор": no actor qualified.
            return []
        before = [m for m in self.mentions if m.last_token == self.at - 2]
        if not before:
            return []
        participle = self.grams
        head = before[0]
        number = "plur" if "plur" in participle else "sing"
        if head.cases and not head.cases & participle:
            return []
        if head.number and head.number != number and head.kind == "PER":
            return []
        return coordinated(self.sentence, self.mentions, head)

    def shared_subject(self) -> list[Mention]:
        """ "подтвердил … и добавил, что": a verb after "и" with no subject of its own
        shares the subject of the finite verb before it."""
        tokens = self.sentence.tokens
        i = self.at - 1
        while i >= 0 and tokens[i].value.lower() in ("также", "еще", "ещё", "тут", "же"):
            i -= 1
        if i >= 1 and tokens[i].value.lower() in ("затем", "потом"):
            i -= 1  # "…, а затем сообщил"
        i = _before_adverbial(tokens, i)  # "… и в связи с этим высказали озабоченность"
        conceding = self._conceding(i)
        if conceding is not None:
            i = conceding  # "Партия в оппозиции, хотя ранее выражала готовность …"
        elif i >= 2 and [t.value.lower() for t in tokens[i - 1 : i + 1]] == ["после", "чего"]:
            i -= 1  # "…, после чего сообщил": the verb goes on the clause before
        elif i < 0 or tokens[i].value.lower() not in _SHARING:
            return []
        number, gender = verb_agreement(tokens[self.at])
        if lemmas(tokens[self.at]) & _SPEECH_OR_ASKING and tokens[i - 1].value == ",":
            # "объявил, что завод закроется, а затем спросил": a second verb of speech
            # goes on from the verb whose "что"-clause it closes, not from that clause
            first = _speech_verb_before_that(tokens, i - 1)
            if first is not None and _same_agreement(
                verb_agreement(tokens[first]), (number, gender)
            ):
                found = predicate_at(self.sentence, self.document, first).subject()
                if [m for m in found if agrees(m, number, gender)]:
                    return found
        for j in range(i - 1, max(-1, i - 25), -1):
            if tokens[j].value in (".", ";", ":"):
                return []
            head = forms(tokens[j])
            if head and "VERB" in head[0].grams.values and j != self.at:
                if not _same_agreement(verb_agreement(tokens[j]), (number, gender)):
                    # "…, что партия осудили случай, однако напомнил": not this verb's
                    # subject, but that of a verb of the same number further back
                    continue
                found = predicate_at(self.sentence, self.document, j).subject(allow_after=True)
                return [m for m in found if agrees(m, number, gender)] and found
        return []

    def _conceding(self, i: int) -> int | None:
        """ "…, хотя ранее также выражала готовность": ", хотя" and adverbs only before the
        verb (a clause with no subject of its own); the index of "хотя", else None."""
        tokens = self.sentence.tokens
        while i >= 1 and _adverb(tokens[i]) and tokens[i].value.lower() != "хотя":
            i -= 1
        if i >= 1 and tokens[i].value.lower() == "хотя" and tokens[i - 1].value == ",":
            return i
        return None

    def continued_speech_verb(self, also: frozenset[str] = frozenset()) -> int | None:
        """ "В полиции сообщили, что …, и предположили, что …": the speech verb whose
        "что"-clause a second verb of speech (a common one, or one of ``also``) after ", и"
        closes, or the verb a few words before a plain "и" ("подтвердили арест и
        подчеркнули"), when they agree; the second shares its source. None otherwise."""
        tokens = self.sentence.tokens
        i = self.at - 1
        while i >= 0 and tokens[i].value.lower() in ("также", "еще", "ещё", "тут", "же"):
            i -= 1
        i = _before_adverbial(tokens, i)  # "…, и в связи с этим добавил"
        if i < 2 or tokens[i].value.lower() not in ("и", "а"):
            return None
        if not lemmas(tokens[self.at]) & (SPEECH_VERBS | _ASKING | also):
            return None
        if tokens[i - 1].value != ",":
            # "В пресс-службе подтвердили арест и подчеркнули, что …": one clause, two
            # verbs, the first with its short object; the second shares its source
            first = _verb_before_and(tokens, i)
        else:
            first = _speech_verb_before_that(tokens, i - 1)
        if first is None:
            return None
        if not _same_agreement(verb_agreement(tokens[first]), verb_agreement(tokens[self.at])):
            return None
        return first

    def after_quote_and_dash(self) -> list[Mention] | None:
        """ "«…», — и добавил, что …": a verb after "и" that follows a quote and a dash
        goes on from whoever said the quote: the subject of a verb before the quote in the
        sentence, else the person the sentence before is about. The quote itself is never
        the subject; None when the verb does not stand so."""
        tokens = self.sentence.tokens
        i = self.at - 1
        while i >= 0 and tokens[i].value.lower() in ("также", "еще", "ещё", "тут", "же"):
            i -= 1
        if i < 3 or tokens[i].value.lower() not in ("и", "а"):
            return None
        if tokens[i - 1].value not in ("—", "–", "-"):
            return None
        closing = i - 3 if tokens[i - 2].value == "," else i - 2
        if tokens[closing].value not in _GUILLEMETS:
            return None
        opening = next(
            (j for j in range(closing - 1, -1, -1) if tokens[j].value == GUILLEMETS.opening),
            None,
        )
        number, gender = verb_agreement(tokens[self.at])
        if opening is None:
            return []
        for j in range(opening - 1, -1, -1):
            if _finite(tokens[j]) and _same_agreement(verb_agreement(tokens[j]), (number, gender)):
                found = predicate_at(self.sentence, self.document, j).subject(allow_after=False)
                return [m for m in found if agrees(m, number, gender)] and found
        if opening > 0 or self.sentence.index == 0:
            return []
        previous = self.document.sentences[self.sentence.index - 1]
        for m in mentions(previous, self.text):
            if m.can_be_subject and "nomn" in m.cases and not m.pronoun:
                return [m] if agrees(m, number, gender) else []
        return []

    def complement_subject(self) -> list[Mention]:
        """ "Он отметил, что, возможно, встретится с Путиным": a verb of a "что"-clause
        with no subject of its own shares the subject of the verb the clause completes."""
        tokens = self.sentence.tokens
        that = next(
            (i for i in range(self.at - 1, max(-1, self.at - 8), -1) if tokens[i].value == "что"),
            None,
        )
        if that is None or that < 2 or tokens[that - 1].value != ",":
            return []
        between = tokens[that + 1 : self.at]
        if any(t.value in (":", ";") or t.value in _GUILLEMETS for t in between) or any(
            f.grams.values & {"NOUN", "NPRO"} and "nomn" in f.grams.values
            for t in between
            for f in forms(t)[:1]
        ):
            return []
        number, gender = verb_agreement(tokens[self.at])
        for j in range(that - 2, max(-1, that - 10), -1):
            if tokens[j].value in (".", ";", ":") or tokens[j].value in _GUILLEMETS:
                return []
            if _finite(tokens[j]):
                found = predicate_at(self.sentence, self.document, j).subject(allow_after=True)
                return found if [m for m in found if agrees(m, number, gender)] else []
        return []

    def subordinate_subject(self) -> list[Mention]:
        """ "Министр выступил с обращением, в котором призвал …", "Он ушёл в отставку после
        того, как признал …": a finite verb right after the opener of a relative clause in
        an oblique case ("в котором", "где") or of a clause of time or cause ("после того
        как", "когда", "поскольку"), with no subject of its own, shares the subject of
        the verb of the clause it hangs on (when that one agrees with it)."""
        tokens = self.sentence.tokens
        if not _finite(tokens[self.at]) or _impersonal(tokens[self.at]):
            return []  # "заявление, в котором сообщается": no subject at all
        start = _subordinate_start(tokens, self.at)
        if start is None:
            return []
        number, gender = verb_agreement(tokens[self.at])
        relative = bool("который" in lemmas(tokens[self.at - 1]))
        owners = (
            [m for m in self.mentions if m.kind == "PER" and "gent" in m.cases] if relative else []
        )
        for j in range(start - 1, max(-1, start - 14), -1):
            if tokens[j].value in (".", ";", ":") or tokens[j].value in _GUILLEMETS:
                return []
            if any(m.first_token <= j <= m.last_token for m in owners):
                return []  # "доклад Петрова, в котором предложил": Петров may be the one
            if _finite(tokens[j]):
                found = predicate_at(self.sentence, self.document, j).subject(allow_after=True)
                return found if [m for m in found if agrees(m, number, gender)] else []
        return []

    def _verb_before_clause(self, verb: int) -> int | None:
        """The finite verb before the ", что"/", который" clause that ``verb`` is in."""
        tokens = self.sentence.tokens
        for i in range(verb - 1, max(0, verb - 16), -1):
            if tokens[i].value in (";", "."):
                return None
            if lemmas(tokens[i]) & {"который", "что"} and tokens[i - 1].value == ",":
                for j in range(i - 2, max(-1, i - 14), -1):
                    if tokens[j].value in (";", "."):
                        return None
                    if _finite(tokens[j]):
                        return j
                return None
        return None

    def governing_verb(self) -> int | None:
        """The finite verb of the clause this word sits in: the nearest one before it
        within the clause, else after it."""
        tokens = self.sentence.tokens
        quoted = 0  # inside a quoted name on the way back ("в адрес «Лиги», назвав")
        for i in range(self.at - 1, max(-1, self.at - 16), -1):
            value = tokens[i].value
            if value == GUILLEMETS.closing:
                quoted += 1
                continue
            if value == GUILLEMETS.opening:
                if not quoted:
                    break  # the word stands inside a quote: its verb is not outside
                quoted -= 1
                continue
            if quoted:
                continue
            if value in (";", ".") or lemmas(tokens[i]) & {"который", "что"}:
                break
            if _finite(tokens[i]):
                return i
        i = self.end + 1
        while i < min(len(tokens), self.end + 24):
            if tokens[i].value == "," and opens_insertion(tokens, i):
                # "В разговоре с агентами, которые притворялись …, Джеймсон просил"
                closing = next(
                    (j for j in range(i + 1, len(tokens)) if tokens[j].value == ","), None
                )
                if closing is None:
                    return None
                i = closing + 1
                continue
            value = tokens[i].value
            if value == "," and "GRND" in self.grams and _that_clause_after(tokens, i):
                # "Защитник, ссылаясь на то, что подсудимый раскаялся, попросил": the
                # gerund's own "что"-clause ends at the next comma; its verb comes after
                closing = next(
                    (j for j in range(i + 2, len(tokens)) if tokens[j].value in (",", ";", ".")),
                    None,
                )
                if closing is None or tokens[closing].value != ",":
                    return None
                i = closing + 1
                continue
            if value in (";", ".", GUILLEMETS.opening) or lemmas(tokens[i]) & {"который", "что"}:
                break
            if _finite(tokens[i]):
                return i
            i += 1
        return None

    def clause_object(self) -> list[Mention]:
        """For a noun inside a phrase: the person the clause's verb is done to ("в
        телефонном разговоре Путин поздравил Диас-Канеля")."""
        governing = self.governing_verb()
        if governing is None:
            return []
        found = predicate_at(self.sentence, self.document, governing).direct_object(
            frozenset({"accs", "datv"}), reach=6
        )
        return [m for m in found if m.kind == "PER" and not m.pronoun]

    def clause_subject(self) -> list[Mention]:
        """For a noun inside a phrase ("во время встречи с X", "в телефонном разговоре"):
        the subject of the finite verb of its clause."""
        governing = self.governing_verb()
        if governing is None:
            return []
        return predicate_at(self.sentence, self.document, governing).subject()

    def relative_subject(self) -> list[Mention]:
        """For a noun a relative clause is about ("круглый стол, на котором представители
        организаций обсуждали …", "встреча, где присутствовали X и Y"): the subject of
        that clause's verb."""
        tokens = self.sentence.tokens
        i = self.end + 1
        while i < len(tokens) and i <= self.end + 4 and tokens[i].value != ",":
            i += 1  # past a complement of the noun ("круглом столе по вопросам")
        opener = [t.value.lower() for t in tokens[i + 1 : i + 3]]
        if i >= len(tokens) or not (
            opener[:1] == ["где"] or (opener[:1] in (["на"], ["в"], ["во"]) and _which(opener))
        ):
            return []
        for j in range(i + 2, min(len(tokens), i + 12)):
            if tokens[j].value in (",", ".", ";", ":"):
                return []
            if _finite(tokens[j]):
                return predicate_at(self.sentence, self.document, j).subject(allow_after=True)
        return []

    # -- objects -------------------------------------------------------------------------

    def partners(self, prepositions: Sequence[str], *, span: int = 12) -> list[Mention]:
        """Actors introduced after the predicate by one of ``prepositions``, with their
        coordinated partners ("с Токаевым", "между делегациями России и Китая"); after a
        noun's owner, ``span`` counts from the owner's end ("встреча президента США
        Дональда Трампа с Путиным")."""
        owner = self.owner() if "NOUN" in self.grams else []
        start = owner[-1].last_token if owner else self.end
        key = ("partners", tuple(prepositions), span)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = (
                objects_after(self.sentence, self.text, start, prepositions, span=span)
                or self._relative_partner(prepositions)
                or self._fronted_partner(prepositions)
            )
        return found

    def _relative_partner(self, prepositions: Sequence[str]) -> list[Mention]:
        """ "Депутаты, с которыми встретился министр": the partner a relative pronoun after
        the preposition stands for, the mentions before its comma."""
        tokens = self.sentence.tokens
        wanted = {p.lower() for p in prepositions}
        for i in range(self.at - 1, max(1, self.at - 6), -1):
            value = tokens[i].value.lower()
            if value in (",", ".", ";", ":"):
                return []
            if "который" in lemmas(tokens[i]) and tokens[i - 1].value.lower() in wanted:
                comma = i - 2
                if comma < 1 or tokens[comma].value != ",":
                    return []
                before = [m for m in self.mentions if m.last_token == comma - 1]
                if not before or before[0].pronoun:
                    return []
                return coordinated(self.sentence, self.mentions, before[0])
        return []

    def _fronted_partner(self, prepositions: Sequence[str]) -> list[Mention]:
        """ "С послом Японии министр встретился в пятницу": a partner phrase that opens the
        verb's clause, with only the subject and adverbs between it and the verb. Not for a
        noun, and not "вместе с X" (the preposition must open the clause)."""
        if "NOUN" in self.grams:
            return []
        tokens = self.sentence.tokens
        wanted = {p.lower() for p in prepositions}
        for i in range(self.at - 1, -1, -1):
            value = tokens[i].value.lower()
            if value in wanted:
                if i and tokens[i - 1].value not in (",", ";", ":", "—", "–", "("):
                    return []
                first = next((m for m in self.mentions if m.first_token == i + 1), None)
                if first is None or first.pronoun or (first.cases and "ablt" not in first.cases):
                    return []
                return coordinated(self.sentence, self.mentions, first, forward=True)
            if value in (",", ";", ":", "—", "–", ".", "«", "»", '"') or (
                i < self.at - 1 and _finite(tokens[i])
            ):
                return []
        return []

    def owner(self) -> list[Mention]:
        """The genitive right after a noun: "переговоры делегаций России и Китая", "согласие
        непосредственно Орловой" (an emphatic adverb or particle between)."""
        tokens = self.sentence.tokens
        start = self.end + 1
        if start + 1 < len(tokens) and _emphatic(tokens[start]):
            start += 1
        for m in self.mentions:
            # a name whose case cannot be told ("встречи А.Вебера и А.Меркель") is the owner
            if (
                m.first_token == start
                and not m.pronoun
                and ("gent" in m.cases or (not m.cases and m.kind == "PER"))
            ):
                return coordinated(self.sentence, self.mentions, m, forward=True)
        return []

    def possessor(self) -> list[Mention]:
        """The possessive pronoun before a noun: "после его встречи с X", "их переговоры"
        (adjectives may stand between: "его долгого разговора")."""
        if "NOUN" not in self.grams:
            return []
        tokens = self.sentence.tokens
        i = self.at - 1
        while i >= 0 and forms(tokens[i])[:1] and "ADJF" in forms(tokens[i])[0].grams.values:
            i -= 1
        if i < 0 or tokens[i].value.lower() not in POSSESSIVES:
            return []
        return [m for m in self.mentions if m.first_token == i == m.last_token and m.pronoun]

    def direct_object(self, cases: frozenset[str], *, reach: int = 4) -> list[Mention]:
        """The actor right after the predicate in one of ``cases``, not governed by a
        preposition, with nothing but adverbs or adjectives between ("позвонил Путину",
        "навестил в больнице отца" is not: a place phrase comes first)."""
        tokens = self.sentence.tokens
        part = self.end + 1
        while part < len(tokens) and part <= self.end + reach and _adverb(tokens[part]):
            part += 1
        group = partitive_group(self.sentence, self.mentions, part) if part < len(tokens) else None
        if group is not None and any(f.grams.values & cases for f in forms(tokens[part])):
            # "повстречает кого-то из своих родственников", "позвонил одному из лидеров"
            return coordinated(self.sentence, self.mentions, group, forward=True)
        for m in self.mentions:
            if not self.end < m.first_token <= self.end + reach:
                continue
            between = tokens[self.end + 1 : m.first_token]
            if any(t.value in (",", ".", ";", ":", "—") or t.value in _GUILLEMETS for t in between):
                return []
            if _ungoverned_noun(between):
                return []  # "принял отставку Маккаррика": the noun is the object
            if m.pronoun and not m.cases & cases:
                continue
            if (m.cases and not m.cases & cases) or preceded_by_preposition(self.sentence, m):
                continue
            return coordinated(self.sentence, self.mentions, m, forward=True)
        return []

    def in_phrase(self) -> bool:
        """A noun governed by a preposition, directly or through "время", "ход", "итог",
        "рамки" ("во время встречи", "по итогам переговоров", "в телефонном разговоре")."""
        tokens = self.sentence.tokens
        i = self.at - 1
        while i >= 0 and _modifier(tokens[i]):
            i -= 1
        if i >= 1 and lemmas(tokens[i]) & {"время", "ход", "итог", "рамка", "результат"}:
            i -= 1
        return i >= 0 and any("PREP" in f.grams.values for f in forms(tokens[i])[:2])

    def agent(self) -> list[Mention]:
        """The agent of a passive, in the instrumental: "подписан Медведевым и Обамой"."""
        found = self.mentions
        for m in found:
            if self.end < m.first_token <= self.end + 2 and "ablt" in m.cases:
                group = coordinated(self.sentence, found, m, forward=True)
                return [g for g in group if "ablt" in g.cases]
        return []

    def modality(self, *, extra_planned: Sequence[str] = ()) -> str:
        found = modality(self.sentence, self.at, extra_planned=extra_planned)
        if found == "asserted":
            return self._noun_modality() or found
        return found

    def _noun_modality(self) -> str | None:
        """An event noun takes the modality of the verb of its clause: "В пятницу пройдёт
        заседание правительства", "Обама посетит саммит", "будет принимать съезд" are
        planned; "встреча не состоится" is negated. "После встречи … посетит" speaks of a
        meeting held; None when the word is no noun or its verb says nothing."""
        tokens = self.sentence.tokens
        noun = forms(tokens[self.at])
        if not noun or "NOUN" not in noun[0].grams.values:
            return None
        if any(
            t.value.lower() == "после" or "итог" in lemmas(t)
            for t in tokens[max(0, self.at - 3) : self.at]
        ):
            return None
        governing = self.governing_verb()
        if governing is None:
            return None
        verb = tokens[governing]
        if (
            governing
            and tokens[governing - 1].value.lower() == "не"
            and lemmas(verb) & _TAKING_PLACE
        ):
            return "negated"
        if verb.value.lower() in ("будет", "будут"):
            return "planned"
        verbal = [f for f in forms(verb) if "VERB" in f.grams.values]
        if verbal and all("futr" in f.grams.values for f in verbal):
            return "planned"
        return None


def predicate_at(
    sentence: Sentence, document: AnalysedText, at: int, end: int | None = None
) -> Predicate:
    """The predicate at token ``at`` (to ``end``), shared by every pack for the sentence."""
    table: dict[tuple[int, int], Predicate] = sentence.cached(_KEY, dict)
    key = (at, at if end is None else end)
    if key not in table:
        table[key] = Predicate(sentence, document, *key)
    return table[key]


# Verbs that say an event took place: negated, they say it did not ("встреча не состоится").
_TAKING_PLACE = frozenset("состояться пройти проходить провести проводить".split())


# Verbs of asking: they go on from a statement as the common speech verbs do.
_ASKING = frozenset({"спросить", "спрашивать"})
_SPEECH_OR_ASKING = SPEECH_VERBS | _ASKING


def _that_clause_after(tokens: Tokens, comma: int) -> bool:
    """A comma followed by "что" opening a clause."""
    return comma + 1 < len(tokens) and tokens[comma + 1].value.lower() == "что"


def _speech_verb_before_that(tokens: Tokens, comma: int) -> int | None:
    """The speech verb whose "что"-clause runs up to ``comma`` ("объявил в среду, что …"),
    or None when the clause opens otherwise or the sentence breaks before it."""
    for k in range(comma - 1, max(0, comma - 30), -1):
        value = tokens[k].value
        if value in (".", ";", ":") or value in _GUILLEMETS:
            return None
        if value.lower() != "что" or tokens[k - 1].value != ",":
            continue
        for v in range(k - 2, max(-1, k - 6), -1):
            found = forms(tokens[v])
            if found and "VERB" in found[0].grams.values:
                return v if lemmas(tokens[v]) & _SPEECH_OR_ASKING else None
            if tokens[v].type == "PUNCT":
                return None
        return None
    return None


def _verb_before_and(tokens: Tokens, conjunction: int) -> int | None:
    """The finite verb a few words before "и" ("подтвердили арест и …"), with no
    punctuation, quote or "что" between; None otherwise."""
    for k in range(conjunction - 1, max(-1, conjunction - 5), -1):
        token = tokens[k]
        if token.type == "PUNCT" or token.value.lower() in ("что", "и", "а"):
            return None
        found = forms(token)
        if found and "VERB" in found[0].grams.values:
            return k
    return None


def _ungoverned_noun(tokens: Tokens) -> bool:
    """A noun not governed by a preposition among ``tokens`` ("в Белом доме" is a place
    phrase; "отставку" is an object of its own)."""
    governed = False
    for token in tokens:
        found = forms(token)
        grams = found[0].grams.values if found else frozenset()
        if "PREP" in grams:
            governed = True
        elif "NOUN" in grams and not governed:
            return True
    return False


def _emphatic(token: Token) -> bool:
    """ "непосредственно", "лично", "именно", "же": a word that stresses the next one."""
    found = forms(token)
    return bool(found) and bool(found[0].grams.values & {"ADVB", "PRCL"})


def _modifier(token: Token) -> bool:
    found = forms(token)
    return bool(found) and bool(found[0].grams.values & {"ADJF", "PRTF", "NUMR"})


# Short adjectives that govern an infinitive as a verb would: "должен объявить",
# "готовы подписать", "обязан сообщить".
_MODAL_SHORT = frozenset("должный готовый обязанный намеренный".split())


def _finite(token: Token) -> bool:
    """A finite verb, a short passive participle ("рассмотрены на заседании") or a modal
    short adjective ("должны объявить")."""
    found = forms(token)
    if not found:
        return False
    grams = found[0].grams.values
    if grams & {"VERB", "PRTS"}:
        return True
    return "ADJS" in grams and bool(lemmas(token) & _MODAL_SHORT)


# Conjunctions that open a clause of time or cause after a comma: "…, когда заявил".
_SUBORDINATORS = frozenset({"когда", "поскольку", "пока", "где"})
# "после того как", "перед тем, как", "до того как": the preposition opens the clause.
_TIME_PREPOSITIONS = frozenset({"после", "перед", "до"})
# Words that may stand between a clause's opener and its verb: "когда публично признал".
_OPENER_GAP = 2


def _subordinate_start(tokens: Tokens, verb: int) -> int | None:
    """Where the subordinate clause the verb at ``verb`` opens starts (its comma, or the
    preposition of "после того как"), when only adverbs or particles stand between the
    clause's opener and the verb; None otherwise."""
    i = verb - 1
    while i > 0 and verb - i <= _OPENER_GAP and _emphatic(tokens[i]) and not _opener(tokens, i):
        i -= 1
    if i < 2:
        return None
    word = tokens[i].value.lower()
    before = tokens[i - 1].value.lower()
    if word == "как":
        # "после того как", "после того, как"
        at = i - 2 if before == "," else i - 1
        if (
            at >= 1
            and tokens[at].value.lower() in ("того", "тем")
            and tokens[at - 1].value.lower() in _TIME_PREPOSITIONS
        ):
            return at - 1
        if before == "так" and tokens[i - 2].value == ",":
            return i - 2  # "…, так как признал"
        return None
    if word in _SUBORDINATORS:
        return i - 1 if before == "," else None
    if "который" in lemmas(tokens[i]) and i >= 2:
        # "…, в котором призвал": a relative in an oblique case after its preposition
        preposition = forms(tokens[i - 1])
        if preposition and "PREP" in preposition[0].grams.values and tokens[i - 2].value == ",":
            return i - 2
    return None


def _impersonal(token: Token) -> bool:
    """ "сообщается", "говорилось", "сказано": a verb in "-ся" that shows no person's
    gender or number, or a neuter short participle."""
    grams = forms(token)[0].grams.values
    if {"PRTS", "neut"} <= grams:
        return True
    return any(lemma.endswith(("ся", "сь")) for lemma in lemmas(token)) and not (
        grams & {"masc", "femn", "plur"}
    )


def _opener(tokens: Tokens, i: int) -> bool:
    word = tokens[i].value.lower()
    return word in _SUBORDINATORS or word == "как" or bool("который" in lemmas(tokens[i]))


# The longest prepositional adverbial between "и" and a verb that shares its subject.
_ADVERBIAL_WORDS = 5


def _before_adverbial(tokens: Tokens, at: int) -> int:
    """The index of the "и"/"а" before a prepositional adverbial that ends at ``at`` ("и в
    связи с этим высказали": from "этим" back to "и"), or ``at`` when there is none."""
    adverbial = _adverbial_phrase_start(tokens, at)
    if adverbial is not None and tokens[adverbial - 1].value.lower() in _SHARING:
        return adverbial - 1
    return at


def _adverbial_phrase_start(tokens: Tokens, last: int) -> int | None:
    """Where a run of prepositional phrases and adverbs ending at ``last`` starts ("в связи
    с этим", "при этом", "в тот же день"): every noun in it follows its preposition (so
    none is a subject); None when the words before ``last`` are not such a run."""
    start = last
    while start >= 0 and last - start < _ADVERBIAL_WORDS:
        grams = forms(tokens[start])[0].grams.values if forms(tokens[start]) else frozenset()
        if not grams & {"PREP", "ADVB", "PRCL", "NOUN", "NPRO", "ADJF", "APRO"}:
            break
        if tokens[start].value[:1].isupper() or "который" in lemmas(tokens[start]):
            return None  # a name may be a subject; "и в которой …" opens a relative clause
        start -= 1
    first = start + 1
    if first > last or not _governed_run(tokens, first, last):
        return None
    return first


def _governed_run(tokens: Tokens, first: int, last: int) -> bool:
    """Whether every noun or pronoun of tokens ``first``..``last`` stands after a
    preposition of the run (with adjectives between), and the run opens with a
    preposition or an adverb."""
    governed = False
    for i in range(first, last + 1):
        grams = forms(tokens[i])[0].grams.values
        if "PREP" in grams:
            governed = True
        elif grams & {"ADVB", "PRCL"}:
            governed = False
        elif grams & {"NOUN", "NPRO"}:
            if not governed:
                return False
        elif not grams & {"ADJF", "APRO"} or not governed:
            return False
    first_grams = forms(tokens[first])[0].grams.values
    return bool(first_grams & {"PREP", "ADVB"})
