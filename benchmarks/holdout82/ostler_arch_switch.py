# expect: crash
"""Coaching-inn stable bookings: one name for several architectures chosen from a config string."""
import argparse

import torch
from torch import nn


class ConvBooker(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(3, 8, 3, padding=1)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.conv(x.transpose(1, 2)).mean(-1))


class GruBooker(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1])


def build(arch):
    if arch == "conv":
        model = ConvBooker()
    elif arch == "gru":
        model = GruBooker()
    else:
        raise ValueError(arch)
    return model


def warm_stats(model, x):
    model.eval()
    with torch.no_grad():
        return model(x).softmax(-1).mean(0)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="gru")
    args = ap.parse_args(argv)
    torch.manual_seed(8)
    model = build(args.arch)
    x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
    print("prior", warm_stats(model, x))
    if isinstance(model, ConvBooker):
        model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(2):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    print(args.arch, "loss", loss.item())


if __name__ == "__main__":
    main()
