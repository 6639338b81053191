import torch
import torch.nn.functional as F

from .modes import Inspecting


class TrueingStep:
    """One optimisation step; called like a function."""

    def __init__(self, model, lr=1e-3, true_weight=0.1):
        self.model = model
        self.true_weight = true_weight
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def _trueness(self, x):
        # a trued wheel has corrections that sum to zero; monitored without dropout noise
        with Inspecting(self.model) as m, torch.no_grad():
            corr = m(x)
        return corr.sum(-1).pow(2).mean()

    def __call__(self, x, y):
        self.model.train()
        fit = F.mse_loss(self.model(x), y)
        true = self._trueness(x)
        loss = fit + self.true_weight * true  # `true` carries no graph: only `fit` is differentiated
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return {"fit": fit.item(), "trueness": true.item()}
