# expect: clean
"""Perfumer: score how much each training accord would move the classifier.

After training, the model is put in eval mode and a per-example gradient norm
is computed for every accord (a GraNd-style score, last layer only, as in the
cheap variant) to pick accords to relabel.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("perfumer")
logging.basicConfig(level=logging.INFO, format="%(message)s")

NOTES = 16
FAMILIES = 4


class AccordClassifier(nn.Module):
    def __init__(self, emb=6, hidden=8):
        super().__init__()
        self.notes = nn.Embedding(NOTES, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, FAMILIES)

    def forward(self, accords):
        h, _ = self.lstm(self.notes(accords))
        return self.head(h.max(1).values)


def train(model, x, y, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def score_params(model):
    return [model.head.weight, model.head.bias]


def grand_scores(model, x, y):
    model.eval()
    params = score_params(model)
    scores = []
    for i in range(len(x)):
        loss = F.cross_entropy(model(x[i:i + 1]), y[i:i + 1])
        grads = torch.autograd.grad(loss, params)
        scores.append(sum(g.pow(2).sum() for g in grads).sqrt().item())
    return scores


def main():
    torch.manual_seed(12)
    x = torch.randint(0, NOTES, (8, 5))
    y = torch.randint(0, FAMILIES, (8,))
    model = AccordClassifier()
    log.info("train loss %.3f", train(model, x, y))
    scores = grand_scores(model, x, y)
    ranked = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
    log.info("relabel first: %s", ranked[:3])
    log.info("scores: %s", [round(s, 3) for s in scores])


if __name__ == "__main__":
    main()
