# expect: crash
"""The same learned optimizer left in eval mode, then meta-trained: the meta-loss's backward runs through
every update the LSTM made, in eval mode."""
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
meta_loss = unroll(updater)
meta_loss.backward()  # TM001-here
