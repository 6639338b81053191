# expect: clean
"""Orchid house humidity forecasting.

A batch generator owns the schedule: every few batches it hands out a
validation batch (switching the model to eval for it) and the consumer just
looks at the phase tag.
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class MistNet(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(self.drop(h[:, -1])).squeeze(-1)


def readings(n, bs=4, t=6):
    for _ in range(n):
        x = torch.randn(bs, t, 4)
        yield x, x[:, -1, 0] * 0.7 + 0.1


def scheduled(model, data, val_every=3):
    model.train()
    for i, batch in enumerate(data):
        if i and i % val_every == 0:
            model.eval()
            yield "val", batch
            model.train()
        else:
            yield "train", batch


def main():
    torch.manual_seed(41)
    model = MistNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val_rmse = []
    for phase, (x, y) in scheduled(model, readings(7)):
        if phase == "val":
            with torch.no_grad():
                val_rmse.append(math.sqrt(F.mse_loss(model(x), y).item()))
            continue
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("val rmse", [round(v, 3) for v in val_rmse])


if __name__ == "__main__":
    main()
