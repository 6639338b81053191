# expect: crash
"""Lacquerer: which coats in a drying sequence move the predicted finish most? (vjp sensitivity)."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(6)


class FinishModel(nn.Module):
    def __init__(self, d=4, h=10):
        super().__init__()
        self.enc = nn.RNN(d, h, batch_first=True, nonlinearity="relu")
        self.head = nn.Linear(h, 2)

    def forward(self, coats):
        return self.head(self.enc(coats)[0].mean(1))


def sensitivity(model, coats, target_idx=1):
    out, pullback = vjp(model, coats)  # TM002-here
    seed = torch.zeros_like(out)
    seed[:, target_idx] = 1.0
    (g,) = pullback(seed)
    return g.abs().sum(-1)


def report(scores):
    for b, row in enumerate(scores):
        top = int(row.argmax())
        print(f"panel {b}: coat {top} matters most ({row[top]:.3f})")


if __name__ == "__main__":
    model = FinishModel()
    coats = torch.randn(3, 5, 4)
    report(sensitivity(model, coats))
