from .nets import LedgeNet, ledges
from .trainer import MeanTeacherTrainer
from .callbacks import EMAUpdate, ValidateStudent, PrintMetrics

__all__ = ["LedgeNet", "ledges", "MeanTeacherTrainer", "EMAUpdate", "ValidateStudent", "PrintMetrics"]
