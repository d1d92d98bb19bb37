"""Parsing: the chart parser that runs yargy grammars fast, its cuts, match trees, the collector.

May import ``text`` and below."""
