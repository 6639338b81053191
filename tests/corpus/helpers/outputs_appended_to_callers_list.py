# expect: crash
"""A helper scores the batches in eval mode and appends each output to the list its caller hands it; the caller's
backward over that list runs through the LSTM's eval-mode forward."""
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
    model.eval()
    for x in batches:
        scores.append(model(x))


model = Scorer()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
scores = []
score_into(model, [torch.randn(2, 5, 4) for _ in range(3)], scores)
loss = torch.cat(scores).pow(2).mean()
loss.backward()  # TM001-here
opt.step()
