from .model import BellToneNet
from .trainer import Trainer
from .refine import refine
