# expect: crash
"""Bell-ringing change classifier: the architecture option's default is the settings table's entry
(`default=SETTINGS["arch"]`), the command line is written in the script (`parse_args([])`, as notebooks do), and the
run's settings are `dict(SETTINGS, arch=args.arch)`. The table says "lstm", so every run builds the nn.LSTM model,
and the relevance pass's backward in eval mode crashes."""
import argparse

import torch
import torch.nn.functional as F
from torch import nn

SETTINGS = {"arch": "lstm", "hidden": 8, "epochs": 2}


class SeqModel(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


class CellModel(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(3, hidden)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h = c = x.new_zeros(x.shape[0], self.cell.hidden_size)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h)


def build(settings):
    if settings["arch"] == "lstm":
        return SeqModel(settings["hidden"])
    return CellModel(settings["hidden"])


def relevance(model, x):
    model.eval()
    x = x.clone().requires_grad_(True)
    model(x).softmax(-1)[:, 1].sum().backward()  # TM001-here
    return (x.grad * x).sum(-1).abs()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default=SETTINGS["arch"])
    args = ap.parse_args([])
    settings = dict(SETTINGS, arch=args.arch)
    torch.manual_seed(3)
    model = build(settings)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
    for _ in range(settings["epochs"]):
        model.train()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(relevance(model, x[:2]).argmax(-1).tolist())


if __name__ == "__main__":
    main()
