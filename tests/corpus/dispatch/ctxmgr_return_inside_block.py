# expect: crash
"""An `evaluating(*modules)` context manager (snapshot, eval, restore in `finally` with a zip) wraps an
attack that returns from inside the block: the input-gradient backward runs in the block, through the
eval-mode GRU."""
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


def perturb(net, x, y, eps=0.1):
    with evaluating(net):
        x = x.clone().requires_grad_(True)
        loss = nn.functional.cross_entropy(net(x), y)
        (grad,) = torch.autograd.grad(loss, x)  # TM001-here
        return (x + eps * grad.sign()).detach()


torch.manual_seed(0)
net = Tagger()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
for step in range(2):
    x_adv = perturb(net, x, y)
    loss = nn.functional.cross_entropy(net(x_adv), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("done")
