"""Grammar building blocks for rule packs: people and titles, organizations, places, dates,
actor mentions, and clause helpers. Import what you need; every rule is a yargy rule."""
