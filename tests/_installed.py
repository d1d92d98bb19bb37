"""Installing small third-party rule packs for tests, as real distributions: a module and a
``dist-info`` directory with an ``eventkit`` entry point, on a path given to subprocesses
through ``PYTHONPATH`` (what ``pip install`` of a pack amounts to)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Left out of a copy of the checkout: what a fresh clone does not have.
NOT_IN_A_CLONE = shutil.ignore_patterns(
    ".venv*",
    "dist",
    "build",
    "site",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    ".git",
    ".hypothesis",
)


def install_pack(site: Path, *, dist: str, module: str, source: str, entry: str) -> None:
    """Distribution ``dist`` with module ``module`` (``source``) registering entry point
    ``entry`` in the ``eventkit`` group, installed into the directory ``site``."""
    info = site / f"{dist.replace('-', '_')}-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[eventkit]\n{entry} = {module}\n")
    (site / f"{module}.py").write_text(source)


def environment(site: Path, **extra: str) -> dict[str, str]:
    """The environment in which a subprocess sees the packs installed into ``site``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def meeting_pack(name: str, rules: dict[str, tuple[str, str]], module_body: str) -> str:
    """Source of a pack module: ``module_body`` (its own functions), then the hook returning
    pack ``name`` whose rules (rule name -> grammar factory and interpret function, as
    expressions in the module) find a Meeting wherever "встретиться" is."""
    listed = "".join(
        f"""
            EventRule(
                name={rule!r},
                event_type=Meeting,
                triggers={{"встретиться"}},
                grammar={grammar},
                interpret={interpret},
            ),"""
        for rule, (grammar, interpret) in rules.items()
    )
    return f"""
from yargy import rule
from yargy.predicates import normalized

from eventkit import EventRule, Meeting, RulePack, hookimpl

{module_body}


def _meeting_grammar():
    return rule(normalized("встретиться"))


@hookimpl
def eventkit_rule_packs():
    return [RulePack(name={name!r}, rules=[{listed}
    ])]
"""
