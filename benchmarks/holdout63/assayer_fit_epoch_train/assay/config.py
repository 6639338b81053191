from dataclasses import dataclass


@dataclass
class AssayConfig:
    feats: int = 5
    hidden: int = 8
    epochs: int = 2
    lr: float = 1e-2
    num_sanity_val_steps: int = 1
