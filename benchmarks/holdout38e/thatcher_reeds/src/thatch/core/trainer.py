"""A small Trainer: mid-epoch validation, restores the module's mode afterwards."""
import logging

import torch

log = logging.getLogger("thatch.trainer")


class Trainer:
    def __init__(self, max_epochs=1, val_check_interval=None):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.logged = {}

    def _run_validation(self, module, val_loader):
        was_training = module.training
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                module.validation_step(batch, i)
        module.train(was_training)
        self.logged.update(module.logged)

    def fit(self, module, train_loader, val_loader):
        module.logged  # create the store
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            module.train()
            for i, batch in enumerate(train_loader):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
                if self.val_check_interval and (i + 1) % self.val_check_interval == 0:
                    self._run_validation(module, val_loader)
            log.info("epoch %d done, loss %.4f", epoch, loss.item())
