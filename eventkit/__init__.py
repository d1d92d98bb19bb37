"""eventkit: typed events (Meeting, Statement, Agreement) from Russian text.

>>> from eventkit import Extractor
>>> document = Extractor().extract("Ян Цзечи заявил, что отношения крепнут.")
>>> [event.type for event in document.events]
['Statement']
"""

# First: importing it installs the compiled chart loop when there is a build of the current
# source (see eventkit.accel), before any module imports the plain one.
from eventkit import accel as _accel  # noqa: F401
from eventkit.engine.hookspecs import hookimpl
from eventkit.engine.packs import EventRule, RuleMatch, RulePack
from eventkit.errors import (
    EventkitError,
    InputError,
    RulePackError,
    SerializationError,
    UnknownPackError,
)
from eventkit.extract.extractor import Extractor
from eventkit.extract.progress import Progress
from eventkit.model.events import (
    Actor,
    Agreement,
    DateValue,
    Document,
    Event,
    ExtractionError,
    Meeting,
    Place,
    SentenceSpan,
    Source,
    Span,
    Statement,
)
from eventkit.version import __version__

__all__ = [
    "Actor",
    "Agreement",
    "DateValue",
    "Document",
    "Event",
    "EventRule",
    "EventkitError",
    "ExtractionError",
    "Extractor",
    "InputError",
    "Meeting",
    "Place",
    "Progress",
    "RuleMatch",
    "RulePack",
    "RulePackError",
    "SentenceSpan",
    "SerializationError",
    "Source",
    "Span",
    "Statement",
    "UnknownPackError",
    "__version__",
    "hookimpl",
]
