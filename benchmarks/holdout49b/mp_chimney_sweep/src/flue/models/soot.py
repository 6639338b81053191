import torch
import torch.nn as nn


class SootNet(nn.Module):
    """Predicts creosote build-up from draught readings along a flue."""

    def __init__(self, n_in=5, hidden=12):
        super().__init__()
        self.enc = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(torch.relu(self.enc(x)))
        return self.head(h[:, -1]).squeeze(-1)


def build_model(cfg):
    return SootNet(cfg.get("n_in", 5), cfg.get("hidden", 12))
