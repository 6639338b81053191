from .build import build_model
from .adapt import calibrate, adapt_step

__all__ = ["build_model", "calibrate", "adapt_step"]
