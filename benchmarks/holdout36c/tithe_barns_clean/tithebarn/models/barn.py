import torch
import torch.nn as nn


class BayEncoder(nn.Module):
    """One recurrent encoder per storage bay (sensors differ between bays)."""

    def __init__(self, n_sensors, hidden):
        super().__init__()
        self.proj = nn.Linear(n_sensors, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return h[:, -1]


class BarnNet(nn.Module):
    def __init__(self, bays=("north", "south"), n_sensors=3, hidden=8):
        super().__init__()
        self.bays = nn.ModuleDict({b: BayEncoder(n_sensors, hidden) for b in bays})
        self.mix = nn.Sequential(
            nn.Linear(hidden * len(bays), hidden),
            nn.BatchNorm1d(hidden),
            nn.ReLU(),
            nn.Linear(hidden, 1),
        )

    def forward(self, readings):
        feats = [enc(readings[name]) for name, enc in self.bays.items()]
        return self.mix(torch.cat(feats, dim=-1)).squeeze(-1)
