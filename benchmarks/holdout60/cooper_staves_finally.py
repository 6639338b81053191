# expect: clean
"""Cooperage: predict leak risk of a barrel from stave moisture sequences.

Validation runs inside a mode-switching context manager; an empty validation
shard raises, the trainer logs it and carries on.
"""
import contextlib
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("cooper")


class EmptyShard(Exception):
    pass


class StaveNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(3, hidden, batch_first=True, nonlinearity="tanh")
        self.cls = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.rnn(x)
        return self.cls(h[-1]).squeeze(-1)


@contextlib.contextmanager
def evaluating(model):
    model.eval()
    try:
        yield model
    finally:
        model.train()


def validate(model, shard):
    with evaluating(model), torch.no_grad():
        if not shard:
            raise EmptyShard("validation shard is empty")
        logits = torch.cat([model(x) for x, _ in shard])
        targets = torch.cat([y for _, y in shard])
        return nn.functional.binary_cross_entropy_with_logits(logits, targets).item()


def make_shard(n):
    return [(torch.randn(4, 8, 3), torch.randint(0, 2, (4,)).float()) for _ in range(n)]


def main():
    torch.manual_seed(7)
    model = StaveNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train_shard = make_shard(3)
    val_shards = [make_shard(1), [], make_shard(1)]
    model.train()
    for epoch, shard in enumerate(val_shards):
        for x, y in train_shard:
            opt.zero_grad()
            loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
            loss.backward()
            opt.step()
        try:
            log.info("epoch %d val %.4f", epoch, validate(model, shard))
        except EmptyShard as err:
            log.warning("epoch %d: %s", epoch, err)


if __name__ == "__main__":
    main()
