"""The same input gives the same output in every process: nothing may depend on the order
in which a set of strings is iterated, which changes with Python's hash seed from run to run
("им" is both "он" and "они"; which one a mention took once depended on it)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from _cli import eventkit_command

# Seeds that gave different entities before the fix (3 and 5 against 0), and one more.
SEEDS = ("0", "3", "5")
OWN = (
    "Иван Петров сообщил, что если пост займет человек по фамилии Сидоров, то им будет "
    "младший сын. Позже Петров встретился с ним в Москве и заявил, что доволен."
)


def _extract(corpus: Path, out: Path, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [*eventkit_command("extract", corpus, "-o", out, "--force")],
        capture_output=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    return out.read_bytes()


def test_output_does_not_depend_on_the_hash_seed(shared: Path, tmp_path: Path) -> None:
    lines = (shared / "data" / "agency-dev.jsonl").read_text(encoding="utf-8").splitlines()
    own = '{"id": "own", "text": "' + OWN + '"}'
    corpus = tmp_path / "sample.jsonl"
    corpus.write_text("\n".join([own, *lines[:12]]) + "\n", encoding="utf-8")
    outputs = {seed: _extract(corpus, tmp_path / f"out-{seed}.jsonl", seed) for seed in SEEDS}
    first = outputs[SEEDS[0]]
    assert first.count(b"\n") == 13
    for seed, output in outputs.items():
        assert output == first, f"PYTHONHASHSEED={seed} gave other output than {SEEDS[0]}"
