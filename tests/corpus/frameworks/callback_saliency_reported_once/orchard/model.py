import torch.nn as nn


class FrostNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1])
