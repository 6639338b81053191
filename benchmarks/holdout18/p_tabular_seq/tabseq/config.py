from dataclasses import dataclass, field


@dataclass
class ModelConfig:
    rnn_type: str = "GRU"
    hidden: int = 8
    n_cont: int = 3
    n_classes: int = 2
    head_dims: list = field(default_factory=lambda: [8])

    def __post_init__(self):
        self.rnn_type = self.rnn_type.upper()
        assert self.rnn_type in {"GRU", "LSTM", "RNN"}


@dataclass
class TrainerConfig:
    max_epochs: int = 2
    lr: float = 1e-2
    batch_size: int = 4
