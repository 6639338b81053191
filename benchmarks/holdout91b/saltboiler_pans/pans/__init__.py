from .models import build
from .phases import PHASES
from .settings import parse_settings

__all__ = ["build", "PHASES", "parse_settings"]
