"""Clause layer: subjects, partners, predicates and speech readings around a trigger.

May import ``grammar`` and below; every rule pack gets its actors through it."""
