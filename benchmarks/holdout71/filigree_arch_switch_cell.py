# expect: clean
"""Filigree stitch-tension model: one name, several architectures chosen by flag."""
import argparse

import torch
from torch import nn


class SeqLSTM(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


class SeqCell(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.fc = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h)


class SeqMLP(nn.Module):
    def __init__(self, n_in, hidden, steps=8):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(n_in * steps, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        return self.net(x)


def parse(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="cell", choices=["lstm", "cell", "mlp"])
    ap.add_argument("--hidden", type=int, default=6)
    ap.add_argument("--steps", type=int, default=5)
    return ap.parse_args(argv)


def main(argv=None):
    args = parse(argv)
    torch.manual_seed(9)
    if args.arch == "lstm":
        model = SeqLSTM(4, args.hidden)
    elif args.arch == "cell":
        model = SeqCell(4, args.hidden)
    else:
        model = SeqMLP(4, args.hidden)

    # a quick look at untrained predictions before training starts
    model.eval()
    with torch.no_grad():
        print("initial mean prediction", model(torch.randn(2, 8, 4)).mean().item())

    opt = torch.optim.RMSprop(model.parameters(), lr=1e-2)
    for step in range(args.steps):
        x, y = torch.randn(4, 8, 4), torch.randn(4, 1)
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(args.arch, "final loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
