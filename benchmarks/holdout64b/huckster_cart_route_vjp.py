# expect: crash
"""Huckster cart routes: input-times-gradient relevance of each street stop via torch.func.vjp."""
import torch
import torch.nn as nn
from torch.func import vjp

torch.manual_seed(2)


class RouteScorer(nn.Module):
    def __init__(self, n_streets=20, emb=6, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(n_streets, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def embed(self, ids):
        return self.emb(ids)

    def from_embeddings(self, e):
        h, _ = self.gru(e)
        return self.out(h.max(1).values).squeeze(-1)


def relevance(model, ids):
    e = model.embed(ids).detach()
    score, pullback = vjp(model.from_embeddings, e)  # TM002-here
    (g,) = pullback(torch.ones_like(score))
    return (g * e).sum(-1)


model = RouteScorer()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
ids = torch.randint(0, 20, (6, 7))
takings = torch.rand(6)
for _ in range(3):
    model.train()
    opt.zero_grad()
    loss = nn.functional.mse_loss(model.from_embeddings(model.embed(ids)), takings)
    loss.backward()
    opt.step()
rel = relevance(model, ids[:2])
print(rel.shape, rel.abs().max().item())
