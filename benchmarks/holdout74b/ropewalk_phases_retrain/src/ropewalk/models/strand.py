import torch.nn as nn


class StrandTensionNet(nn.Module):
    """Predicts rope-strand tension from twist-sensor sequences."""

    def __init__(self, n_in, hidden, layers=1):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, num_layers=layers, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.embed(x))
        return self.out(h[:, -1]).squeeze(-1)


def build_model(cfg):
    return StrandTensionNet(cfg["n_in"], cfg["hidden"], cfg.get("layers", 1))
