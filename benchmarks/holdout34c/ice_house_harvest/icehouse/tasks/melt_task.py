"""The task owns the model, the optimiser and the loss; the driver only calls train_step/valid_step."""
import torch
import torch.nn.functional as F

from ..models import MeltLSTM


class MeltTask:
    def __init__(self, hidden=10, lr=1e-2, smooth_weight=0.1):
        self.model = MeltLSTM(hidden=hidden)
        self.opt = torch.optim.Adam(self.model.parameters(), lr=lr)
        self.smooth_weight = smooth_weight

    def _input_smoothness(self, temps, pred):
        # melt should not swing wildly for small sensor noise: penalise d pred / d input
        (g,) = torch.autograd.grad(pred.sum(), temps, create_graph=True)
        return g.pow(2).mean()

    def train_step(self, batch):
        self.model.train()
        temps, melt = batch
        temps = temps.clone().requires_grad_(True)
        pred = self.model(temps)
        loss = F.mse_loss(pred, melt) + self.smooth_weight * self._input_smoothness(temps, pred)
        self.opt.zero_grad()
        loss.backward()  # TM003-here
        self.opt.step()
        return {"loss": loss.item()}

    @torch.no_grad()
    def valid_step(self, batch):
        self.model.eval()
        temps, melt = batch
        return {"mae": (self.model(temps) - melt).abs().mean().item()}
