import torch
import torch.nn as nn

from hire.models import HireGRU


class DemandTask:
    def __init__(self, n_features, hidden):
        self.model = HireGRU(n_features, hidden)
        self.criterion = nn.SmoothL1Loss()

    def train_step(self, batch):
        self.model.train()
        x, y = batch
        loss = self.criterion(self.model(x), y)
        loss.backward()
        return loss.item(), x.shape[0]

    def valid_step(self, batch):
        self.model.eval()
        x, y = batch
        with torch.no_grad():
            loss = self.criterion(self.model(x), y)
        return {"loss": loss.item(), "n": x.shape[0]}
