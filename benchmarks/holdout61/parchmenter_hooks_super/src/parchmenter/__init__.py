from .engine import BaseLoop, ScrapingLoop
from .models import build

__all__ = ["BaseLoop", "ScrapingLoop", "build"]
