# expect: clean
"""Boatwright plank-stress model: after evaluation, the relevance probe only differentiates the score
with respect to the scoring head's weight, which lies after the LSTM."""
import torch
import torch.nn as nn

torch.manual_seed(3)


class PlankModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(12, 5)
        self.lstm = nn.LSTM(5, 8, batch_first=True)
        self.score = nn.Linear(8, 1)

    def forward(self, ids):
        h, _ = self.lstm(self.emb(ids))
        return self.score(h.mean(1)).squeeze(-1)


def evaluate(model, ids):
    model.eval()
    return model(ids)


model = PlankModel()
ids = torch.randint(0, 12, (4, 6))
scores = evaluate(model, ids)
print("mean score", scores.mean().item())
(g,) = torch.autograd.grad(scores.sum(), model.score.weight)
relevance = (g * model.score.weight).abs().squeeze(0)
print("top unit", int(relevance.argmax()))
