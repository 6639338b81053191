import torch
from torch import nn


class GatherGRU(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.recon = nn.Linear(hidden, n_in)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.recon(h)


class GatherCell(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.recon = nn.Linear(hidden, n_in)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.cell.hidden_size)
        c = torch.zeros_like(h)
        outs = []
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
            outs.append(self.recon(h))
        return torch.stack(outs, 1)


def build(cfg):
    if cfg["arch"] == "gru":
        cls = GatherGRU
    elif cfg["arch"] == "cell":
        cls = GatherCell
    else:
        raise ValueError(cfg["arch"])
    return cls(cfg["n_in"], cfg["hidden"])
