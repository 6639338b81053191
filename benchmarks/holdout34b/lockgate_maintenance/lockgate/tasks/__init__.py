from .adversarial import AdvFinetuneTask, State
from .callbacks import PrintCallback, CheckpointCallback

__all__ = ["AdvFinetuneTask", "State", "PrintCallback", "CheckpointCallback"]
