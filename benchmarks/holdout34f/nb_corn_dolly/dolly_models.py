import torch.nn as nn


class StrawGRU(nn.Module):
    """Grades corn-dolly plait tension from a sequence of strain readings."""

    def __init__(self, n_in=2, hidden=6, n_cls=3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        _, h = self.gru(x)
        return self.cls(h[-1])
