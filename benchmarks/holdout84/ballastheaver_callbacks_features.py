# expect: clean
"""Ballast-heaver: predicts barge trim from loading sequences.  A small
engine runs hooks on a list of callbacks by name; one callback logs a
gradient*input relevance map of the encoder's features after each validation."""
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.WARNING, format="%(name)s %(message)s")
log = logging.getLogger("ballast")


class TrimNet(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def encode(self, x):
        h, _ = self.rnn(x)
        return h[:, -1]

    def forward(self, x):
        return self.head(self.encode(x))


class Callback:
    pass


class LossLogger(Callback):
    def on_epoch_end(self, engine):
        log.warning("epoch %d loss %.4f", engine.epoch, engine.last_loss)


class RelevanceLogger(Callback):
    def __init__(self, probe):
        self.probe = probe

    def on_validation_end(self, engine):
        model = engine.model
        with torch.no_grad():
            feats = model.encode(self.probe)
        x = feats.clone().requires_grad_(True)
        out = model.head(x).sum()
        out.backward()
        rel = (x.grad * x).sum(dim=0)
        log.warning("relevance %s", [round(v, 3) for v in rel.tolist()])
        model.zero_grad()


class Engine:
    def __init__(self, model, callbacks, lr=1e-2):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epoch = 0
        self.last_loss = float("nan")

    def fire(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def validate(self, batches):
        self.model.eval()
        with torch.no_grad():
            err = sum(nn.functional.mse_loss(self.model(x), y).item() for x, y in batches)
        self.fire("on_validation_end")
        return err / len(batches)

    def run(self, train, val, epochs=2):
        for self.epoch in range(epochs):
            self.model.train()
            for x, y in train:
                loss = nn.functional.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.last_loss = loss.item()
            self.fire("on_epoch_end")
            self.validate(val)


if __name__ == "__main__":
    torch.manual_seed(12)
    data = [(torch.randn(4, 6, 4), torch.randn(4, 1)) for _ in range(3)]
    engine = Engine(TrimNet(), [LossLogger(), RelevanceLogger(torch.randn(2, 6, 4))])
    engine.run(data[:2], data[2:])
