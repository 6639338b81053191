from .module import NeedleModule
from .trainer import MiniTrainer
from .callbacks import SampleLogger, LossPrinter
