# expect: clean
"""Gradient centralisation wrapped around Adam, for an LSTM anomaly scorer on sensor windows.

Early stopping evaluates every epoch in eval mode; the epoch loop re-enters train mode first.
"""
import torch
import torch.nn as nn


def centralise_(params):
    for p in params:
        if p.grad is not None and p.grad.dim() > 1:
            p.grad.sub_(p.grad.mean(dim=tuple(range(1, p.grad.dim())), keepdim=True))


class Scorer(nn.Module):
    def __init__(self, d=4, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.fc = nn.Linear(h, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return float(nn.functional.mse_loss(model(x), y))


def main():
    torch.manual_seed(0)
    model = Scorer()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xv, yv = torch.randn(6, 5, 4), torch.randn(6)
    best, bad_epochs = float("inf"), 0
    for epoch in range(4):
        model.train()
        for _ in range(2):
            x, y = torch.randn(6, 5, 4), torch.randn(6)
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            centralise_(model.parameters())
            opt.step()
        val = evaluate(model, xv, yv)
        if val < best: best, bad_epochs = val, 0
        else: bad_epochs += 1
        print(epoch, round(val, 4))
        if bad_epochs > 1:
            break


if __name__ == "__main__":
    main()
