import logging

import torch
import torch.nn.functional as F

log = logging.getLogger("assay.engine")


class Trainer:
    def __init__(self, cfg):
        self.cfg = cfg
        self.best_val = float("inf")
        self.global_step = 0

    # -- validation ---------------------------------------------------------
    def _run_validation(self, model, loader, limit=None):
        model.eval()
        total, n = 0.0, 0
        with torch.no_grad():
            for i, (x, y) in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                total += F.mse_loss(model(x), y).item()
                n += 1
        return total / max(n, 1)

    def _sanity_check(self, model, val_loader):
        if self.cfg.num_sanity_val_steps > 0:
            v = self._run_validation(model, val_loader, limit=self.cfg.num_sanity_val_steps)
            log.info("sanity check val %.4f", v)

    # -- training -----------------------------------------------------------
    def _training_step(self, model, opt, batch):
        x, y = batch
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        self.global_step += 1
        return loss.item()

    def fit(self, model, train_loader, val_loader):
        opt = torch.optim.Adam(model.parameters(), lr=self.cfg.lr)
        model.train()
        self._sanity_check(model, val_loader)
        for epoch in range(self.cfg.epochs):
            losses = [self._training_step(model, opt, b) for b in train_loader]
            v = self._run_validation(model, val_loader)
            self.best_val = min(self.best_val, v)
            log.info("epoch %d train %.4f val %.4f", epoch, sum(losses) / len(losses), v)
            model.train()
        return self
