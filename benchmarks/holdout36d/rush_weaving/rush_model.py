"""Rush-weaving (chair seating) model and attribution helpers."""
import torch
from torch import nn


class TwistLSTM(nn.Module):
    """Rush twist tension sequence -> seat tightness class (loose / ok / tight)."""

    def __init__(self, n_in=2, hidden=8, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.norm = nn.LayerNorm(hidden)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.cls(self.norm(o[:, -1]))


def train_epoch(model, opt, x, y, bs=5):
    model.train()
    for i in range(0, len(x), bs):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x[i:i + bs]), y[i:i + bs])
        loss.backward()
        opt.step()
    return loss.item()


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


def gradient_x_input(model, x, target):
    x = x.clone().requires_grad_(True)
    logits = model(x)
    logits.gather(1, target[:, None]).sum().backward()
    return (x.grad * x).detach()
