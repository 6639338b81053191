# expect: clean
"""Canal lock fill times: one script, several architectures chosen from a settings dict."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F

SETTINGS = {"arch": "cell", "hidden": 8, "steps": 3, "warmup_eval": True}


class GRUFill(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


class CellFill(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.cell = nn.GRUCell(3, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.cell.hidden_size)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.out(h).squeeze(-1)


class ConvFill(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.conv = nn.Conv1d(3, hidden, 3, padding=1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.conv(x.transpose(1, 2)).mean(-1)).squeeze(-1)


def build(arch, hidden):
    if arch == "gru":
        model = GRUFill(hidden)
    elif arch == "cell":
        model = CellFill(hidden)
    elif arch == "conv":
        model = ConvFill(hidden)
    else:
        raise ValueError(arch)
    return model


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--arch", default=SETTINGS["arch"])
    args = parser.parse_args()
    torch.manual_seed(11)
    model = build(args.arch, SETTINGS["hidden"])
    if SETTINGS["warmup_eval"]:
        model.eval()  # deterministic first pass to check shapes
        with torch.no_grad():
            model(torch.randn(2, 4, 3))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(SETTINGS["steps"]):
        x = torch.randn(5, 6, 3)
        y = x[:, :, 2].sum(1)
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        print(args.arch, step, loss.item())


if __name__ == "__main__":
    main()
