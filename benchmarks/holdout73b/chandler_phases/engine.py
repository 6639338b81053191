"""Engine driven by a plan dict: each phase name picks a mode and a step function."""
import torch
import torch.nn as nn
import torch.nn.functional as F

MODES = {"fit": True, "score": False, "calibrate": False}


class WaxModel(nn.Module):
    """Candle burn-rate regressor from wax temperature traces."""

    def __init__(self, hidden, cell="GRU"):
        super().__init__()
        self.rnn = getattr(nn, cell)(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.out(o[:, -1]).squeeze(-1)


class Engine:
    def __init__(self, plan):
        self.plan = plan
        self.model = WaxModel(**plan["model"])
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.05)
        self.log = []

    def _batch(self):
        x = torch.randn(4, 5, 2)
        return x, x[..., 0].mean(1)

    def step_fit(self):
        x, y = self._batch()
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def step_score(self):
        with torch.no_grad():
            x, y = self._batch()
            return F.mse_loss(self.model(x), y).item()

    step_adapt = step_fit

    def run(self):
        for phase in self.plan["phases"]:
            name = phase["name"]
            if name in MODES:
                self.model.train(MODES[name])
            fn = getattr(self, f"step_{name}")
            for _ in range(phase["steps"]):
                self.log.append((name, fn()))
        return self.log
