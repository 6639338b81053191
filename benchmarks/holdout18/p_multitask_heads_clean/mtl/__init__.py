from .net import MultiTaskNet
from .heads import HEADS
