# expect: crash
"""A prediction writer keeps its writing method in a field named after the hook it serves
(`self.on_fit_start = self._write`); the engine fires hooks over the callbacks it holds with getattr(cb, hook, None). Written at the start of fitting, the predictions leave the model in eval mode, and every
training step's backward runs through the GRU's eval-mode forward."""
import torch
import torch.nn as nn
import torch.nn.functional as F

CONFIG = {"writer": {"n": 2}, "steps": 2}


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


class Printer:
    def on_fit_end(self, engine):
        print("done", engine.steps)


class PredictionWriter:
    def __init__(self, n=2):
        self.n = n
        self.rows = []
        self.on_fit_start = self._write

    def _write(self, engine):
        engine.model.eval()
        with torch.no_grad():
            self.rows.extend(engine.model(torch.randn(self.n, 5, 3)).tolist())


class Engine:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)
        self.steps = 0

    def fire(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if callable(fn):
                fn(self)

    def fit(self, steps):
        self.model.train()
        self.fire("on_fit_start")
        for _ in range(steps):
            loss = F.mse_loss(self.model(torch.randn(4, 5, 3)), torch.randn(4))
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            self.steps += 1
        self.fire("on_fit_end")


torch.manual_seed(0)
engine = Engine(Net(), [Printer(), PredictionWriter(**CONFIG["writer"])])
engine.fit(CONFIG["steps"])
