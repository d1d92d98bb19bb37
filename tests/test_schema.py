"""The JSON Schema generated from the attrs classes accepts real extractor output and
rejects documents that break the contract."""

from __future__ import annotations

import copy
from typing import Any

import pytest

jsonschema = pytest.importorskip("jsonschema")

from eventkit import Extractor  # noqa: E402
from eventkit.model.schema import json_schema  # noqa: E402

TEXT = (
    "Москва, 12 апреля -- Министр иностранных дел России Сергей Лавров сегодня провел "
    "переговоры с госсекретарем США Энтони Блинкеном. Лавров заявил, что диалог будет "
    "продолжен. Стороны подписали соглашение о сотрудничестве. "
    "Сбербанк купил 51% акций компании «Рамблер» за 60 млн долларов."
)


@pytest.fixture(scope="module")
def output() -> tuple[dict[str, Any], dict[str, Any]]:
    extractor = Extractor()
    schema = json_schema(extractor.converter.event_types.values())
    jsonschema.Draft202012Validator.check_schema(schema)
    data = extractor.converter.document_to_dict(extractor.extract(TEXT, doc_id="d"))
    return schema, data


def test_real_output_is_valid(output: tuple[dict[str, Any], dict[str, Any]]) -> None:
    schema, data = output
    assert {e["type"] for e in data["events"]} >= {"Meeting", "Statement", "Deal"}
    jsonschema.validate(data, schema)


@pytest.mark.parametrize(
    "break_it",
    [
        pytest.param(lambda d: d["events"][0].update(modality="maybe"), id="bad-enum"),
        pytest.param(lambda d: d["events"][0].pop("trigger"), id="missing-key"),
        pytest.param(lambda d: d["events"][0].update(type="Party"), id="unknown-type"),
        pytest.param(lambda d: d["events"][0]["trigger"].update(start="0"), id="wrong-type"),
        pytest.param(lambda d: d.update(extra=1), id="unknown-document-key"),
    ],
)
def test_broken_output_is_rejected(
    output: tuple[dict[str, Any], dict[str, Any]], break_it: Any
) -> None:
    schema, data = output
    broken = copy.deepcopy(data)
    break_it(broken)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
