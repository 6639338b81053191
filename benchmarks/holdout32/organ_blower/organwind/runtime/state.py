from dataclasses import dataclass, field

import torch

from ..distill.nets import PressureNet


@dataclass
class State:
    models: dict
    data: dict
    epochs: int
    epoch: int = 0
    log: list = field(default_factory=list)


def _keypresses(n, steps=6, stops=4, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, steps, stops, generator=g)
    return x, (x.sum(-1).cumsum(1)[:, -1] / steps).unsqueeze(-1)


def build_state(seed=0, epochs=2):
    torch.manual_seed(seed)
    teacher = PressureNet(4, 12)
    student = PressureNet(4, 4)
    models = {
        "teacher": {"net": teacher, "opt": torch.optim.Adam(teacher.parameters(), lr=3e-3)},
        "student": {"net": student, "opt": torch.optim.Adam(student.parameters(), lr=5e-3)},
    }
    data = {"train": _keypresses(8, seed=seed), "val": _keypresses(4, seed=seed + 1)}
    return State(models=models, data=data, epochs=epochs)
