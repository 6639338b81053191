import torch.nn as nn


class FiringCritic(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, curve):
        h, _ = self.gru(curve)
        return self.score(h[:, -1])
