from .encdec import CommitGen

__all__ = ["CommitGen"]
