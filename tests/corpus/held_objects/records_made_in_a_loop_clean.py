# expect: clean
"""A small search: each trial record keeps (a deep copy of) its model, taken after the model's validation
pass; the best record's model goes back to train mode before it is fine-tuned."""
import copy

import torch
import torch.nn as nn


class Trial:
    def __init__(self, score, model):
        self.score, self.model = score, model


class Forecaster(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def validate(model):
    model.eval()
    with torch.no_grad():
        return float(model(torch.randn(4, 5, 3)).mean())


trials = []
for hidden in (4, 8):
    m = Forecaster(hidden)
    trials.append(Trial(validate(m), copy.deepcopy(m)))
best = max(trials, key=lambda t: t.score)
model = best.model.train()
loss = model(torch.randn(4, 5, 3)).pow(2).mean()
loss.backward()
