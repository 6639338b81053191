from .tally import TallyGRU

__all__ = ["TallyGRU"]
