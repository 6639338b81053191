import torch.nn as nn


class SurfaceEncoder(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)

    def forward(self, x):
        _, h = self.gru(x)
        return h[-1]


def build_modules(hidden):
    return nn.ModuleDict({
        "enc": SurfaceEncoder(hidden),
        "cls": nn.Linear(hidden, 2),
        "probe": nn.Linear(hidden, 1),
    })
