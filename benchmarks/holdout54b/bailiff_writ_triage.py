# expect: crash
"""Bailiff writ triage: rank outstanding writs by how likely a visit succeeds.

An LSTM reads the history of attempted visits (hour, weekday, outcome) for
each writ.  Training is ordinary; the bug sits in `load_for_review`, which
builds the review copy the clerk fine-tunes on the contested writs.
"""
import copy
import logging

import torch
import torch.nn as nn

log = logging.getLogger("bailiff")

FEATURES = 5


class VisitHistory(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.proj = nn.Linear(FEATURES, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.score = nn.Linear(hidden, 1)

    def forward(self, visits):
        h, (hn, _) = self.lstm(torch.tanh(self.proj(visits)))
        return self.score(hn[-1]).squeeze(-1)


def synthetic_writs(n, steps=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, FEATURES, generator=g)
    y = (x[:, :, 0].mean(1) + 0.3 * x[:, -1, 2] > 0).float()
    return x, y


def train_desk(model, x, y, epochs=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    lossf = nn.BCEWithLogitsLoss()
    model.train()
    for ep in range(epochs):
        for i in range(0, len(x), 4):
            opt.zero_grad()
            loss = lossf(model(x[i:i + 4]), y[i:i + 4])
            loss.backward()
            opt.step()
        log.info("desk epoch %d loss %.4f", ep, loss.item())
    return model


def load_for_review(model):
    # the review copy is what the court sees: frozen dropout, own weights
    review = copy.deepcopy(model)
    return review.train(False)


def contested_finetune(review, x, y, steps=2):
    opt = torch.optim.Adam(review.parameters(), lr=1e-3)
    lossf = nn.BCEWithLogitsLoss()
    for s in range(steps):
        opt.zero_grad()
        loss = lossf(review(x), y)
        loss.backward()  # TM001-here
        opt.step()
        log.info("contested step %d loss %.4f", s, loss.item())


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(3)
    x, y = synthetic_writs(24)
    cx, cy = synthetic_writs(6, seed=9)
    model = train_desk(VisitHistory(), x, y)
    review = load_for_review(model)
    with torch.no_grad():
        log.info("review scores %s", review(cx).sigmoid().round(decimals=2).tolist())
    contested_finetune(review, cx, cy)


if __name__ == "__main__":
    main()
