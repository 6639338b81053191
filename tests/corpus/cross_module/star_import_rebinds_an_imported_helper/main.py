# expect: crash
"""A quarry-blast vibration model. `report` is first imported from `quarry.scoring`, which restores the mode it
found; the star import of `quarry.extras` that follows exports its own `report` (it is in `__all__`), which
leaves the model in eval mode. The name now means the second one, so the next epoch's backward crashes."""
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
            loss.backward()  # TM001-here
            opt.step()
        print(epoch, report(net, synthetic_traces(2, seed=99)))


if __name__ == "__main__":
    train()
