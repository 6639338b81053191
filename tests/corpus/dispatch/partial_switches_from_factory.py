# expect: crash
"""A factory function returns the mode switches as `functools.partial(model.train, flag)` in a dict; the scoring
switch runs before the fine-tuning batches and the fit switch never does, so their backward runs the RNN in eval."""
import functools

import torch
import torch.nn as nn


class Icing(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


def switches(model):
    return {"fit": functools.partial(model.train, True), "score": functools.partial(model.train, False)}


def epoch(model, batches, val):
    sw = switches(model)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    sw["score"]()
    with torch.no_grad():
        print("val", (model(val[0]).argmax(1) == val[1]).float().mean().item())
    for x, y in batches:
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()  # TM001-here
        opt.step()


data = [(torch.randn(3, 7, 4), torch.randint(0, 2, (3,))) for _ in range(2)]
epoch(Icing(), data, data[0])
