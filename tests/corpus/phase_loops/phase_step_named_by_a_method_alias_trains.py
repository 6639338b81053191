# expect: clean
"""An engine runs a plan's phases by name (`getattr(self, f"step_{name}")`); "finetune" is a class-body alias of
the training step (`step_finetune = step_fit`), and the mode table puts it back in train mode."""
import torch
from torch import nn

MODES = {"fit": True, "score": False, "finetune": True}
PLAN = [{"name": "fit", "repeat": 2}, {"name": "score", "repeat": 1}, {"name": "finetune", "repeat": 2}]


class Counter(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(2, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        seq, _ = self.rnn(x)
        return self.out(seq[:, -1]).squeeze(-1)


class Engine:
    def __init__(self, plan):
        self.plan = plan
        self.model = Counter()
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.05)

    def step_fit(self):
        loss = self.model(torch.randn(3, 6, 2)).pow(2).mean()
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def step_score(self):
        with torch.no_grad():
            return self.model(torch.randn(3, 6, 2)).mean().item()

    step_finetune = step_fit

    def run(self):
        history = []
        for phase in self.plan:
            name = phase["name"]
            if name in MODES:
                self.model.train(MODES[name])
            step = getattr(self, f"step_{name}")
            for _ in range(phase["repeat"]):
                history.append((name, step()))
        return history


if __name__ == "__main__":
    print(Engine(PLAN).run())
