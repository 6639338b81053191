# expect: crash
"""Bell-founder: tone-decay model; input-gradient sensitivity of strike sequences for either architecture."""
import torch
from torch import nn

CONFIG = {"arch": "lstm", "d_in": 3, "hidden": 8, "steps": 6}


class SeqDecay(nn.Module):
    def __init__(self, d_in, hidden):
        super().__init__()
        self.core = nn.LSTM(d_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.core(x)
        return self.out(h[:, -1])


class CellDecay(nn.Module):
    def __init__(self, d_in, hidden):
        super().__init__()
        self.core = nn.LSTMCell(d_in, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.core.hidden_size)
        for t in range(x.size(1)):
            h, c = self.core(x[:, t], (h, c))
        return self.out(h)


def build(cfg):
    if cfg["arch"] == "lstm":
        net = SeqDecay(cfg["d_in"], cfg["hidden"])
    elif cfg["arch"] == "lstmcell":
        net = CellDecay(cfg["d_in"], cfg["hidden"])
    else:
        raise ValueError(cfg["arch"])
    return net


def sensitivity(net, x):
    x = x.requires_grad_(True)
    (g,) = torch.autograd.grad(net(x).sum(), x)  # TM001-here
    return g.norm(dim=-1)


def main():
    torch.manual_seed(5)
    net = build(CONFIG)
    net.eval()
    s = sensitivity(net, torch.randn(4, CONFIG["steps"], CONFIG["d_in"]))
    print("sensitivity", s.shape)


if __name__ == "__main__":
    main()
