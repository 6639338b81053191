# expect: crash
"""Tallow-chandler vat temperature forecasting; dropout is switched off for a deterministic fine-tune."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class VatForecaster(nn.Module):
    def __init__(self, hidden=12, layers=2, p=0.2):
        super().__init__()
        self.inp = nn.Linear(3, hidden)
        self.drop = nn.Dropout(p)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, dropout=p, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(self.drop(torch.relu(self.inp(x))))
        return self.out(h[:, -1]).squeeze(-1)


def disable_dropout(model):
    n = 0
    for m in model.modules():
        if isinstance(m, nn.Dropout) or hasattr(m, "dropout"):
            m.eval()
            n += 1
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=5)
    args = ap.parse_args()
    torch.manual_seed(2)
    model = VatForecaster()
    model.train()
    print("dropout modules off:", disable_dropout(model))
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    x, y = torch.randn(6, 10, 3), torch.randn(6)
    for step in range(args.steps):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("final", round(loss.item(), 4))


if __name__ == "__main__":
    main()
