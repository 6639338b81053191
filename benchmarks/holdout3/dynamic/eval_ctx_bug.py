# expect: crash
# category: dynamic
"""A context manager meant to restore the mode reads it after switching; a periodic eval runs inside it."""
from contextlib import contextmanager

import torch
from torch import nn

torch.manual_seed(42)


@contextmanager
def eval_mode(*modules):
    for m in modules:
        m.eval()
    previous = [m.training for m in modules]
    yield
    for m, mode in zip(modules, previous):
        m.train(mode)


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 12, batch_first=True)

    def forward(self, x):
        return self.gru(x)[1][-1]


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Sequential(nn.Linear(12, 12), nn.ReLU(), nn.Linear(12, 1))

    def forward(self, z):
        return self.fc(z).squeeze(-1)


encoder, head = Encoder(), Head()
params = list(encoder.parameters()) + list(head.parameters())
optim = torch.optim.Adam(params, lr=3e-3)


def batches(n):
    for _ in range(n):
        x = torch.randn(8, 5, 6)
        yield x, x.sum(dim=(1, 2)) * 0.1


encoder.train()
head.train()
for it, (x, y) in enumerate(batches(6)):
    pred = head(encoder(x))
    loss = nn.functional.smooth_l1_loss(pred, y)
    optim.zero_grad()
    loss.backward()  # TM001-here
    optim.step()
    if it % 2 == 1:
        with eval_mode(encoder, head), torch.no_grad():
            xv, yv = next(batches(1))
            print(f"it {it}: train {loss.item():.3f} val {nn.functional.l1_loss(head(encoder(xv)), yv):.3f}")
