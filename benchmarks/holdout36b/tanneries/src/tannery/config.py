from dataclasses import dataclass


@dataclass
class TanneryConfig:
    epochs: int = 2
    batch_size: int = 4
    hidden: int = 8
    features: int = 5
    steps: int = 6
    n_classes: int = 3
    lr: float = 1e-2
    n_train_batches: int = 3
    n_valid_batches: int = 2
