"""Data model: the event classes, spans, documents, people, their JSON form and schema.

Imports nothing of eventkit but ``errors``: every other layer builds on it."""
