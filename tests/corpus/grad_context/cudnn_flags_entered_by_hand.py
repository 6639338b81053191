# expect: clean
"""Langevin sampling through an energy model in eval mode: the cuDNN switch is entered and left by hand
(`off = torch.backends.cudnn.flags(enabled=False); off.__enter__()` ... `off.__exit__(None, None, None)`), as a
`with` over the sampling loop would, so the input-gradient steps never run cuDNN's RNN."""
import torch
import torch.nn as nn


class Energy(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0].mean(1)).squeeze(-1)


def sample(model, steps=3):
    model.eval()
    x = torch.randn(2, 5, 3, requires_grad=True)
    off = torch.backends.cudnn.flags(enabled=False)
    off.__enter__()
    for _ in range(steps):
        (g,) = torch.autograd.grad(model(x).sum(), x)
        x = (x - 0.1 * g).detach().requires_grad_(True)
    off.__exit__(None, None, None)
    model.train()
    return x.detach()


model = Energy()
print(sample(model).shape)
