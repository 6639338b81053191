# expect: clean
"""An `evaluating(*modules)` context manager (snapshot, eval, restore in `finally` with a zip) wraps a
scoring helper that returns from inside the block; leaving the block that way runs the restore too, so
the training step after it trains the GRU in train mode."""
import contextlib

import torch
import torch.nn as nn


@contextlib.contextmanager
def evaluating(*modules):
    was = [m.training for m in modules]
    for m in modules:
        m.eval()
    try:
        yield
    finally:
        for m, flag in zip(modules, was):
            m.train(flag)


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 2)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def hardest(net, x, y):
    with evaluating(net):
        with torch.no_grad():
            losses = nn.functional.cross_entropy(net(x), y, reduction="none")
        return x[losses.argsort(descending=True)[:2]], y[losses.argsort(descending=True)[:2]]


torch.manual_seed(0)
net = Tagger()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
for step in range(2):
    x_hard, y_hard = hardest(net, x, y)
    loss = nn.functional.cross_entropy(net(x_hard), y_hard)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done")
