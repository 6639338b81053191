# expect: crash
"""Pinder: flags stray-livestock events from gate-sensor sequences.  Every
epoch ends with a saliency report computed inside an evaluation context."""
from contextlib import contextmanager
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("pinder")


class GateNet(nn.Module):
    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="tanh")
        self.cls = nn.Linear(hidden, 2)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.cls(y.mean(1))


@contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


def saliency_report(model, x):
    x = x.clone().requires_grad_(True)
    with evaluating(model) as m:
        score = m(x)[:, 1].sum()
        score.backward()  # TM001-here
    return x.grad.abs().mean(dim=(0, 1))


def main():
    torch.manual_seed(3)
    model = GateNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(2):
        x = torch.randn(6, 5, 4)
        y = torch.randint(0, 2, (6,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sal = saliency_report(model, x)
        log.warning("epoch %d loss %.3f saliency %s", epoch, loss.item(), sal.tolist())
        opt.zero_grad()


if __name__ == "__main__":
    main()
