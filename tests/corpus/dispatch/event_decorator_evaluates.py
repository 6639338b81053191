# expect: crash
"""Ignite-style events: `@trainer.on("epoch_completed")` puts log_validation in the engine's handler
table when the def runs; the engine fires it after each epoch, and it leaves the model in eval mode."""
from collections import defaultdict

import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


class Engine:
    def __init__(self, process_fn):
        self._process_fn = process_fn
        self._handlers = defaultdict(list)
        self.state = {"epoch": 0}

    def on(self, event):
        def decorator(fn):
            self._handlers[event].append(fn)
            return fn
        return decorator

    def _fire(self, event):
        for handler in self._handlers[event]:
            handler(self)

    def run(self, data, max_epochs):
        for epoch in range(max_epochs):
            self.state["epoch"] = epoch
            for batch in data:
                self._process_fn(self, batch)
            self._fire("epoch_completed")


model = Encoder()
opt = torch.optim.Adam(model.parameters())


def train_step(engine, batch):
    opt.zero_grad()
    loss = model(batch).pow(2).mean()
    loss.backward()  # TM001-here
    opt.step()


trainer = Engine(train_step)


@trainer.on("epoch_completed")
def log_validation(engine):
    model.eval()
    with torch.no_grad():
        print(engine.state["epoch"], model(torch.randn(2, 5, 4)).mean().item())


model.train()
trainer.run([torch.randn(2, 5, 4) for _ in range(2)], max_epochs=2)
