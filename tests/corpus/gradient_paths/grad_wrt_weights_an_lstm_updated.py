# expect: clean
"""A learned optimizer evaluated on a fresh task with its LSTM in eval mode: each unrolled step takes the
task loss's gradient w.r.t. the task weights, which the LSTM's earlier updates produced. That gradient stops
at the weights, upstream of which the LSTM ran, so no cuDNN RNN backward runs."""
import torch
import torch.nn as nn


class Updater(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 6)
        self.proj = nn.Linear(6, 1)

    def forward(self, grad, state):
        out, state = self.lstm(grad.view(1, -1, 1), state)
        return self.proj(out).view_as(grad) * 0.05, state


def unroll(updater, steps=3):
    x, y = torch.randn(10, 4), torch.randn(10, 1)
    w = torch.zeros(4, 1, requires_grad=True)
    state = None
    for _ in range(steps):
        loss = ((x @ w - y) ** 2).mean()
        (g,) = torch.autograd.grad(loss, w)
        step, state = updater(g.detach(), state)
        w = w + step
    return ((x @ w - y) ** 2).mean()


updater = Updater()
updater.eval()
print("meta-test loss", float(unroll(updater)))
