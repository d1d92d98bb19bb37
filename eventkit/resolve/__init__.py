"""Document resolution: pronouns, descriptions, short names, duplicates, dates and places.

May import ``engine`` and below; runs after the rules, once per document."""
