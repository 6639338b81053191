# expect: crash
"""Gecko toe-pad adhesion: predict slip from force-plate traces, with per-substrate validation folds."""
import contextlib
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("gecko")

CONFIG = {"hidden": 8, "lr": 1e-2, "epochs": 2, "substrates": ["glass", "bark", "leaf"]}


class EmptyFold(Exception):
    pass


class SlipNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1])


@contextlib.contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    yield model
    model.train(was_training)


def make_folds():
    folds = {}
    for s in CONFIG["substrates"]:
        n = 0 if s == "leaf" else 2
        folds[s] = [(torch.randn(4, 8, 3), torch.randint(0, 2, (4,))) for _ in range(n)]
    return folds


def validate(model, folds):
    scores = {}
    for name, batches in folds.items():
        try:
            with evaluating(model), torch.no_grad():
                if not batches:
                    raise EmptyFold(name)
                acc = [(model(x).argmax(-1) == y).float().mean().item() for x, y in batches]
                scores[name] = sum(acc) / len(acc)
        except EmptyFold as err:
            log.warning("no recordings for substrate %s, skipped", err)
    return scores


def train(model, data, folds):
    opt = torch.optim.Adam(model.parameters(), lr=CONFIG["lr"])
    model.train()
    for epoch in range(CONFIG["epochs"]):
        for x, y in data:
            opt.zero_grad()
            loss = nn.functional.cross_entropy(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
        log.info("epoch %d loss %.3f folds %s", epoch, loss.item(), validate(model, folds))


if __name__ == "__main__":
    torch.manual_seed(4)
    model = SlipNet(CONFIG["hidden"])
    data = [(torch.randn(4, 8, 3), torch.randint(0, 2, (4,))) for _ in range(3)]
    train(model, data, make_folds())
