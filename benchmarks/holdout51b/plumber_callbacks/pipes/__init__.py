from .nets import FlowNet
from .training import Loop, EMATeacher, SaliencyLogger, Validator

__all__ = ["FlowNet", "Loop", "EMATeacher", "SaliencyLogger", "Validator"]
