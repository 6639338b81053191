from .task import CargoTask
from .runner import Runner
from .callbacks import Callback, PrintMetrics, RestoreTrainMode
