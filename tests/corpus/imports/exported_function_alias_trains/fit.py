# expect: clean
"""`ready` is a module-level alias of the kit's fitting preparation (`ready = _for_fitting`), exported through
`__all__` and a star import: the network comes back in train mode."""
import torch

from kit import *


def fit(net, steps=3):
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = torch.randn(4, 6, 3), torch.randn(4)
        loss = (net(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    fit(ready(Forecaster()))
