from .loop import Loop
from .callbacks import Callback, EMATeacher, SaliencyLogger, Validator

__all__ = ["Loop", "Callback", "EMATeacher", "SaliencyLogger", "Validator"]
