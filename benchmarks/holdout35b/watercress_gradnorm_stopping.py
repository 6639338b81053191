# expect: crash
"""Watercress-bed flow forecaster with gradient-norm based early stopping.

After each epoch the validation gradient norm is measured; training stops once it
stays below a threshold for `patience` epochs.
"""
import math
import torch
import torch.nn as nn

torch.manual_seed(2)


class FlowGRU(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.gru = nn.GRU(3, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1]).squeeze(-1)


def batches(n=32, t=7):
    x = torch.randn(n, t, 3)
    y = x[:, :, 0].mean(1) + 0.1 * torch.randn(n)
    return [(x[i:i + 8], y[i:i + 8]) for i in range(0, n, 8)]


def train_epoch(model, opt, data):
    model.train()
    total = 0.0
    for x, y in data:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        total += loss.item()
    return total / len(data)


def validation_grad_norm(model, data):
    model.eval()
    model.zero_grad()
    for x, y in data:
        loss = nn.functional.mse_loss(model(x), y) / len(data)
        loss.backward()  # TM001-here
    sq = sum(p.grad.pow(2).sum().item() for p in model.parameters() if p.grad is not None)
    model.zero_grad()
    return math.sqrt(sq)


class GradNormStopper:
    def __init__(self, threshold=0.05, patience=2):
        self.threshold, self.patience, self.calm = threshold, patience, 0

    def step(self, gnorm):
        self.calm = self.calm + 1 if gnorm < self.threshold else 0
        return self.calm >= self.patience


def main():
    model = FlowGRU()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    tr, va = batches(), batches(16)
    stopper = GradNormStopper()
    for epoch in range(4):
        loss = train_epoch(model, opt, tr)
        g = validation_grad_norm(model, va)
        print(f"epoch {epoch} train {loss:.4f} val-grad-norm {g:.4f}")
        if stopper.step(g):
            break


if __name__ == "__main__":
    main()
