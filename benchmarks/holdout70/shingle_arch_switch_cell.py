# expect: clean
"""Shingle-splitting grain predictor: one name for several architectures chosen by a config string."""
import torch
from torch import nn

CONFIG = {"arch": "cell", "hidden": 8, "steps": 3, "warm_eval": True}


class GRUSplitter(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


class CellSplitter(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.cell = nn.GRUCell(3, hidden)
        self.fc = nn.Linear(hidden, 2)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.shape[0], self.hidden)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return self.fc(h)


class ConvSplitter(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.conv = nn.Conv1d(3, hidden, 3, padding=1)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.fc(self.conv(x.transpose(1, 2)).mean(-1))


def build(cfg):
    if cfg["arch"] == "gru":
        net = GRUSplitter(cfg["hidden"])
    elif cfg["arch"] == "cell":
        net = CellSplitter(cfg["hidden"])
    else:
        net = ConvSplitter(cfg["hidden"])
    if cfg["warm_eval"]:
        net.eval()
    return net


def main(cfg):
    torch.manual_seed(0)
    net = build(cfg)
    opt = torch.optim.SGD(net.parameters(), lr=0.1)
    for _ in range(cfg["steps"]):
        x, y = torch.randn(4, 7, 3), torch.randint(0, 2, (4,))
        loss = nn.functional.cross_entropy(net(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("done", cfg["arch"])


if __name__ == "__main__":
    main(CONFIG)
