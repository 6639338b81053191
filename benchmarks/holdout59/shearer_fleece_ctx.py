# expect: crash
"""Shearer: predict fleece grade (fine / medium / coarse) from handpiece vibration traces.

Validation runs inside an `evaluating()` context manager. A per-class AUC is reported each
epoch; it raises when a validation batch happens to hold a single class, which is logged and
skipped so that training can carry on.
"""
import logging
from contextlib import contextmanager

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
log = logging.getLogger("shearer")

HP = dict(n_in=3, hidden=8, classes=3, epochs=3, batch=6, lr=4e-3)


class FleeceGRU(nn.Module):
    def __init__(self, n_in, hidden, classes):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(self.drop(h[-1]))


@contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()


def binary_auc(scores, labels):
    pos, neg = scores[labels == 1], scores[labels == 0]
    if len(pos) == 0 or len(neg) == 0:
        raise ValueError("AUC needs both classes in the batch")
    return (pos[:, None] > neg[None, :]).float().mean().item()


def validate(model, x, y):
    with evaluating(model), torch.no_grad():
        probs = model(x).softmax(-1)
        acc = (probs.argmax(-1) == y).float().mean().item()
        aucs = [binary_auc(probs[:, c], (y == c).long()) for c in range(HP["classes"])]
    return acc, sum(aucs) / len(aucs)


def main():
    torch.manual_seed(2)
    x = torch.randn(24, 15, HP["n_in"])
    y = torch.randint(0, HP["classes"], (24,))
    vx = torch.randn(4, 15, HP["n_in"])
    vy = torch.tensor([0, 0, 1, 1])  # no coarse fleece in this validation lot
    model = FleeceGRU(HP["n_in"], HP["hidden"], HP["classes"])
    opt = torch.optim.Adam(model.parameters(), lr=HP["lr"])
    model.train()
    for epoch in range(HP["epochs"]):
        for i in range(0, len(x), HP["batch"]):
            opt.zero_grad()
            loss = F.cross_entropy(model(x[i:i + HP["batch"]]), y[i:i + HP["batch"]])
            loss.backward()  # TM001-here
            opt.step()
        try:
            acc, auc = validate(model, vx, vy)
            log.info("epoch %d acc %.3f auc %.3f", epoch, acc, auc)
        except ValueError as err:
            log.warning("epoch %d: skipped validation metrics (%s)", epoch, err)
    print("done")


if __name__ == "__main__":
    main()
