"""Web links in the text: blanked for analysis, every other character kept in place."""

from __future__ import annotations

from eventkit.text.analysis import analyse, without_links


def test_a_wiki_link_keeps_its_words_and_their_offsets() -> None:
    text = "Закон принят, [http://example.org/a.b/c?d=1 сообщает] сайт Думы."
    blanked = without_links(text)
    assert len(blanked) == len(text)
    assert "http" not in blanked
    assert "[" not in blanked
    assert "]" not in blanked
    start = text.index("сообщает")
    assert blanked[start : start + len("сообщает")] == "сообщает"


def test_the_dots_of_a_link_end_no_sentence() -> None:
    text = "Подробности на www.example.org/news.html и в газете. Второе предложение."
    sentences = analyse(text).sentences
    assert len(sentences) == 2
    assert all("example" not in t.value for s in sentences for t in s.tokens)


def test_text_without_links_is_returned_as_is() -> None:
    text = "Обычный текст. Без ссылок."
    assert without_links(text) is text
