"""Trainer settings: the number of epochs and the callbacks run after each epoch."""
from dataclasses import dataclass, field


@dataclass
class TrainerConfig:
    epochs: int = 2
    callbacks: list = field(default_factory=list)
