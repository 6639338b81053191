from .trainer import Trainer
from . import callbacks
