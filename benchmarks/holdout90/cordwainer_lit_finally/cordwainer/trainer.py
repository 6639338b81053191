import contextlib
import logging

import torch

log = logging.getLogger("cordwainer")


@contextlib.contextmanager
def evaluation_mode(module):
    module.eval()
    try:
        with torch.no_grad():
            yield
    finally:
        module.train()


class MiniTrainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.logged = []

    def _call(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if callable(fn):
                fn(self, *args)

    def _validate(self, module):
        losses = []
        for batch in module.val_dataloader():
            try:
                with evaluation_mode(module):
                    losses.append(module.validation_step(batch).item())
            except ValueError as err:
                log.warning("skipping validation batch: %s", err)
        self._call("on_validation_end", losses)

    def fit(self, module):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            self._call("on_train_epoch_start", epoch)
            for batch in module.train_dataloader():
                opt.zero_grad()
                loss = module.training_step(batch)
                loss.backward()
                opt.step()
                self.logged.append(loss.item())
            self._validate(module)
