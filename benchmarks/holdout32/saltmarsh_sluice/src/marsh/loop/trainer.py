import logging

import torch
import torch.nn.functional as F

from ..utils import inference_mode_for
from .metrics import recall, UndefinedMetric

log = logging.getLogger(__name__)


def tides(n, seed, flood_rate=1.0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 10, 2, generator=g)
    y = ((x[:, -3:, 0].mean(1) + x[:, :, 1].mean(1)) > flood_rate).float()
    return x, y


class SluiceTrainer:
    def __init__(self, model, seed=0):
        torch.manual_seed(seed)
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.train_set = tides(16, seed, flood_rate=0.0)
        self.val_set = tides(4, seed + 1, flood_rate=3.0)  # calm week: no floods
        self.recalls = []

    def validate(self):
        x, y = self.val_set
        try:
            with inference_mode_for(self.model) as m:
                pred = (m(x) > 0).long()
                self.recalls.append(recall(pred, y.long()))
        except UndefinedMetric as err:
            log.warning("skipping recall: %s", err)
            self.recalls.append(None)

    def fit(self, epochs=1):
        self.model.train()
        x, y = self.train_set
        for epoch in range(epochs):
            for i in range(0, len(x), 4):
                loss = F.binary_cross_entropy_with_logits(self.model(x[i:i + 4]), y[i:i + 4])
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            self.validate()
            print(f"epoch {epoch} loss {loss.item():.4f}")
