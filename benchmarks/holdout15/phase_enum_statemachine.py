# expect: crash
"""An enum-driven runner (Phase.TRAIN / Phase.EVAL / Phase.TEST) for a TPA-free
LSTM forecaster. Entering a phase runs the handler registered for it; only the
EVAL and TEST entries touch the mode, on the assumption that TRAIN is the
default. After the first EVAL the machine goes back to TRAIN.
"""
import enum

import torch
import torch.nn as nn


class Phase(enum.Enum):
    TRAIN = "train"
    EVAL = "eval"
    TEST = "test"


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(1, 12, batch_first=True)
        self.proj = nn.Linear(12, 1)

    def forward(self, x):
        return self.proj(self.encoder(x)[0][:, -1])


class Runner:
    transitions = {Phase.TRAIN: Phase.EVAL, Phase.EVAL: Phase.TRAIN}

    def __init__(self, model, data):
        self.model = model
        self.data = data
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.phase = Phase.TRAIN
        self.history = []

    def on_enter(self, phase):
        if phase in (Phase.EVAL, Phase.TEST):
            self.model.eval()

    def run_phase(self):
        x, y = self.data[self.phase]
        if self.phase is Phase.TRAIN:
            self.opt.zero_grad()
            loss = nn.functional.mse_loss(self.model(x), y)
            loss.backward()  # TM001-here
            self.opt.step()
        else:
            with torch.no_grad():
                loss = nn.functional.mse_loss(self.model(x), y)
        self.history.append((self.phase.value, loss.item()))

    def advance(self):
        self.phase = self.transitions[self.phase]
        self.on_enter(self.phase)

    def run(self, n_phases):
        self.model.train()
        for _ in range(n_phases):
            self.run_phase()
            self.advance()


torch.manual_seed(0)
data = {p: (torch.randn(8, 10, 1), torch.randn(8, 1)) for p in Phase}
runner = Runner(Forecaster(), data)
runner.run(4)
print(runner.history)
