from .engine import build_trainer, CaneTrainer
from .net import StrandLSTM
