from dataclasses import dataclass, field

import torch


@dataclass
class DockContext:
    model: torch.nn.Module
    optimizer: torch.optim.Optimizer
    flags: dict = field(default_factory=lambda: {"training": True, "shift": 0})

    @classmethod
    def create(cls, model, lr):
        model.train()
        return cls(model=model, optimizer=torch.optim.Adam(model.parameters(), lr=lr))
