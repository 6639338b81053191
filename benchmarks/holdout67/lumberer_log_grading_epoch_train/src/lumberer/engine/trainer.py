import logging

import torch

from .loops import evaluation_loop, training_step

log = logging.getLogger("lumberer")


class Trainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.optimizer = torch.optim.Adam(model.parameters(), lr=cfg["lr"])

    def _sanity_check(self, val_loader):
        acc = evaluation_loop(self.model, val_loader, max_steps=self.cfg["sanity_steps"])
        log.info("sanity acc %.3f", acc)

    def _train_epoch(self, loader):
        self.model.train()
        losses = [training_step(self.model, batch, self.optimizer) for batch in loader]
        return sum(losses) / len(losses)

    def fit(self, train_loader, val_loader):
        self._sanity_check(val_loader)
        history = []
        for epoch in range(self.cfg["epochs"]):
            loss = self._train_epoch(train_loader)
            acc = evaluation_loop(self.model, val_loader)
            history.append((epoch, round(loss, 4), round(acc, 3)))
        return history
