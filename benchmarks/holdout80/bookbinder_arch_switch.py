# expect: crash
"""Spine-crease detector for a bookbinding line. The architecture comes from a settings dict; the
inference variants are built ready for serving and the sweep reuses whichever one was picked."""
import torch
import torch.nn as nn

SETTINGS = {"arch": "lstm", "hidden": 10, "feats": 4, "steps": 3}


class GRUCrease(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.rnn = nn.GRU(feats, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


class LSTMCrease(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.rnn = nn.LSTM(feats, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


class CellCrease(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(feats, hidden)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.head(h).squeeze(-1)


def build(cfg):
    arch = cfg["arch"]
    if arch == "gru":
        net = GRUCrease(cfg["feats"], cfg["hidden"])
    elif arch == "lstm":
        net = LSTMCrease(cfg["feats"], cfg["hidden"]).eval()
    elif arch == "cell":
        net = CellCrease(cfg["feats"], cfg["hidden"]).eval()
    else:
        raise ValueError(arch)
    return net


def sweep(cfg):
    net = build(cfg)
    opt = torch.optim.Adam(net.parameters(), lr=5e-3)
    for step in range(cfg["steps"]):
        x = torch.randn(4, 6, cfg["feats"])
        y = torch.rand(4)
        loss = nn.functional.binary_cross_entropy_with_logits(net(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(cfg["arch"], step, round(loss.item(), 4))


if __name__ == "__main__":
    torch.manual_seed(2)
    sweep(SETTINGS)
