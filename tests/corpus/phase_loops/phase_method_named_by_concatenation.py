# expect: crash
"""An engine calls each phase's method by a name built with `+` (`getattr(self, "phase_" + spec["name"])`); the
fine-tuning phase follows the evaluation phase directly and never switches back to train mode."""
import torch
from torch import nn

PLAN = {"phases": [{"name": "train"}, {"name": "eval"}, {"name": "finetune"}]}


class Estimator(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        seq, _ = self.rnn(x)
        return self.out(seq[:, -1]).squeeze(-1)


class Engine:
    def __init__(self, model, plan):
        self.model = model
        self.plan = plan
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def _update(self):
        loss = self.model(torch.randn(3, 4, 2)).pow(2).mean()
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()

    def phase_train(self, spec):
        self.model.train()
        self._update()

    def phase_eval(self, spec):
        self.model.eval()
        with torch.no_grad():
            self.model(torch.randn(3, 4, 2))

    def phase_finetune(self, spec):
        for group in self.opt.param_groups:
            group["lr"] = 0.01
        self._update()

    def run(self):
        for spec in self.plan["phases"]:
            getattr(self, "phase_" + spec["name"])(spec)


if __name__ == "__main__":
    Engine(Estimator(), PLAN).run()
