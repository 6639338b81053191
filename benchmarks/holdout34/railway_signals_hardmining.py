# expect: crash
"""Heritage-railway signals: classify semaphore-arm positions from the signal-box lever
strain trace.  Online hard-example mining: each batch is scored first, and only the
hardest half is trained on.  The scorer restores the mode it found... but the mode it
found was already eval, left there by the per-epoch audit.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("signals")

ASPECTS = ["danger", "caution", "clear"]


class LeverStrainNet(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, len(ASPECTS))

    def forward(self, strain):
        h, _ = self.lstm(strain)
        return self.cls(self.drop(h[:, -1]))


def per_example_loss(model, x, y):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        losses = F.cross_entropy(model(x), y, reduction="none")
    model.train(was_training)
    return losses


def audit(model, batches):
    model.eval()
    with torch.no_grad():
        hits = sum((model(x).argmax(1) == y).sum().item() for x, y in batches)
    return hits / sum(len(y) for _, y in batches)


def make_batches(n, seed, batch=8, length=12):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, length, 2, generator=g),
             torch.randint(0, len(ASPECTS), (batch,), generator=g)) for _ in range(n)]


def train(model, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=2e-3)
    train_b, audit_b = make_batches(4, 0), make_batches(2, 1)
    model.train()
    for epoch in range(epochs):
        for x, y in train_b:
            scores = per_example_loss(model, x, y)
            hard = scores.topk(x.shape[0] // 2).indices
            opt.zero_grad()
            loss = F.cross_entropy(model(x[hard]), y[hard])
            loss.backward()  # TM001-here
            opt.step()
        log.info("epoch %d audit accuracy %.2f", epoch, audit(model, audit_b))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(0)
    train(LeverStrainNet())
