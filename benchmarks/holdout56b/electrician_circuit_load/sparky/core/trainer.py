import torch

from .modes import EvalMode


class Trainer:
    def __init__(self, max_epochs, steps_per_epoch, callbacks=()):
        self.max_epochs = max_epochs
        self.steps_per_epoch = steps_per_epoch
        self.callbacks = list(callbacks)
        self.logs = {}
        self.epoch = 0

    def _call(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def log(self, key, value):
        self.logs.setdefault(key, []).append(value)

    def fit(self, module):
        opt = module.configure_optimizers()
        module.train()
        for self.epoch in range(self.max_epochs):
            for _ in range(self.steps_per_epoch):
                loss = module.training_step(module.make_batch())
                opt.zero_grad()
                loss.backward()
                opt.step()
                self.log("train_loss", loss.item())
            with EvalMode(module), torch.no_grad():
                metrics = module.validation_step(module.make_batch())
            for k, v in metrics.items():
                self.log(k, v)
            with EvalMode(module):
                self._call("on_validation_end", module)
            self._call("on_epoch_end", module)
