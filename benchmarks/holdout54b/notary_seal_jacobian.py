# expect: crash
"""Notary seal verification: which pen strokes move the authenticity score?

A bidirectional GRU reads the pen trajectory (dx, dy, pressure) of a
signature.  After a short fit, the per-stroke sensitivity of the score is
taken with torch.func.jacrev so the clerk can see which strokes matter.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, jacrev


class SealScorer(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, strokes):
        h, _ = self.gru(strokes)
        return self.out(h.mean(1)).squeeze(-1)


def signatures(n, length=10, forged=False, seed=0):
    g = torch.Generator().manual_seed(seed)
    base = torch.randn(n, length, 3, generator=g) * 0.5
    if forged:
        base[:, :, 2] *= 0.3  # forgers press lightly
    return base


def fit(model, steps=5):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for s in range(steps):
        real, fake = signatures(4, seed=s), signatures(4, forged=True, seed=100 + s)
        x = torch.cat([real, fake])
        y = torch.cat([torch.ones(4), torch.zeros(4)])
        opt.zero_grad()
        nn.functional.binary_cross_entropy_with_logits(model(x), y).backward()
        opt.step()


def stroke_sensitivity(model, strokes):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def score(s):
        return functional_call(model, params, (s.unsqueeze(0),)).squeeze(0)

    return jacrev(score)(strokes)  # TM002-here


def main():
    torch.manual_seed(1)
    model = SealScorer()
    model.train()
    fit(model)
    doc = signatures(1, seed=77)[0]
    sens = stroke_sensitivity(model, doc)
    per_stroke = sens.abs().sum(-1)
    print("most telling strokes:", per_stroke.topk(3).indices.tolist())


if __name__ == "__main__":
    main()
