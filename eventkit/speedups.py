"""One switch for the speedups whose output must not differ from the plain path's.

The plain (reference) path is what each speedup replaces: stock yargy's chart, match
trees and ``findall`` instead of ``FastParser``'s (lookahead, cheaper states, chart freed,
trees only for kept spans), no ``can_match`` shortcut, the collector left as the caller
has it during and between documents, the lemmas of a word (``grammar.tokens.lemmas``), the
word tests (``grammar.tokens.per_form``) and the nominatives of names and phrases
(``Morph.person_nominative``, ``Morph.phrase_nominative``) and, in mention building,
the cases and gender of a name and the cases of a word form computed and pymorphy's
``is_known`` looked up at every call. It is slower and there only
to check the fast path against it: ``tests/test_speedups.py`` extracts a sample of the news
corpus both ways and compares the JSON byte for byte. A new speedup asks ``enabled()`` and
keeps its plain path beside it.

Switch it on with ``EVENTKIT_REFERENCE_PATH=1`` in the environment (read once, at import),
or for a block of code in this thread with ``reference_path()``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_reference: ContextVar[bool] = ContextVar(
    "eventkit_reference_path", default=os.environ.get("EVENTKIT_REFERENCE_PATH", "") == "1"
)


def enabled() -> bool:
    """True unless the reference path is switched on."""
    return not _reference.get()


# ``not enabled()`` as one C call, for the paths that ask it hundreds of thousands of times
# per corpus (a word form's lemmas, its word tests, a parse's dictionary lookup).
reference_on = _reference.get


@contextmanager
def reference_path() -> Iterator[None]:
    """Every speedup off inside the block (this thread or task only)."""
    token = _reference.set(True)
    try:
        yield
    finally:
        _reference.reset(token)
