from dataclasses import dataclass, field

import torch


@dataclass
class RunState:
    models: dict
    lam: float = 0.1
    lr: float = 1e-2
    step: int = 0
    optimizers: dict = field(default_factory=dict)

    def __post_init__(self):
        for name, m in self.models.items():
            self.optimizers[name] = torch.optim.Adam(m.parameters(), lr=self.lr)

    @property
    def model(self):
        return self.models["tear"]
