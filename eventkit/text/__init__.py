"""Text analysis: normalization, sentences, tokens and their morphology, done once per document.

May import ``model`` and the base modules (``errors``, ``speedups``)."""
