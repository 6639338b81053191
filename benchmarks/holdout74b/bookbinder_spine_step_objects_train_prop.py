# expect: clean
"""Bookbinder spine-crack detector: __call__-driven step objects sharing a model through a property; the train property sets train mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(14)


class SpineNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.fc(o.max(1).values)


class Workbench:
    def __init__(self):
        self._model = SpineNet()
        self.opt = torch.optim.Adam(self._model.parameters(), 1e-2)

    @property
    def model(self):
        return self._model.train()

    @property
    def inspector(self):
        # inspection view: dropout/bn frozen
        return self._model.eval()


class TrainStep:
    def __init__(self, bench):
        self.bench = bench

    def __call__(self, x, y):
        loss = F.cross_entropy(self.bench.model(x), y)
        self.bench.opt.zero_grad()
        loss.backward()
        self.bench.opt.step()
        return loss.item()


class InspectStep:
    def __init__(self, bench):
        self.bench = bench

    def __call__(self, x):
        with torch.no_grad():
            return self.bench.inspector(x).softmax(-1)[:, 1].mean().item()


bench = Workbench()
bench.model.train()
train_step, inspect_step = TrainStep(bench), InspectStep(bench)
for rnd in range(2):
    for _ in range(2):
        print("loss", round(train_step(torch.randn(4, 6, 3), torch.randint(0, 2, (4,))), 4))
    print("crack prob", round(inspect_step(torch.randn(4, 6, 3)), 4))
