"""The version of eventkit (the distribution eventkit-ru), for every layer to read."""

__version__ = "0.1.0"
