# expect: clean
"""Tanner hide-curing stage tagging: one name for several architectures, then test-time adaptation."""
import argparse

import torch
import torch.nn as nn


class GRUTagger(nn.Module):
    def __init__(self, feat, hidden, tags):
        super().__init__()
        self.rnn = nn.GRU(feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, tags)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


class CellTagger(nn.Module):
    def __init__(self, feat, hidden, tags):
        super().__init__()
        self.cell = nn.GRUCell(feat, hidden)
        self.out = nn.Linear(hidden, tags)

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.cell.hidden_size)
        outs = []
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
            outs.append(h)
        return self.out(torch.stack(outs, 1))


class ConvTagger(nn.Module):
    def __init__(self, feat, hidden, tags):
        super().__init__()
        self.conv = nn.Conv1d(feat, hidden, 3, padding=1)
        self.out = nn.Linear(hidden, tags)

    def forward(self, x):
        return self.out(self.conv(x.transpose(1, 2)).transpose(1, 2))


def build(arch, feat=4, hidden=8, tags=5):
    if arch == "gru":
        model = GRUTagger(feat, hidden, tags)
    elif arch == "cell":
        model = CellTagger(feat, hidden, tags)
    elif arch == "conv":
        model = ConvTagger(feat, hidden, tags)
    else:
        raise ValueError(arch)
    return model


def entropy_adapt(model, x, steps=2):
    """Tent-free entropy minimisation on the unlabeled test batch, output layer only."""
    opt = torch.optim.SGD(model.out.parameters(), lr=1e-2)
    for _ in range(steps):
        p = model(x).softmax(-1)
        ent = -(p * p.clamp_min(1e-8).log()).sum(-1).mean()
        opt.zero_grad()
        ent.backward()
        opt.step()
    return ent.item()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--arch", default="cell", choices=["gru", "cell", "conv"])
    args = ap.parse_args([])
    torch.manual_seed(10)
    model = build(args.arch).eval()
    x = torch.randn(3, 7, 4)
    print(args.arch, "entropy", round(entropy_adapt(model, x), 4))


if __name__ == "__main__":
    main()
