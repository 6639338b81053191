# expect: crash
"""A rehearsal loop fires its hooks by name with keyword arguments (`hook(epoch=epoch)`); the epoch-start hook is
decorated with a measuring wrapper(self, *args, **kwargs) that puts the model in eval mode and never switches it
back, so every step's backward runs through the LSTM's eval-mode forward."""
import functools

import torch
import torch.nn as nn
import torch.nn.functional as F


def measured_in_eval(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.model.eval()
        with torch.no_grad():
            return fn(self, *args, **kwargs)
    return wrapper


class Controller(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 12, batch_first=True)
        self.pull = nn.Linear(12, 6)

    def forward(self, x):
        return self.pull(self.lstm(x)[0])


class Rehearsal:
    def __init__(self, model, sessions, reference):
        self.model, self.sessions, self.reference = model, sessions, reference
        self.opt = torch.optim.Adam(model.parameters(), lr=2e-3)
        self.journal = []

    def _fire(self, event, **kw):
        hook = getattr(self, f"on_{event}", None)
        if callable(hook):
            hook(**kw)

    @measured_in_eval
    def on_epoch_start(self, epoch):
        drift = F.mse_loss(self.model(self.reference[:, :-1]), self.reference[:, 1:]).item()
        self.journal.append((epoch, round(drift, 4)))

    def fit(self, epochs):
        self.model.train()
        for epoch in range(epochs):
            self._fire("epoch_start", epoch=epoch)
            for seq in self.sessions:
                loss = F.mse_loss(self.model(seq[:, :-1]), seq[:, 1:])
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()


torch.manual_seed(0)
rehearsal = Rehearsal(Controller(), [torch.randn(2, 8, 6) for _ in range(2)], torch.randn(2, 8, 6))
rehearsal.fit(epochs=2)
print(rehearsal.journal)
