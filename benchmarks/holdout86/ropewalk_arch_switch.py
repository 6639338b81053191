# expect: crash
"""Rope-walk tension forecasting; the architecture is picked by name, one branch loads a 'pretrained' twister."""
import argparse

import torch
from torch import nn
import torch.nn.functional as F


class StrandLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)


class StrandGRU(StrandLSTM):
    def __init__(self, hidden=8):
        super().__init__(hidden)
        self.rnn = nn.GRU(2, hidden, batch_first=True)


class StrandMLP(nn.Module):
    def __init__(self, steps=6):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(2 * steps, 8), nn.ReLU(), nn.Linear(8, 1))

    def forward(self, x):
        return self.net(x).squeeze(-1)


def build(name):
    if name == "lstm":
        model = StrandLSTM()
    elif name == "gru-pretrained":
        model = StrandGRU()
        with torch.no_grad():
            for p in model.parameters():
                p.mul_(0.5)
        model = model.eval()  # "pretrained" weights are shipped ready for inference
    elif name == "mlp":
        model = StrandMLP()
    else:
        raise ValueError(name)
    return model


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="gru-pretrained")
    ap.add_argument("--steps", type=int, default=3)
    args = ap.parse_args(argv)
    torch.manual_seed(8)
    model = build(args.arch)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(args.steps):
        x, y = torch.randn(4, 6, 2), torch.randn(4)
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    print(args.arch, loss.item())


if __name__ == "__main__":
    main()
