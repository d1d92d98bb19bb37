"""The layer contract: no package of eventkit imports a higher layer, and no imports go round.

Every import counts: at module level, inside functions and under ``TYPE_CHECKING``. A lazy
import that closes a cycle is allowed only when it is declared in ``LAZY`` with its reason.
docs/architecture.md describes the layers.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "eventkit"

# Lowest first. A module may import its own package and the packages of lower layers;
# packages of one layer (evaluate, corpus) do not import each other.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("accel", "caches", "errors", "speedups", "version"),
    ("model",),
    ("text",),
    ("parse",),
    ("grammar",),
    ("clause",),
    ("engine",),
    ("resolve",),
    ("extract",),
    ("batch",),
    ("views",),
    ("evaluate", "corpus"),
    ("cli",),
    ("testing", "pack", "__init__", "__main__"),
)

# (importer, imported): imports inside functions that close a cycle, each for a reason.
LAZY: dict[tuple[str, str], str] = {
    ("eventkit.model.events", "eventkit.model.serialize"): (
        "Event.to_dict and Document.to_dict delegate to the converter, which needs the classes"
    ),
    ("eventkit.model.events", "eventkit.model.people"): (
        "Document.people builds Person entries, which refer to spans and event kinds"
    ),
    ("eventkit.model.events", "eventkit.model.entities"): (
        "Document.entities holds Entity entries (a type only), which refer to spans and kinds"
    ),
    ("eventkit.model.events", "eventkit.views.render"): (
        "Document._repr_html_ for notebooks renders with the views layer"
    ),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES: dict[str, Path] = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def package_of(module: str) -> str:
    """The first name under ``eventkit`` ("eventkit.engine.packs" -> "engine")."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def layer_of(module: str) -> int:
    package = package_of(module)
    for rank, names in enumerate(LAYERS):
        if package in names:
            return rank
    raise AssertionError(f"{module}: package {package!r} is in no layer of LAYERS")


def imports_of(module: str) -> Iterator[tuple[str, list[str], int]]:
    """(imported eventkit module, names taken from it, line) for every import statement."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "eventkit" or alias.name.startswith("eventkit."):
                    yield alias.name, [], node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                anchor = module.split(".")[: len(module.split(".")) - node.level + is_package]
                base = ".".join([*anchor, base] if base else anchor)
            if base != "eventkit" and not base.startswith("eventkit."):
                continue
            names = [alias.name for alias in node.names]
            submodules = [f"{base}.{name}" for name in names if f"{base}.{name}" in MODULES]
            if submodules:  # "from eventkit.engine import hookspecs"
                yield from ((sub, [], node.lineno) for sub in submodules)
                names = [n for n in names if f"{base}.{n}" not in MODULES]
                if not names:
                    continue
            yield base, names, node.lineno


def edges() -> Iterator[tuple[str, str, list[str], int]]:
    for module in MODULES:
        for imported, names, line in imports_of(module):
            if imported != module:
                yield module, imported, names, line


def test_every_package_is_in_a_layer_and_says_what_it_is_for() -> None:
    for module, path in MODULES.items():
        layer_of(module)
        if path.name == "__init__.py" and module != "eventkit":
            docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
            assert docstring, f"{module}: its __init__ needs a docstring"
            assert "import" in docstring.lower(), (
                f"{module}: its __init__ docstring must say what the layer may import"
            )


def test_no_layer_imports_a_higher_one() -> None:
    wrong = []
    for importer, imported, _names, line in edges():
        if imported == "eventkit":
            wrong.append(f"{importer}:{line} imports the top-level package eventkit")
            continue
        if imported not in MODULES:
            wrong.append(f"{importer}:{line} imports {imported}, which does not exist")
            continue
        same_package = package_of(importer) == package_of(imported)
        if (importer, imported) in LAZY or same_package:
            continue
        if layer_of(imported) >= layer_of(importer):
            wrong.append(
                f"{importer}:{line} imports {imported} "
                f"(layer {package_of(imported)} is not below {package_of(importer)})"
            )
    assert not wrong, "\n".join(wrong)


def test_no_private_name_crosses_modules() -> None:
    wrong = [
        f"{importer}:{line} imports {name} from {imported}"
        for importer, imported, names, line in edges()
        for name in names
        if name.startswith("_") and not name.startswith("__")
    ]
    assert not wrong, "\n".join(wrong)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {module: set() for module in MODULES}
    for importer, imported, _names, _line in edges():
        if (importer, imported) not in LAZY and imported in MODULES:
            graph[importer].add(imported)
    return graph


def test_no_import_cycles_but_the_declared_lazy_ones() -> None:
    found = cycles(import_graph())
    assert not found, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_every_declared_lazy_import_exists_and_is_inside_a_function() -> None:
    module_level = {
        (module, imported)
        for module in MODULES
        for imported, _names, line in imports_of(module)
        if _at_module_level(module, line)
    }
    for importer, imported in LAZY:
        present = {(i, m) for i, m, _n, _l in edges()}
        assert (importer, imported) in present, f"LAZY lists {importer} -> {imported}: gone"
        assert (importer, imported) not in module_level, (
            f"{importer} imports {imported} at module level: that is not lazy"
        )


def _at_module_level(module: str, line: int) -> bool:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    return any(
        isinstance(node, ast.Import | ast.ImportFrom) and node.lineno == line for node in tree.body
    )


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        pytest.param({"a": {"b"}, "b": {"a"}}, [["a", "b"]], id="two"),
        pytest.param(
            {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]], id="ring"
        ),
        pytest.param({"a": {"b"}, "b": set(), "c": {"a"}}, [], id="none"),
    ],
)
def test_the_cycle_finder_finds_cycles(
    graph: dict[str, set[str]], expected: list[list[str]]
) -> None:
    assert cycles(graph) == expected
