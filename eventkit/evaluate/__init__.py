"""Evaluation: scoring predictions against gold annotations.

May import ``batch`` and below (not ``views``, ``corpus`` or ``cli``)."""
