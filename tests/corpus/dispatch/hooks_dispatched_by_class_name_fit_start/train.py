# expect: clean
"""A training loop hands its hooks to `hooks.dispatch(hooks, moment, loop)` in another module, which runs
only the hooks whose class says `when = moment`. The drift check runs at "fit_start", before the
loop puts the model in train mode."""
import torch
import torch.nn as nn

from hooks import dispatch


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 10, batch_first=True)
        self.head = nn.Linear(10, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.head(h[:, -1]).squeeze(-1)


class DriftCheck:
    when = "fit_start"

    def __init__(self, window):
        self.window = window

    def __call__(self, loop):
        loop.model.eval()
        with torch.no_grad():
            loop.drift = loop.model(self.window).std().item()


class Checkpoint:
    when = "fit_end"

    def __call__(self, loop):
        loop.saved = {k: v.clone() for k, v in loop.model.state_dict().items()}


class Loop:
    def __init__(self, model, hooks):
        self.model, self.hooks = model, hooks
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        self.drift, self.saved = 0.0, None

    def run(self, series, targets, steps=3):
        dispatch(self.hooks, "fit_start", self)
        self.model.train()
        for _ in range(steps):
            dispatch(self.hooks, "step", self)
            loss = nn.functional.mse_loss(self.model(series), targets)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        dispatch(self.hooks, "fit_end", self)


loop = Loop(Forecaster(), [DriftCheck(torch.randn(2, 8, 3)), Checkpoint()])
loop.run(torch.randn(4, 8, 3), torch.randn(4))
print(round(loop.drift, 3), loop.saved is not None)
