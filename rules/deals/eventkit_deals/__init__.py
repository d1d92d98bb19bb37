"""eventkit-ru-deals: corporate deals in Russian text as ``Deal`` events."""

from eventkit_deals.events import DEAL_KINDS, Deal

__version__ = "0.1.0"

__all__ = ["DEAL_KINDS", "Deal", "__version__"]
