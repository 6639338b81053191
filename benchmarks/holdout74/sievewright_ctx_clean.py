# expect: clean
"""Sievewright mesh-defect detector. Validation runs inside an `evaluating`
context; a validation batch with a broken sensor aborts validation early."""
import contextlib
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("sievewright")


class BrokenSensor(Exception):
    pass


@contextlib.contextmanager
def evaluating(model):
    model.eval()
    try:
        yield model
    finally:
        model.train()


class MeshNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 12, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(24, 2)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.cls(o.max(1).values)


def validate(model, batches):
    hits = 0
    with evaluating(model), torch.no_grad():
        for x, y in batches:
            if torch.isnan(x).any():
                raise BrokenSensor("nan in validation trace")
            hits += (model(x).argmax(-1) == y).sum().item()
    return hits


def main():
    torch.manual_seed(4)
    model = MeshNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train = [(torch.randn(4, 8, 4), torch.randint(0, 2, (4,))) for _ in range(3)]
    bad = torch.randn(4, 8, 4)
    bad[0, 0, 0] = float("nan")
    val = [(torch.randn(4, 8, 4), torch.randint(0, 2, (4,))), (bad, torch.zeros(4, dtype=torch.long))]
    model.train()
    for epoch in range(3):
        try:
            log.info("val hits %d", validate(model, val))
        except BrokenSensor as err:
            log.warning("skipping validation: %s", err)
        for x, y in train:
            loss = nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        log.info("epoch %d loss %.4f", epoch, loss.item())


if __name__ == "__main__":
    main()
