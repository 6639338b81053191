import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("sailmaker.engine")


class Trainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])

    @torch.no_grad()
    def validate(self, loader, limit=None):
        self.model.eval()
        total, n = 0.0, 0
        for i, (x, y) in enumerate(loader):
            if limit is not None and i >= limit:
                break
            total += F.mse_loss(self.model(x), y, reduction="sum").item()
            n += len(y)
        return total / max(n, 1)

    def sanity_check(self, val_dl):
        loss = self.validate(val_dl, limit=self.cfg["sanity_batches"])
        log.info("sanity val loss %.4f", loss)

    def train_epoch(self, loader):
        running = 0.0
        for x, y in loader:
            self.opt.zero_grad()
            loss = F.mse_loss(self.model(x), y)
            loss.backward()  # TM001-here
            self.opt.step()
            running += loss.item()
        return running / len(loader)

    def fit(self, train_dl, val_dl):
        self.sanity_check(val_dl)
        history = []
        for epoch in range(self.cfg["epochs"]):
            tr = self.train_epoch(train_dl)
            va = self.validate(val_dl)
            history.append((round(tr, 4), round(va, 4)))
        return history
