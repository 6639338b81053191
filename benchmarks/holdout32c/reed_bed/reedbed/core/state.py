from dataclasses import dataclass, field

import torch
import torch.nn as nn


class OutflowModel(nn.Module):
    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


@dataclass
class State:
    cfg: dict
    models: dict
    data: dict
    metrics: dict = field(default_factory=lambda: {"train": [], "val": []})
    trace: list = field(default_factory=list)
    epoch: int = 0
    step: int = 0


def build_state(cfg):
    net = OutflowModel(hidden=cfg["hidden"])
    opt = torch.optim.Adam(net.parameters(), lr=cfg["lr"])
    data = {
        "train": [(torch.randn(4, 5, 4), torch.randn(4, 1)) for _ in range(5)],
        "val": [(torch.randn(4, 5, 4), torch.randn(4, 1)) for _ in range(2)],
    }
    return State(cfg=cfg, models={"filter": {"net": net, "opt": opt}}, data=data)
