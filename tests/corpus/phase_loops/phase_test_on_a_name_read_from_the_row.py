# expect: crash
"""Each phase of the plan is read into a name first (`name = phase["name"]`); the name picks the mode from a
table and the step by a test (`if name == "score": ... else: ...`). The last phase is missing from the table, so
it trains in the eval mode the "score" phase left."""
import torch
from torch import nn

MODES = {"fit": True, "score": False}


class Filter(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 4, batch_first=True)
        self.out = nn.Linear(4, 3)

    def forward(self, x):
        seq, _ = self.gru(x)
        return self.out(seq)


class Runner:
    def __init__(self, plan):
        self.plan = plan
        self.model = Filter()
        self.opt = torch.optim.Adam(self.model.parameters(), lr=1e-3)

    def fit_once(self):
        loss = self.model(torch.randn(2, 4, 3)).pow(2).mean()
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()

    def score_once(self):
        with torch.no_grad():
            self.model(torch.randn(2, 4, 3))

    def run(self):
        for phase in self.plan["phases"]:
            name = phase["name"]
            if name in MODES:
                self.model.train(MODES[name])
            if name == "score":
                self.score_once()
            else:
                self.fit_once()


if __name__ == "__main__":
    Runner({"phases": [{"name": "fit"}, {"name": "score"}, {"name": "polish"}]}).run()
