import torch.nn as nn

from ..factory import builder


@builder("gru")
class KilnGRU(nn.Module):
    def __init__(self, width=16):
        super().__init__()
        self.encoder = nn.GRU(3, width, batch_first=True)
        self.head = nn.Linear(width, 1)

    def forward(self, readings):
        states, _ = self.encoder(readings)
        return self.head(states[:, -1]).squeeze(-1)
