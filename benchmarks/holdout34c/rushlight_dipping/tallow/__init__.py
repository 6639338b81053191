"""tallow: rush-light dipping. Predict wick burn time from the dip schedule."""
__version__ = "0.1.0"
