import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("gaoler.engine")


class Trainer:
    def __init__(self, cfg):
        self.cfg = cfg
        self.history = []

    def _sanity_check(self, model, val_dl):
        model.eval()
        with torch.no_grad():
            for i, (x, y) in enumerate(val_dl):
                if i >= self.cfg["sanity_steps"]:
                    break
                F.mse_loss(model(x), y)
        log.info("sanity check passed")

    def _validate(self, model, val_dl):
        model.eval()
        total = 0.0
        with torch.no_grad():
            for x, y in val_dl:
                total += F.mse_loss(model(x), y).item()
        return total / len(val_dl)

    def _train_epoch(self, model, opt, train_dl):
        losses = []
        for x, y in train_dl:
            opt.zero_grad()
            loss = F.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
            losses.append(loss.item())
        return sum(losses) / len(losses)

    def fit(self, model, train_dl, val_dl):
        opt = torch.optim.Adam(model.parameters(), lr=self.cfg["lr"])
        self._sanity_check(model, val_dl)
        for epoch in range(self.cfg["epochs"]):
            tr = self._train_epoch(model, opt, train_dl)
            va = self._validate(model, val_dl)
            self.history.append({"epoch": epoch, "train": tr, "val": va})
        return self.history
