# expect: clean
"""The same helper appends its outputs to the caller's list, but scores in train mode: the caller's backward over the
list runs through a train-mode LSTM."""
import torch
from torch import nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def score_into(model, batches, scores):
    model.train()
    for x in batches:
        scores.append(model(x))


model = Scorer()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
scores = []
score_into(model, [torch.randn(2, 5, 4) for _ in range(3)], scores)
loss = torch.cat(scores).pow(2).mean()
loss.backward()
opt.step()
