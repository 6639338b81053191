import torch.nn as nn


class SeamModel(nn.Module):
    """Measurements along the tape (chest, waist, hip, ...) as a sequence -> allowance."""

    def __init__(self, n_meas=5, hidden=8, bidirectional=True):
        super().__init__()
        self.rnn = nn.LSTM(n_meas, hidden, batch_first=True, bidirectional=bidirectional)
        self.out = nn.Linear(hidden * (2 if bidirectional else 1), 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def build_model(cfg):
    return SeamModel(cfg.get("n_meas", 5), cfg.get("hidden", 8), cfg.get("bidirectional", True))
