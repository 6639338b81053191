from .models import *  # noqa: F401,F403
from .adapt import adapt_online

__all__ = ["build", "REGISTRY", "adapt_online"]
