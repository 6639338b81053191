from .loop import BaseLoop
from .scraping import ScrapingLoop

__all__ = ["BaseLoop", "ScrapingLoop"]
