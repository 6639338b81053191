# expect: crash
"""Ski-jump wind gust model: validation stops early when a gust reading is corrupt."""
import contextlib
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("skijump")


class CorruptReading(Exception):
    pass


class GustNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1]).squeeze(-1)


@contextlib.contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()


def validate(model, batches):
    losses = []
    with evaluating(model), torch.no_grad():
        for x, y in batches:
            if torch.isnan(x).any():
                raise CorruptReading("nan in anemometer stream")
            losses.append(F.mse_loss(model(x), y).item())
    return sum(losses) / max(len(losses), 1)


def make_batch(corrupt=False):
    x = torch.randn(3, 5, 2)
    if corrupt:
        x[0, 0, 0] = float("nan")
    return x, x[:, :, 0].mean(1)


def main():
    torch.manual_seed(3)
    model = GustNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val = [make_batch(), make_batch(corrupt=True), make_batch()]
    for epoch in range(3):
        x, y = make_batch()
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        try:
            v = validate(model, val)
        except CorruptReading as err:
            log.warning("epoch %d: validation skipped (%s)", epoch, err)
            v = float("nan")
        print(epoch, round(loss.item(), 4), v)


if __name__ == "__main__":
    main()
