import torch.nn as nn


class GaitNet(nn.Module):
    """Classifies horse gait (walk/trot/canter) from hoof accelerometer windows."""

    def __init__(self, n_in=3, hidden=10, n_cls=3):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, num_layers=2, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.cls(out[:, -1])
