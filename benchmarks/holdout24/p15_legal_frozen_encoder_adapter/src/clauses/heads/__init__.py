from .adapter import InputAdapter
from .tagger import ClauseHead

__all__ = ["ClauseHead", "InputAdapter"]
