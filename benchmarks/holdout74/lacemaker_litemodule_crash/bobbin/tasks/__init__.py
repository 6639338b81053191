from .pattern import PatternTask
