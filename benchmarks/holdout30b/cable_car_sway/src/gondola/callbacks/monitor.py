import copy

import torch
import torch.nn.functional as F


class BestStateMonitor:
    def __init__(self, model, x, y):
        self.model = model
        self.x, self.y = x, y
        self.best = float("inf")
        self.state = None

    @torch.no_grad()
    def on_epoch_end(self, epoch, loss):
        self.model.eval()
        val = F.mse_loss(self.model(self.x), self.y).item()
        if val < self.best:
            self.best = val
            self.state = copy.deepcopy(self.model.state_dict())
        print(f"epoch {epoch} train {loss:.4f} val {val:.4f}")
