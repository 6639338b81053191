# expect: clean
"""Bodger chair-leg turning vibration: the model lives in run.state.model and is reached through helpers."""
import copy
from dataclasses import dataclass, field

import torch
import torch.nn as nn


class LatheNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 6, batch_first=True, nonlinearity="relu")
        self.fc = nn.Linear(6, 3)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


@dataclass
class State:
    model: nn.Module
    step: int = 0
    metrics: dict = field(default_factory=dict)


@dataclass
class Run:
    name: str
    state: State


class Evaluator:
    def __init__(self, state):
        self.state = state

    def _target(self):
        # evaluate a snapshot so the live model keeps its mode
        return copy.deepcopy(self.state.model)

    def __call__(self, x, y):
        model = self._target()
        model.eval()
        with torch.no_grad():
            acc = (model(x).argmax(-1) == y).float().mean().item()
        self.state.metrics["acc"] = acc
        return acc


class Stepper:
    def __init__(self, run, lr=0.05):
        self.run = run
        self.opt = torch.optim.SGD(run.state.model.parameters(), lr=lr)

    def __call__(self, x, y):
        st = self.run.state
        self.opt.zero_grad()
        loss = nn.functional.cross_entropy(st.model(x), y)
        loss.backward()
        self.opt.step()
        st.step += 1
        return loss.item()


def main():
    torch.manual_seed(13)
    run = Run("bodger-01", State(LatheNet()))
    evaluate, step = Evaluator(run.state), Stepper(run)
    x, y = torch.randn(6, 5, 2), torch.randint(0, 3, (6,))
    for epoch in range(2):
        print("loss", round(step(x, y), 4))
        print("acc", evaluate(x, y))
    print(run.state.step, run.state.metrics)


if __name__ == "__main__":
    main()
