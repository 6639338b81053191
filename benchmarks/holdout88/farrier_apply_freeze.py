# expect: crash
"""Farrier hoof-strike classifier: fine-tune with normalisation statistics frozen via apply()."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F

STAT_LAYERS = (nn.BatchNorm1d, nn.RNNBase)


class HoofNet(nn.Module):
    def __init__(self, n_in=4, hidden=8, n_cls=3):
        super().__init__()
        self.bn = nn.BatchNorm1d(n_in)
        self.gru = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        out, _ = self.gru(x)
        return self.fc(self.drop(out.mean(1)))


def freeze_stats(m):
    if isinstance(m, STAT_LAYERS):
        m.eval()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=3)
    args = ap.parse_args([])
    torch.manual_seed(6)
    model = HoofNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(8, 9, 4), torch.randint(0, 3, (8,))
    for epoch in range(args.epochs):
        model.train()
        model.apply(freeze_stats)
        opt.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        print(epoch, round(loss.item(), 4))


if __name__ == "__main__":
    main()
