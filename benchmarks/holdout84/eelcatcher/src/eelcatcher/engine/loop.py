import logging

import torch

from .validation import run_validation

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])

    def sanity_check(self, val_data):
        loss = run_validation(self.model, val_data, limit=self.cfg["sanity_steps"])
        log.info("sanity val loss %.4f", loss)

    def on_epoch_start(self, epoch):
        log.info("epoch %d", epoch)

    def training_step(self, batch):
        x, y = batch
        loss = torch.nn.functional.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def fit(self, train_data, val_data):
        self.sanity_check(val_data)
        history = []
        for epoch in range(self.cfg["epochs"]):
            self.on_epoch_start(epoch)
            for batch in train_data:
                self.training_step(batch)
            history.append(run_validation(self.model, val_data))
        return history
