"""``eventkit corpus`` as users run it: extract, then corpus, in subprocesses."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from _cli import corpus_line, run_eventkit

TEXTS = {
    "news/1": "Иван Петров встретился с Анной Смирновой. Петров заявил, что переговоры прошли "
    "успешно.",
    "news/2": "5 апреля 2021 года Анна Смирнова провела переговоры с Иваном Петровым в Казани.",
    "news/3": "Россия и Китай подписали соглашение о сотрудничестве в области энергетики.",
}
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("corpus")
    source = root / "news.jsonl"
    source.write_text("\n".join(corpus_line(k, t) for k, t in TEXTS.items()) + "\n", "utf-8")
    extracted = run_eventkit("extract", source, "-o", root / "out.jsonl")
    assert extracted.returncode == 0, extracted.stderr.decode()
    result = run_eventkit("corpus", root / "out.jsonl", "-o", root / "site", "--pages", "pages")
    assert result.returncode == 0, result.stderr.decode()
    return root / "site", result.stderr.decode()


def test_files(written: tuple[Path, str]) -> None:
    site, message = written
    assert sorted(p.name for p in site.iterdir()) == [
        "agreements.csv",
        "corpus.html",
        "corpus.json",
        "entities.csv",
        "events.csv",
        "meetings.csv",
        "network.graphml",
        "statements.csv",
    ]
    assert "3 documents" in message
    assert "1 meeting edges" in message


def test_csv(written: tuple[Path, str]) -> None:
    site, _ = written
    raw = (site / "meetings.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheets read it as UTF-8
    with (site / "meetings.csv").open(encoding="utf-8-sig", newline="") as lines:
        [row] = list(csv.DictReader(lines))
    assert {row["source_name"], row["target_name"]} == {"Иван Петров", "Анна Смирнова"}
    assert (row["count"], row["documents"]) == ("2", "news/1 | news/2")
    with (site / "entities.csv").open(encoding="utf-8-sig", newline="") as lines:
        names = {r["name"] for r in csv.DictReader(lines)}
    assert names == {"Иван Петров", "Анна Смирнова", "Россия", "Китай"}


def test_json(written: tuple[Path, str]) -> None:
    site, _ = written
    data = json.loads((site / "corpus.json").read_text("utf-8"))
    assert data["summary"]["documents"] == 3
    assert data["summary"]["entities"] == 4
    assert data["summary"]["meeting_edges"] == 1
    assert data["documents"] == list(TEXTS)
    assert data["agreements"][0]["subject"] == "о сотрудничестве в области энергетики"


def test_graphml(written: tuple[Path, str]) -> None:
    site, _ = written
    graph = ET.parse(site / "network.graphml").getroot().find(f"{GRAPHML}graph")
    assert graph is not None
    nodes = {
        n.get("id"): n.findtext(f"{GRAPHML}data[@key='name']") for n in graph.iter(f"{GRAPHML}node")
    }
    assert sorted(nodes.values()) == ["Анна Смирнова", "Иван Петров", "Китай", "Россия"]
    relations = sorted(
        e.findtext(f"{GRAPHML}data[@key='relation']") for e in graph.iter(f"{GRAPHML}edge")
    )
    assert relations == ["agreement", "meeting"]


def test_page_is_self_contained(written: tuple[Path, str]) -> None:
    site, _ = written
    page = (site / "corpus.html").read_text("utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page
    data = json.loads(re.search(r'id="ek-data">(.*?)</script>', page, re.S).group(1))
    # Links go to the pages `eventkit show news.jsonl -o pages/` names.
    assert [d[1] for d in data["docs"]] == [
        "pages/news_1.html",
        "pages/news_2.html",
        "pages/news_3.html",
    ]


def test_missing_input() -> None:
    result = run_eventkit("corpus", "no-such.jsonl", "-o", "unused")
    assert result.returncode == 2
    assert b"no-such.jsonl: no such file" in result.stderr


def test_input_that_is_not_extraction_output(tmp_path: Path) -> None:
    source = tmp_path / "texts.jsonl"
    source.write_text(corpus_line("1", "Иван Петров заявил, что всё хорошо.") + "\n", "utf-8")
    result = run_eventkit("corpus", source, "-o", tmp_path / "site")
    assert result.returncode == 2
    assert b"texts.jsonl:1: expected a document of eventkit extract output" in result.stderr


def test_output_that_is_a_file(written: tuple[Path, str], tmp_path: Path) -> None:
    site, _ = written
    taken = tmp_path / "taken"
    taken.write_text("")
    result = run_eventkit("corpus", site.parent / "out.jsonl", "-o", taken)
    assert result.returncode == 2
    assert b"taken: not a directory" in result.stderr
