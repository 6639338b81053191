"""A frozen run configuration and its defaults."""
from dataclasses import dataclass


@dataclass(frozen=True)
class RunConfig:
    name: str = "base"
    steps: int = 2
    train_mode: bool = True
    update_weights: bool = True


BASE = RunConfig()
