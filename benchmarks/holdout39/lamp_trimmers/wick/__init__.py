from .model import WickModel, train_briefly
from .explainers import EXPLAINERS
