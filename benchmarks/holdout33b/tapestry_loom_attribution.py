# expect: clean
"""Integrated gradients for a tapestry-loom warp-break detector.

The trained model is put in eval mode and attributions are taken w.r.t. the tension trace.
All attribution forwards and backwards run inside a small class-based context manager that
switches cuDNN off and restores the previous setting on exit.
"""
import torch
from torch import nn
from torch.nn import functional as F


class no_cudnn:
    def __enter__(self):
        self.prev = torch.backends.cudnn.enabled
        torch.backends.cudnn.enabled = False
        return self

    def __exit__(self, *exc):
        torch.backends.cudnn.enabled = self.prev
        return False


class WarpBreakLSTM(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True, bidirectional=True)  # tension, shed angle, beat force
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h.mean(1))


def tension_traces(bs=6, T=16):
    x = torch.randn(bs, T, 3)
    y = (x[:, 8:, 0].max(1).values > 1.5).long()
    return x, y


def integrated_gradients(model, x, target, steps=8):
    baseline = torch.zeros_like(x)
    total = torch.zeros_like(x)
    for alpha in torch.linspace(0, 1, steps):
        xi = (baseline + alpha * (x - baseline)).requires_grad_(True)
        out = model(xi)[torch.arange(len(x)), target].sum()
        (g,) = torch.autograd.grad(out, xi)
        total += g
    return (x - baseline) * total / steps


if __name__ == "__main__":
    torch.manual_seed(19)
    model = WarpBreakLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for _ in range(5):
        x, y = tension_traces()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    x, y = tension_traces(3)
    with no_cudnn():
        attr = integrated_gradients(model, x, y)
    print("attribution per time step:", attr.sum(-1).abs().mean(0).round(decimals=3).tolist())
