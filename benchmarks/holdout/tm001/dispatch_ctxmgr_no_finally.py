# expect: crash
# category: dispatch
"""Periodic sanity decoding inside a context manager; a bad batch raises inside the `with`."""
import contextlib

import torch
import torch.nn as nn


@contextlib.contextmanager
def evaluating(net):
    was = net.training
    net.eval()
    yield net
    net.train(was)


class Speller(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(8, 16, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(32, 8)

    def forward(self, x):
        return self.fc(self.rnn(x)[0])


def decode_check(net, x):
    if x.isnan().any():
        raise ValueError("NaN in sample batch")
    with torch.no_grad():
        return net(x).argmax(-1)


torch.manual_seed(0)
net = Speller()
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
samples = [torch.randn(2, 5, 8), torch.full((2, 5, 8), float("nan")), torch.randn(2, 5, 8)]
for step, sample in enumerate(samples):
    x = torch.randn(4, 5, 8)
    loss = net(x).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    try:
        with evaluating(net):
            decode_check(net, sample)
    except ValueError as err:
        print("skipping sample:", err)
