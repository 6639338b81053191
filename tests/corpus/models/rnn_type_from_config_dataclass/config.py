"""Hyper-parameters of the tagger experiments."""
from dataclasses import dataclass


@dataclass
class ModelConfig:
    rnn_type: str = "GRU"
    n_in: int = 4
    hidden: int = 8
    n_out: int = 2
    dropout: float = 0.1
