from .tagger import ClauseHead

__all__ = ["ClauseHead"]
