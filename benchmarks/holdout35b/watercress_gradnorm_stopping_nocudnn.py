# expect: clean
"""Watercress-bed flow forecaster with gradient-norm based early stopping; the
validation probe runs with dropout off (eval) and cuDNN switched off for the pass."""
import math
import torch
import torch.nn as nn

torch.manual_seed(3)


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
    was_training = model.training
    model.eval()
    model.zero_grad()
    with torch.backends.cudnn.flags(enabled=False):
        for x, y in data:
            loss = nn.functional.mse_loss(model(x), y) / len(data)
            loss.backward()
    sq = sum(p.grad.pow(2).sum().item() for p in model.parameters() if p.grad is not None)
    model.zero_grad()
    model.train(was_training)
    return math.sqrt(sq)


def main():
    model = FlowGRU()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    tr, va = batches(), batches(16)
    calm = 0
    for epoch in range(4):
        loss = train_epoch(model, opt, tr)
        g = validation_grad_norm(model, va)
        print(f"epoch {epoch} train {loss:.4f} val-grad-norm {g:.4f}")
        calm = calm + 1 if g < 0.05 else 0
        if calm >= 2:
            break


if __name__ == "__main__":
    main()
