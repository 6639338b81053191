"""The loop. Modules implement training_step / validation_step, the trainer owns modes."""
import logging
from dataclasses import dataclass

import torch

log = logging.getLogger("foldkit.trainer")


@dataclass
class TrainerConfig:
    max_epochs: int = 2
    num_sanity_val_steps: int = 1
    log_every: int = 2


class FoldTrainer:
    def __init__(self, config=None):
        self.config = config or TrainerConfig()
        self.global_step = 0
        self.history = []

    # -- mode bookkeeping -------------------------------------------------
    def _set_mode(self, module, training):
        # the module keeps a flag its steps can read; the flag also tells
        # torch which branch of dropout to take
        module.training = training

    # -- phases -------------------------------------------------------------
    def _sanity_check(self, module, val_loader):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                if i >= self.config.num_sanity_val_steps:
                    break
                module.validation_step(batch, i)
        log.info("sanity check passed")

    def _train_epoch(self, module, optimizer, train_loader, epoch):
        self._set_mode(module, True)
        total = 0.0
        for i, batch in enumerate(train_loader):
            optimizer.zero_grad()
            loss = module.training_step(batch, i)
            loss.backward()  # TM001-here
            optimizer.step()
            self.global_step += 1
            total += loss.item()
            if self.global_step % self.config.log_every == 0:
                log.info("epoch %d step %d loss %.4f", epoch, self.global_step, loss.item())
        return total / max(1, len(train_loader))

    def _validate(self, module, val_loader):
        self._set_mode(module, False)
        module.eval()
        outs = []
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                outs.append(module.validation_step(batch, i))
        return float(torch.stack(outs).mean())

    def fit(self, module, train_loader, val_loader):
        optimizer = module.configure_optimizers()
        if self.config.num_sanity_val_steps:
            self._sanity_check(module, val_loader)
        for epoch in range(self.config.max_epochs):
            train_loss = self._train_epoch(module, optimizer, train_loader, epoch)
            val_loss = self._validate(module, val_loader)
            self.history.append((epoch, train_loss, val_loss))
        return self.history
