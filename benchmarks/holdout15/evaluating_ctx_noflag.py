# expect: crash
"""A `contextlib.contextmanager` helper `evaluating(model)` *without*
try/finally, used for a "deterministic" gradient-times-input explanation of
a GRU sentiment model in the middle of training. The gradient call happens
inside the with block, i.e. while the model is in eval mode.
"""
from contextlib import contextmanager

import torch
import torch.nn as nn


@contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    yield model
    model.train(was)


class Sentiment(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(50, 8)
        self.encoder = nn.GRU(8, 8, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.3)
        self.clf = nn.Linear(16, 2)

    def forward(self, emb):
        return self.clf(self.dropout(self.encoder(emb)[0].max(1).values))


def explain(model, tokens):
    emb = model.embedding(tokens).detach().requires_grad_(True)
    with evaluating(model):
        logit = model(emb)[:, 1].sum()
        g, = torch.autograd.grad(logit, emb)  # TM001-here
    return (g * emb).sum(-1)


torch.manual_seed(0)
model = Sentiment()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(4):
    tokens, labels = torch.randint(0, 50, (4, 7)), torch.randint(0, 2, (4,))
    opt.zero_grad()
    nn.functional.cross_entropy(model(model.embedding(tokens)), labels).backward()
    opt.step()
    if step == 2:
        print(explain(model, tokens[:1]))
