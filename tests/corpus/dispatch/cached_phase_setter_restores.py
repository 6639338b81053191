# expect: clean
"""The same session; update() sets the phase back through the setter when the cached phase differs
(`if self.phase != "update": self.phase = "update"`), so the LSTM trains in train mode."""
import torch
from torch import nn


class Session:
    def __init__(self, model):
        self.model = model
        self.optim = torch.optim.SGD(model.parameters(), lr=0.1)
        self._phase = "update"

    @property
    def phase(self):
        return self._phase

    @phase.setter
    def phase(self, value):
        self._phase = value
        self.model.train(value == "update")

    def score(self, x):
        self.phase = "score"
        with torch.no_grad():
            return self.model(x)[0].sum().item()

    def update(self, x):
        if self.phase != "update":
            self.phase = "update"
        out, _ = self.model(x)
        self.optim.zero_grad()
        out.sum().backward()
        self.optim.step()


session = Session(nn.LSTM(2, 3, batch_first=True))
for _ in range(2):
    session.update(torch.randn(2, 4, 2))
    session.score(torch.randn(2, 4, 2))
