from dataclasses import dataclass, field


@dataclass
class ModelConfig:
    name: str = "gru"
    n_continuous: int = 4
    hidden: int = 12
    n_layers: int = 1


@dataclass
class TrainerConfig:
    max_epochs: int = 2
    lr: float = 1e-2
    callbacks: list = field(default_factory=list)
