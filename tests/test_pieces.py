"""A run of text without sentence ends is analysed in pieces of about a sentence."""

from __future__ import annotations

from eventkit import Extractor, Statement
from eventkit.text.analysis import MAX_SENTENCE_TOKENS, PIECE_TOKENS, analyse

CLAUSE = "министр Иван Петров заявил журналистам, что переговоры с соседями идут успешно"


def test_an_oversized_sentence_is_cut_after_commas_into_short_pieces() -> None:
    text = ", ".join([CLAUSE] * 40) + "."
    analysed = analyse(text)
    [(start, end, tokens)] = analysed.oversized
    assert tokens > MAX_SENTENCE_TOKENS
    assert (start, end) == (0, len(text))
    assert all(len(s.tokens) <= PIECE_TOKENS for s in analysed.sentences)
    # every piece but the last ends after a comma, and the pieces cover the text in order
    assert all(s.tokens[-1].value == "," for s in analysed.sentences[:-1])
    assert [s.start for s in analysed.sentences] == sorted(s.start for s in analysed.sentences)


def test_a_sentence_under_the_limit_is_one_piece() -> None:
    text = ", ".join([CLAUSE] * 3) + "."
    assert len(analyse(text).sentences) == 1


def test_statements_in_run_on_text_are_still_found() -> None:
    text = ", ".join([CLAUSE] * 40) + "."
    found = [e for e in Extractor(["news"]).extract(text).events if isinstance(e, Statement)]
    assert len(found) >= 30
    assert {s.speaker.name for s in found} == {"Иван Петров"}
