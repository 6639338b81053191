# expect: clean
"""Helmsman: rudder-angle regressor; evaluation wrapped in a hand-written context manager."""
import contextlib
import logging

import torch
from torch import nn

log = logging.getLogger("helmsman")


class RudderNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.fc(o[:, -1])


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


class Diverged(Exception):
    pass


def validate(model, x, y, limit=0.0):
    with evaluating(model), torch.no_grad():
        err = nn.functional.mse_loss(model(x), y).item()
        if err > limit:
            raise Diverged(err)
    return err


def main():
    torch.manual_seed(2)
    model = RudderNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xv, yv = torch.randn(4, 5, 3), torch.randn(4, 1)
    for epoch in range(3):
        x, y = torch.randn(4, 5, 3), torch.randn(4, 1)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        with contextlib.suppress(Diverged):
            validate(model, xv, yv)
        log.info("epoch %d loss %.4f", epoch, loss.item())
    print("done", model.training)


if __name__ == "__main__":
    main()
