# expect: clean
"""A quarry-blast vibration model. `report` is first imported from `quarry.scoring`, which restores the mode it
found; the star import of `quarry.extras` that follows defines its own `report` but leaves it out of `__all__`, so
the name still means the restoring one and every epoch trains in train mode."""
import torch

from quarry.net import BlastGRU
from quarry.scoring import report
from quarry.extras import *  # noqa: F401,F403


def train(epochs=3):
    torch.manual_seed(2)
    net = BlastGRU()
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    net.train()
    for epoch in range(epochs):
        for traces, peak in synthetic_traces(4, seed=epoch):
            loss = torch.nn.functional.smooth_l1_loss(net(traces), peak)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(epoch, report(net, synthetic_traces(2, seed=99)))


if __name__ == "__main__":
    train()
