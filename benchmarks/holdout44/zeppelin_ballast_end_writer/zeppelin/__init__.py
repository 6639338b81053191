from .callbacks import PredictionWriter, ProgressPrinter
from .engine import Engine
from .model import TrimModel
