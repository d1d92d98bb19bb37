"""Grammar building blocks: yargy rules for people and titles, organizations, places, dates,
money and actor mentions, with the token tests they are made of.

May import ``parse`` and below; packs reach these through ``eventkit.pack``."""
