# expect: crash
"""Callbacks say which event they answer in a class attribute, and the trainer's `emit(event)` skips the others.
One callback is a dataclass: its `event` field has a default in the class body, but the object is built with
`Timer("batch_start", probe)`, so it answers "batch_start" and evaluates the model before each batch's forward."""
import dataclasses
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 12, batch_first=True)
        self.out = nn.Linear(12, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


class Preview:
    event = "epoch_start"

    def __init__(self, probe):
        self.probe = probe
        self.scores = []

    def run(self, trainer):
        trainer.net.eval()
        with torch.no_grad():
            self.scores.append(trainer.net(self.probe).max().item())


@dataclasses.dataclass
class Timer:
    event: str = "epoch_end"
    probe: object = None

    def run(self, trainer):
        if self.probe is not None:
            trainer.net.eval()
            with torch.no_grad():
                trainer.net(self.probe)
        trainer.ticks += 1


class Unused:
    event = "never"

    def run(self, trainer):
        trainer.ticks += 1


class Trainer:
    def __init__(self, net, callbacks):
        self.net = net
        self.callbacks = callbacks
        self.opt = torch.optim.SGD(net.parameters(), lr=0.1)
        self.ticks = 0

    def emit(self, event):
        for cb in self.callbacks:
            if getattr(cb, "event", None) != event:
                continue
            cb.run(self)

    def fit(self, batches, epochs=2):
        for _ in range(epochs):
            self.emit("epoch_start")
            self.net.train()
            for x, y in batches:
                self.emit("batch_start")
                loss = nn.functional.cross_entropy(self.net(x), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            self.emit("epoch_end")


batches = [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(2)]
trainer = Trainer(Tagger(), [Preview(torch.randn(1, 6, 5)), Timer("batch_start", torch.randn(1, 6, 5))])
trainer.fit(batches)
print(trainer.ticks)
