from dataclasses import dataclass


@dataclass(frozen=True)
class RunConfig:
    name: str = "base"
    hidden: int = 8
    lr: float = 1e-3
    steps: int = 2
    train_mode: bool = True
    update_weights: bool = True


BASE = RunConfig()
