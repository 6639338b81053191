"""An engine that runs a plan's phases in order; a phase's name picks the mode and the step."""
import torch
from torch import nn

MODES = {"fit": True, "score": False}


class Smoother(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 4, batch_first=True)
        self.out = nn.Linear(4, 1)

    def forward(self, x):
        seq, _ = self.gru(x)
        return self.out(seq[:, -1]).squeeze(-1)


class Engine:
    def __init__(self, plan):
        self.plan = plan
        self.model = Smoother()
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.05)

    def step_fit(self):
        loss = self.model(torch.randn(4, 5, 2)).pow(2).mean()
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()

    def step_score(self):
        with torch.no_grad():
            return self.model(torch.randn(4, 5, 2)).mean().item()

    def step_refit(self):
        self.step_fit()

    def run(self):
        for phase in self.plan["phases"]:
            name = phase["name"]
            if name in MODES:
                self.model.train(MODES[name])
            getattr(self, f"step_{name}")()
