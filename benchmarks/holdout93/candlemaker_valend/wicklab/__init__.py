from .core import HandModule, HandTrainer
