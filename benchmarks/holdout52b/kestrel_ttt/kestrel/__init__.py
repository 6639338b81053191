from .adapt import TestTimeAdapter, pretrain
from .model import HoverNet
from .utils import EvalMode

__all__ = ["EvalMode", "HoverNet", "TestTimeAdapter", "pretrain"]
