"""Rule engine and plugin API: hook specs, plugin loading, rule packs, roles, lexicons, checks.

May import ``clause`` and below."""
