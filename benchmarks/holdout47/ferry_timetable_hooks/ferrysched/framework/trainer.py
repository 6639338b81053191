import logging

import torch

log = logging.getLogger(__name__)


class Trainer:
    def __init__(self, max_steps=10, val_check_interval=5, callbacks=()):
        self.max_steps = max_steps
        self.val_check_interval = val_check_interval
        self.callbacks = list(callbacks)
        self.global_step = 0

    def _hook(self, module, name, *args):
        fn = getattr(module, name, None)
        if fn is not None:
            fn()
        for cb in self.callbacks:
            getattr(cb, name)(self, module, *args)

    def _validate(self, module, val_loader):
        module.on_validation_start()
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                module.validation_step(batch, i)
        self._hook(module, "on_validation_end")

    def _train_batch_end(self, module, loss):
        for cb in self.callbacks:
            cb.on_train_batch_end(self, module, loss)

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        while self.global_step < self.max_steps:
            for batch in train_loader:
                opt.zero_grad()
                loss = module.training_step(batch, self.global_step)
                loss.backward()  # TM001-here
                opt.step()
                self.global_step += 1
                self._train_batch_end(module, loss.item())
                if self.global_step % self.val_check_interval == 0:
                    self._validate(module, val_loader)
                if self.global_step >= self.max_steps:
                    break
        log.info("fit finished after %d steps", self.global_step)
