# expect: clean
"""Bell-foundry casting defects: the steps of a run are read from phases.txt and dispatched to the runner by name.
score() evaluates a deep copy in eval mode, so the model fit() trains stays in train mode."""
import copy
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))


class Runner:
    def __init__(self):
        self.model = nn.GRU(3, 5, batch_first=True)
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.1)
        self.scores = []

    def fit(self):
        out = self.model(torch.randn(4, 6, 3))[0]
        loss = F.mse_loss(out, torch.zeros_like(out))
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()

    def score(self):
        probe = copy.deepcopy(self.model).eval()
        with torch.no_grad():
            self.scores.append(float(probe(torch.randn(2, 6, 3))[0].abs().mean()))


def read_phases(path):
    with open(path) as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


runner = Runner()
for phase in read_phases(os.path.join(HERE, "phases.txt")):
    getattr(runner, phase)()
print(runner.scores)
