"""eventkit's default news pack: Meeting, Statement and Agreement rules for Russian news."""

__version__ = "0.1.0"
