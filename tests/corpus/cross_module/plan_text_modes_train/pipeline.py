# expect: clean
"""A phase plan written as YAML-like text is parsed by the package's own reader (each scalar tried as int, then float,
under try/except) and run by a runner in another module, which switches modes with `getattr(model, phase["mode"])()`.
Here the plan's `score` phase runs in train mode, so its backward is fine."""
import torch

from scree.plan import parse_plan
from scree.runner import run_plan

PLAN = """
hidden: 8
phases:
  - name: warmup
    mode: train
  - name: score
    mode: train
"""


class Net(torch.nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = torch.nn.LSTM(4, hidden, batch_first=True)
        self.head = torch.nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


if __name__ == "__main__":
    plan = parse_plan(PLAN)
    data = [(torch.randn(4, 6, 4), torch.rand(4))]
    run_plan(Net(int(plan["hidden"])), plan["phases"], data)
