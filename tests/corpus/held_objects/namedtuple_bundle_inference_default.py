# expect: crash
"""A factory returns models ready for inference unless asked (`for_training=False` by default), and the
training script keeps the model, optimizer and loss in a namedtuple; `make_run(**options)` hands its
options on without `for_training`, so the bundle's GRU trains in eval mode."""
from collections import namedtuple

import torch
import torch.nn as nn

Run = namedtuple("Run", "net opt criterion")


class Scorer(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def build(for_training=False, **options):
    return Scorer(**options).train(for_training)


def make_run(**options):
    net = build(**options)
    return Run(net, torch.optim.SGD(net.parameters(), lr=0.05), nn.MSELoss())


def fit(run, batches):
    for x, y in batches:
        loss = run.criterion(run.net(x), y)
        run.opt.zero_grad()
        loss.backward()  # TM001-here
        run.opt.step()
    return loss.item()


torch.manual_seed(0)
run = make_run(hidden=8)
print(fit(run, [(torch.randn(2, 4, 3), torch.randn(2, 1))] * 2))
