"""Trainer for the tilers' glaze-batch notebook: validation restores whatever mode it found."""
import contextlib
import torch
import torch.nn.functional as F


@contextlib.contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)


class GlazeEngine:
    def __init__(self, model, lr=2e-3):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
        self.scores = []
        self.callbacks = []

    def add_callback(self, fn):
        self.callbacks.append(fn)
        return fn

    def step(self, xb, yb):
        self.opt.zero_grad()
        loss = F.mse_loss(self.model(xb).squeeze(-1), yb)
        loss.backward()
        self.opt.step()
        return loss.item()

    def run(self, x, y, epochs, bs=4, val=None):
        self.model.train()
        for ep in range(epochs):
            for i in range(0, len(x), bs):
                last = self.step(x[i:i + bs], y[i:i + bs])
            if val is not None:
                self.scores.append(self.score(*val))
            for cb in self.callbacks:
                cb(ep, last)

    def score(self, x, y):
        with evaluating(self.model), torch.no_grad():
            return F.mse_loss(self.model(x).squeeze(-1), y).item()
