# expect: crash
"""Glovers' stitch-density sequences: early stopping that keeps the best copy, then a polish stage."""
import copy

import torch
from torch import nn


class StitchNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out.mean(1)).squeeze(-1)


def batch(n=4):
    x = torch.randn(n, 6, 2)
    return x, x[:, :, 1].sum(1)


def evaluate(model):
    model.eval()
    x, y = batch()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def train_epochs(model, epochs, lr):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    best, best_loss = None, float("inf")
    for ep in range(epochs):
        model.train()
        for _ in range(3):
            x, y = batch()
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        val = evaluate(model)
        if val < best_loss:
            best, best_loss = copy.deepcopy(model), val
    return best, best_loss


def polish(model, steps=3, lr=1e-3):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for _ in range(steps):
        x, y = batch()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(7)
    model = StitchNet()
    best, best_loss = train_epochs(model, 3, 1e-2)
    print("best val", round(best_loss, 4))
    print("polished", round(polish(best), 4))


if __name__ == "__main__":
    main()
