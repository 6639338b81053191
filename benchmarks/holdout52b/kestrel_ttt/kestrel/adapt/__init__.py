from .ttt import TestTimeAdapter, pretrain

__all__ = ["TestTimeAdapter", "pretrain"]
