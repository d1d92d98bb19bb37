"""The Extractor: runs every pack's rules over the sentences their triggers select.

Work per document: one pass of sentence splitting, tokenization and morphology (``text``);
for each rule, only the sentences holding one of its trigger lemmas, and in them only a
window of tokens around each trigger; parsers are built once per Extractor.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from functools import partial

import pluggy

from eventkit import speedups
from eventkit.engine.guard import is_pack_failure
from eventkit.engine.hookcall import call_hook
from eventkit.engine.lexicons import lexicons_with
from eventkit.engine.packs import (
    EventRule,
    RuleMatch,
    RulePack,
    validate_event_types,
    validate_packs,
)
from eventkit.engine.plugins import get_plugin_manager, installed_pack_names, unknown_pack_message
from eventkit.engine.validate import checked_events
from eventkit.engine.versions import check_compatible
from eventkit.errors import RulePackError, UnknownPackError
from eventkit.extract.blocks import MAX_BLOCK_CHARS, renumbered, shifted, split_blocks
from eventkit.extract.pipe import pipe
from eventkit.extract.postprocess import postprocessed, sorted_events
from eventkit.extract.progress import Progress
from eventkit.extract.windows import trigger_windows
from eventkit.grammar.actors import actor_parser
from eventkit.grammar.lexicon import Lexicons, using_lexicons
from eventkit.model.entities import joined_entities
from eventkit.model.events import Document, Event, ExtractionError
from eventkit.model.serialize import EventConverter
from eventkit.parse.collector import no_collection
from eventkit.parse.fastparse import FastParser, ParseCut, collect_cuts
from eventkit.resolve.dates_places import parsers as date_and_place_parsers
from eventkit.resolve.document import resolve_document
from eventkit.text.analysis import (
    MAX_SENTENCE_TOKENS,
    PIECE_TOKENS,
    AnalysedText,
    PretokenizedTokenizer,
    Sentence,
    analyse,
)
from eventkit.text.morph import Morph, get_morph

log = logging.getLogger(__name__)

# Hard cap on the tokens one parse may see: Earley charts grow fast with length.
MAX_PARSE_TOKENS = 80
# Matches of one rule interpreted per sentence (the news corpus has at most 4); the rest of a
# pathological sentence is reported as a "budget" error instead of costing unbounded time.
MAX_MATCHES_PER_SENTENCE = 16


class _CompiledRule:
    """A rule with its yargy parser, built on first use."""

    def __init__(self, pack: RulePack, rule: EventRule, morph: Morph) -> None:
        self.pack = pack
        self.rule = rule
        self._morph = morph
        self._parser: FastParser | None = None

    @property
    def parser(self) -> FastParser:
        if self._parser is None:
            grammar = self.rule.grammar()
            self._parser = FastParser(
                grammar,
                tokenizer=PretokenizedTokenizer(self._morph),
                pack=self.pack.name,
                name=self.rule.name,
            )
        return self._parser


class Extractor:
    """Finds events in text with the installed rule packs.

    :param packs: names of the packs to use (default: every installed pack); packs not named
        are not even imported.
    :param exclude: names of packs to leave out.
    :param strict: raise on a pack's failure instead of recording it in ``Document.errors``.
    :param load_entrypoints: load installed packs through the ``eventkit`` entry points.
    :param plugins: extra plugin objects (modules or instances with ``@hookimpl`` methods)
        to register, as pytest's ``plugins=`` does: for notebooks and pack tests; an
        installed pack registers through its entry point instead.

    The words its plugins add through ``eventkit_lexicons`` are its own (``lexicons``): they
    are current while it extracts, and no other Extractor sees them.
    """

    def __init__(
        self,
        packs: Collection[str] | None = None,
        *,
        exclude: Collection[str] = (),
        strict: bool = False,
        load_entrypoints: bool = True,
        plugins: Sequence[object] = (),
    ) -> None:
        self.strict = strict
        # How a worker process that is not forked builds the same Extractor (``recipe``).
        self._recipe: Callable[[], Extractor] | None = None
        if load_entrypoints and not plugins:
            self._recipe = partial(
                Extractor,
                tuple(packs) if packs is not None else None,
                exclude=tuple(exclude),
                strict=strict,
            )
        self._pm = get_plugin_manager(
            load_entrypoints=load_entrypoints,
            allow=set(packs) if packs is not None else None,
            block=set(exclude),
            plugins=plugins,
        )
        found = validate_packs(call_hook(self._pm, "eventkit_rule_packs"))
        by_name = {p.name: p for p in found}
        if packs is not None:
            missing = sorted(set(packs) - set(by_name))
            if missing:
                installed = set(by_name)
                if load_entrypoints:
                    installed |= set(installed_pack_names())
                raise UnknownPackError(unknown_pack_message(missing, sorted(installed)))
        self.packs: tuple[RulePack, ...] = tuple(p for p in found if p.name not in exclude)
        # The words the packs add serve this Extractor only (``extract`` makes them current).
        self.lexicons: Lexicons = lexicons_with(call_hook(self._pm, "eventkit_lexicons"))
        for pack in self.packs:
            check_compatible(pack)
        registered = call_hook(self._pm, "eventkit_event_types")
        event_types = validate_event_types(registered)
        _check_pack_event_types(self.packs, event_types, registered)
        self.converter = EventConverter(event_types)
        self._morph = get_morph()
        self._rules = [_CompiledRule(p, r, self._morph) for p in self.packs for r in p.rules]
        # every rule's trigger lemmas: a sentence without one is no rule's to parse
        self._triggers: frozenset[str] = frozenset().union(
            *(compiled.rule.triggers for compiled in self._rules)
        )

    @property
    def plugin_manager(self) -> pluggy.PluginManager:
        return self._pm

    def warm_up(self) -> None:
        """Build every parser now rather than on the first document that needs it."""
        for compiled in self._rules:
            try:
                _ = compiled.parser
            except BaseException as error:  # reported per document by ``extract``
                if not is_pack_failure(error):
                    raise
                if self.strict:
                    pack, rule = compiled.pack.name, compiled.rule.name
                    raise RulePackError(
                        f"pack {pack!r}, rule {rule!r}: building the grammar failed: {error!r}",
                        pack=pack,
                    ) from error
        # The core's own parsers, otherwise built by the first sentence that needs them; the
        # actor parser is kept per lexicons, so it is built under this extractor's.
        with using_lexicons(self.lexicons):
            actor_parser()
            date_and_place_parsers()

    def recipe(self) -> Callable[[], Extractor] | None:
        """A picklable callable that builds an Extractor like this one (for worker processes
        that are not forked), or None when it was given plugin objects."""
        return self._recipe

    def __call__(self, text: str, *, doc_id: str = "") -> Document:
        """The same as ``extract``: ``extractor(text)``, as spaCy's ``nlp(text)``."""
        return self.extract(text, doc_id=doc_id)

    def extract(self, text: str, *, doc_id: str = "") -> Document:
        """Events of one document, sorted by position, with per-pack errors."""
        if not isinstance(text, str):
            raise TypeError(f"extract() takes str, got {type(text).__name__}")
        with using_lexicons(self.lexicons):
            if len(text) > MAX_BLOCK_CHARS:
                document = self._extract_blocks(text, doc_id)
            else:
                document = self._extract_alone(text, doc_id)
            return postprocessed(self._pm, document, strict=self.strict)

    def _extract_alone(self, text: str, doc_id: str) -> Document:
        """One block with the collector off (see ``no_collection``). It comes back on once
        the block's tokens and charts are gone, so its first run sees only what is kept."""
        with no_collection():
            return self._extract_block(text, doc_id)

    def _extract_blocks(self, text: str, doc_id: str) -> Document:
        """A very long document, block by block (see ``eventkit.blocks``)."""
        blocks = split_blocks(text)
        events: list[Event] = []
        errors = [
            ExtractionError(
                pack="eventkit",
                rule="blocks",
                kind="budget",
                message=f"a document of {len(text)} characters was extracted in {len(blocks)} "
                "blocks: names, pronouns and the dateline are resolved within each block",
                start=0,
                end=len(text),
            )
        ]
        parts: list[Document] = []
        for start, end in blocks:
            part = self._extract_alone(text[start:end], doc_id)
            parts.append(shifted(part, start))
        # One entity per name across the blocks; each block's actors renumbered to it.
        entities, indices = joined_entities([part.entities for part in parts])
        for part, new in zip(parts, indices, strict=True):
            events.extend(renumbered(e, new) for e in part.events)
            errors.extend(part.errors)
        return Document(
            id=doc_id, text=text, events=sorted_events(events), errors=errors, entities=entities
        )

    def _extract_block(self, text: str, doc_id: str) -> Document:
        with collect_cuts() as cuts:
            analysed = analyse(text, self._morph)
            events: list[Event] = []
            errors = [_oversized_error(*cut) for cut in analysed.oversized]
            hits = self._trigger_hits(analysed)
            for compiled in self._rules:
                events.extend(self._run_rule(compiled, analysed, hits, errors))
            events, entities = resolve_document(analysed, events)
            analysed.clear_caches()
        errors.extend(_budget_error(cut) for cut in cuts)
        return Document(
            id=doc_id, text=text, events=sorted_events(events), errors=errors, entities=entities
        )

    def pipe(
        self,
        texts: Iterable[object],
        *,
        as_tuples: bool = False,
        batch_size: int = 16,
        workers: int = 1,
        progress: bool | Progress = False,
    ) -> Iterator[Document]:
        """``extract`` over many texts, lazily, one ``Document`` per text in input order.

        :param texts: plain strings (each document's id is ""), or with ``as_tuples=True``
            ``(text, id)`` pairs. An item of the other shape is a ``TypeError``.
        :param batch_size: texts sent to a worker process at once.
        :param workers: processes to extract in: forked while this process runs no other
            thread (they share this Extractor's parsers), else spawned (each builds its own
            Extractor of the same packs); 1 extracts in this process.
        :param progress: True shows documents done, rate and time left on stderr (of
            ``len(texts)`` when ``texts`` has a length); or a ``Progress`` of your own.
        """
        return pipe(
            self,
            texts,
            as_tuples=as_tuples,
            batch_size=batch_size,
            workers=workers,
            progress=progress,
        )

    def extract_many(self, texts: Iterable[tuple[str, str]]) -> Iterator[Document]:
        """Deprecated: ``extract`` over ``(id, text)`` pairs. Use
        ``pipe(((text, id) for id, text in pairs), as_tuples=True)``: its pairs put the text
        first, as ``extract(text, doc_id=...)`` does."""
        warnings.warn(
            "Extractor.extract_many((id, text) pairs) is deprecated; use "
            "Extractor.pipe((text, id) pairs, as_tuples=True) or pipe(texts)",
            DeprecationWarning,
            stacklevel=2,
        )
        pairs = ((text, doc_id) for doc_id, text in texts)
        yield from self.pipe(pairs, as_tuples=True)

    def _trigger_hits(self, analysed: AnalysedText) -> list[tuple[Sentence, frozenset[str]]]:
        """The sentences holding some rule's trigger, each with the trigger lemmas it holds
        (every sentence with all its lemmas on the reference path): a rule's sentences are
        then found among a few, by a few lemmas each."""
        if not speedups.enabled():
            return [(s, s.lemmas) for s in analysed.sentences]
        triggers = self._triggers
        hits = [(s, triggers.intersection(s.lemmas)) for s in analysed.sentences]
        return [(s, hit) for s, hit in hits if hit]

    def _run_rule(
        self,
        compiled: _CompiledRule,
        analysed: AnalysedText,
        hits: list[tuple[Sentence, frozenset[str]]],
        errors: list[ExtractionError],
    ) -> list[Event]:
        rule, pack = compiled.rule, compiled.pack
        found: list[Event] = []
        triggers = rule.triggers
        # each sentence with the rule's trigger lemmas it holds (what its windows look for)
        selected = [(s, triggers & hit) for s, hit in hits if not triggers.isdisjoint(hit)]
        if not selected:
            return found
        try:
            parser = compiled.parser
        except BaseException as error:
            if not is_pack_failure(error):
                raise
            self._fail(errors, pack, rule, f"building the grammar failed: {error!r}", error)
            return found
        for sentence, present in selected:
            budget = MAX_MATCHES_PER_SENTENCE
            for window in trigger_windows(sentence, rule, present):
                if len(window) > MAX_PARSE_TOKENS:
                    window = window[:MAX_PARSE_TOKENS]
                    errors.append(
                        ExtractionError(
                            pack=pack.name,
                            rule=rule.name,
                            kind="budget",
                            message=f"parse window cut to {MAX_PARSE_TOKENS} tokens",
                            start=sentence.start,
                            end=sentence.end,
                        )
                    )
                try:
                    matches = list(parser.findall(window))
                except BaseException as error:
                    if not is_pack_failure(error):
                        raise
                    self._fail(errors, pack, rule, f"matching failed: {error!r}", error, sentence)
                    continue
                if len(matches) > budget:
                    errors.append(
                        ExtractionError(
                            pack=pack.name,
                            rule=rule.name,
                            kind="budget",
                            message=f"{len(matches) - budget} more matches in the sentence "
                            f"left uninterpreted (at most {MAX_MATCHES_PER_SENTENCE})",
                            start=sentence.start,
                            end=sentence.end,
                        )
                    )
                    matches = matches[:budget]
                budget -= len(matches)
                for match in matches:
                    context = RuleMatch(match, sentence, analysed, pack.name, rule.name)
                    try:
                        found.extend(checked_events(rule.interpret(context), analysed.text))
                    except BaseException as error:
                        if not is_pack_failure(error):
                            raise
                        self._fail(
                            errors,
                            pack,
                            rule,
                            f"interpreting a match failed: {error!r}",
                            error,
                            sentence,
                        )
        return found

    def _fail(
        self,
        errors: list[ExtractionError],
        pack: RulePack,
        rule: EventRule,
        message: str,
        error: BaseException,
        sentence: Sentence | None = None,
    ) -> None:
        if self.strict:
            raise RulePackError(
                f"pack {pack.name!r}, rule {rule.name!r}: {message}", pack=pack.name
            ) from error
        log.warning("pack %s, rule %s: %s", pack.name, rule.name, message)
        errors.append(
            ExtractionError(
                pack=pack.name,
                rule=rule.name,
                kind="pack",
                message=message,
                start=sentence.start if sentence else None,
                end=sentence.end if sentence else None,
            )
        )


