"""Extraction: the Extractor, which runs the packs over a document, its blocks and ``pipe``.

May import ``resolve`` and below."""
