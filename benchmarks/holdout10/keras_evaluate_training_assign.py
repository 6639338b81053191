# expect: clean
"""Keras-like Model wrapper whose evaluate() marks itself as not training by assignment
(self.training = False, as a flag for its own callbacks) instead of calling eval(), and never
sets it back. The assignment does not recurse, so the inner LSTM stays in train mode and the fine-tuning
fit() after evaluate() is a normal train-mode backward.
"""
from dataclasses import dataclass, field
from typing import Callable, Dict, List

import torch
from torch import nn


@dataclass
class History:
    history: Dict[str, List[float]] = field(default_factory=dict)

    def log(self, **kw):
        for k, v in kw.items():
            self.history.setdefault(k, []).append(v)


class Model(nn.Module):
    def __init__(self, network: nn.Module, loss: Callable):
        super().__init__()
        self.network = network
        self.loss = loss
        self.optimizer = torch.optim.Adam(self.network.parameters(), lr=5e-3)

    def forward(self, x):
        return self.network(x)

    def fit(self, x, y, epochs=1):
        hist = History()
        for _ in range(epochs):
            self.optimizer.zero_grad()
            loss = self.loss(self(x), y)
            loss.backward()
            self.optimizer.step()
            hist.log(loss=loss.item())
        return hist

    def evaluate(self, x, y):
        self.training = False
        with torch.no_grad():
            return self.loss(self(x), y).item()


class Network(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.dense = nn.Linear(6, 1)

    def forward(self, x):
        return self.dense(self.lstm(x)[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(37)
    model = Model(Network(), nn.functional.mse_loss)
    x, y = torch.randn(16, 4, 3), torch.randn(16, 1)
    print(model.fit(x, y, epochs=2).history)
    print("eval", model.evaluate(x, y))
    print(model.fit(x * 1.1, y, epochs=2).history)
