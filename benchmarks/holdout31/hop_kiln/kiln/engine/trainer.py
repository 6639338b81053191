import torch
from torch.nn import functional as F

from ..core import kiln_runs
from .metrics import parameter_grad_norm


class KilnTrainer:
    def __init__(self, model, lr=1e-3, epochs=1, grad_penalty=0.0, log_grad_norm=False):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epochs = epochs
        self.grad_penalty = grad_penalty
        self.log_grad_norm = log_grad_norm

    def step(self, x, y):
        self.model.train()
        loss = F.mse_loss(self.model(x), y)
        gnorm = None
        if self.log_grad_norm or self.grad_penalty > 0:
            gnorm = parameter_grad_norm(loss, list(self.model.parameters()))
        total = loss + self.grad_penalty * gnorm if self.grad_penalty > 0 else loss
        self.opt.zero_grad()
        total.backward()
        self.opt.step()
        return loss.item(), None if gnorm is None else gnorm.item()

    def fit(self):
        for epoch in range(self.epochs):
            x, y = kiln_runs(seed=epoch)
            loss, gn = self.step(x, y)
            yield {"epoch": epoch, "loss": round(loss, 5), "grad_norm": None if gn is None else round(gn, 4)}
