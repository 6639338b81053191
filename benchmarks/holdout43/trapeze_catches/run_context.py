from dataclasses import dataclass, field

import torch


@dataclass
class RunContext:
    model: torch.nn.Module
    optimizer: torch.optim.Optimizer
    metrics: dict = field(default_factory=dict)

    def log(self, key, value):
        self.metrics.setdefault(key, []).append(value)
