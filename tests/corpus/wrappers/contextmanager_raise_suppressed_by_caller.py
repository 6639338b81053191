# expect: crash
"""A `@contextmanager` that restores the mode after its yield without `try/finally`; the check inside raises
when the score is bad, and the training loop swallows that with `contextlib.suppress`: the restore is skipped,
the loop goes on, and the next step's backward meets the eval mode."""
import contextlib

import torch
from torch import nn


class TooNoisy(RuntimeError):
    pass


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.GRU(4, 8, batch_first=True)
        self.decoder = nn.Linear(8, 3)

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.decoder(out)


@contextlib.contextmanager
def inference(net):
    net.eval()
    yield
    net.train()


def spot_check(net, batch, ceiling=-1.0):
    with inference(net), torch.no_grad():
        noise = net(batch).std().item()
        if noise > ceiling:
            raise TooNoisy(noise)


def fit(net, steps=3):
    opt = torch.optim.SGD(net.parameters(), lr=0.1)
    probe = torch.randn(2, 5, 4)
    for _ in range(steps):
        loss = net(torch.randn(2, 5, 4)).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        with contextlib.suppress(TooNoisy):
            spot_check(net, probe)


if __name__ == "__main__":
    fit(Tagger())
