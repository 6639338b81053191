# expect: crash
"""Freight demand: LSTM forecaster with an LR range test that scores a baseline first."""
import math
import torch
import torch.nn as nn

torch.manual_seed(0)


class DemandNet(nn.Module):
    def __init__(self, n_feat=5, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def baseline_loss(model, xb, yb):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(xb), yb).item()


def lr_find(model, xb, yb, start=1e-5, end=1.0, steps=6):
    base = baseline_loss(model, xb, yb)
    opt = torch.optim.SGD(model.parameters(), lr=start)
    mult = (end / start) ** (1 / (steps - 1))
    history = []
    for i in range(steps):
        lr = start * mult ** i
        for g in opt.param_groups:
            g["lr"] = lr
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xb), yb)
        loss.backward()  # TM001-here
        opt.step()
        history.append((lr, loss.item()))
        if loss.item() > 4 * base or math.isnan(loss.item()):
            break
    return history


if __name__ == "__main__":
    x = torch.randn(6, 7, 5)
    y = torch.randn(6, 1)
    net = DemandNet()
    hist = lr_find(net, x, y)
    print("lr range", [round(l, 5) for l, _ in hist])
