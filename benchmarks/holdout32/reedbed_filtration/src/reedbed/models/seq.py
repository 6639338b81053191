import torch.nn as nn


class NitrateGRU(nn.Module):
    def __init__(self, n_features, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(n_features)
        self.rnn = nn.GRU(n_features, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        out, _ = self.rnn(self.norm(x))
        return self.head(out[:, -1])


def build_model(cfg):
    return NitrateGRU(cfg["n_features"], cfg["hidden"])
