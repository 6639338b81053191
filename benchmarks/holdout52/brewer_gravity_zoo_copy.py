# expect: clean
"""Brewer: forecast final gravity of a fermenting batch from hourly hydrometer readings.

A small zoo of recurrent forecasters is scored on the validation tanks, the best
one is picked by name and fine-tuned on the newest tanks.
"""
import copy
import logging
import time
from collections import OrderedDict

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("brewer")

FEATURES = ("gravity", "temp", "co2")


class GRUForecaster(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(len(FEATURES), hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class LSTMForecaster(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(len(FEATURES), hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


class MeanForecaster(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.fc = nn.Linear(len(FEATURES), 1)

    def forward(self, x):
        return self.fc(x.mean(1))


class Scorer:
    """Scores one model on held-out tanks."""

    def __init__(self, model):
        self.model = model

    @classmethod
    def for_model(cls, model):
        return cls(copy.deepcopy(model).eval())

    @torch.no_grad()
    def score(self, x, y):
        return nn.functional.l1_loss(self.model(x), y).item()


def tanks(n, hours=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, hours, len(FEATURES), generator=g)
    y = 1.010 + 0.01 * x[:, :, :1].mean(1)
    return x, y


def main():
    torch.manual_seed(5)
    zoo = OrderedDict(gru=GRUForecaster(), lstm=LSTMForecaster(), mean=MeanForecaster())
    vx, vy = tanks(6, seed=1)
    t0 = time.perf_counter()
    scores = {name: Scorer.for_model(m).score(vx, vy) for name, m in zoo.items()}
    log.info("scored %d models in %.2fs: %s", len(zoo), time.perf_counter() - t0, scores)
    recurrent = {k: v for k, v in scores.items() if k != "mean"}
    best = min(recurrent, key=recurrent.get)
    model = zoo[best]
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    tx, ty = tanks(8, seed=2)
    for step in range(3):
        loss = nn.functional.mse_loss(model(tx), ty)
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("fine-tune %s step %d mse %.5f", best, step, loss.item())
    log.info("after fine-tune: %.5f", Scorer.for_model(model).score(vx, vy))


if __name__ == "__main__":
    main()
