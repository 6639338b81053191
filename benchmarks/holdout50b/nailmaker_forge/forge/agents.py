import torch
import torch.nn as nn


class HeaderPolicy(nn.Module):
    """Chooses the hammer blow (light / medium / heavy) for each heading stroke
    from the history of nail-head temperature and spread."""

    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, 3)

    def forward(self, obs_seq):
        h, _ = self.lstm(obs_seq)
        return self.logits(h[:, -1])


class Baseline(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(2, hidden), nn.Tanh(), nn.Linear(hidden, 1))

    def forward(self, obs):
        return self.net(obs).squeeze(-1)
