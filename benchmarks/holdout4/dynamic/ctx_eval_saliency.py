# expect: crash
"""Gradient x input saliency for a review classifier, computed inside an `eval_mode` context manager
that restores the training state afterwards."""
from contextlib import contextmanager

import torch
import torch.nn as nn


@contextmanager
def eval_mode(*models):
    states = [m.training for m in models]
    for m in models:
        m.eval()
    try:
        yield
    finally:
        for m, s in zip(models, states):
            m.train(s)


class ReviewClassifier(nn.Module):
    def __init__(self, vocab=80, dim=12):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * dim, 2)

    def forward_embedded(self, embedded):
        out, _ = self.lstm(embedded)
        return self.fc(out[:, -1])

    def forward(self, tokens):
        return self.forward_embedded(self.embedding(tokens))


def grad_times_input(model, tokens, target):
    embedded = model.embedding(tokens).detach().requires_grad_(True)
    score = model.forward_embedded(embedded)[:, target].sum()
    score.backward()  # TM001-here
    return (embedded.grad * embedded).sum(-1)


torch.manual_seed(0)
model = ReviewClassifier()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randint(0, 80, (4, 10)), torch.randint(0, 2, (4,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad(); loss.backward(); opt.step()

review = torch.randint(0, 80, (1, 10))
with eval_mode(model):
    relevance = grad_times_input(model, review, target=1)
print("token relevance:", [round(v, 4) for v in relevance[0].tolist()])