def _oversized_error(start: int, end: int, tokens: int) -> ExtractionError:
    return ExtractionError(
        pack="eventkit",
        rule="sentences",
        kind="budget",
        message=f"a sentence of {tokens} tokens (over {MAX_SENTENCE_TOKENS}) was analysed in "
        f"pieces of at most {PIECE_TOKENS} tokens",
        start=start,
        end=end,
    )


def _budget_error(cut: ParseCut) -> ExtractionError:
    """A parse that hit its work budget (see ``eventkit.fastparse``), as a document error."""
    return ExtractionError(
        pack=cut.pack,
        rule=cut.rule,
        kind="budget",
        message=cut.message,
        start=cut.start,
        end=cut.end,
    )


def _check_pack_event_types(
    packs: Sequence[RulePack],
    registered: Sequence[type[Event]],
    results: Sequence[tuple[str, object]],
) -> None:
    """Event types are registered through ``eventkit_event_types`` only: a rule whose class
    is not registered is an error, and so is one whose ``type`` another class holds (a pack
    cannot take over "Meeting" and have the real Meetings read into its class)."""
    owners: dict[type[Event], str] = {}
    for plugin, returned in results:
        for cls in returned if isinstance(returned, Iterable) else ():
            owners.setdefault(cls, plugin)
    by_name = {cls.type: cls for cls in registered}
    for pack in packs:
        for cls in pack.event_types:
            if cls in owners:
                continue
            holder = by_name.get(cls.type)
            if holder is not None:
                raise RulePackError(
                    f"pack {pack.name!r} claims event type {cls.type!r} with its class "
                    f"{cls.__module__}.{cls.__qualname__}, but {cls.type!r} is "
                    f"{holder.__module__}.{holder.__qualname__}, registered by "
                    f"{owners[holder]!r}: a type has one class",
                    pack=pack.name,
                )
            raise RulePackError(
                f"pack {pack.name!r}: its event type {cls.type!r} "
                f"({cls.__module__}.{cls.__qualname__}) is not registered: return it from "
                "the eventkit_event_types hook",
                pack=pack.name,
            )
