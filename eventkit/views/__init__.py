"""Views: HTML pages of documents and their index, human-readable labels, ``explain``.

May import ``batch`` and below."""
