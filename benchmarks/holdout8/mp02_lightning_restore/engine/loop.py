import contextlib

import torch


class FP32Precision:
    def backward(self, loss, **kwargs):
        loss.backward(**kwargs)


@contextlib.contextmanager
def _eval_scope(module):
    module.eval()
    try:
        with torch.no_grad():
            yield
    finally:
        module.train()


class MiniTrainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.precision = FP32Precision()
        self.optimizers = []
        self.metrics = {}

    def fit(self, module, train_dl, val_dl):
        module._trainer = self
        self.optimizers = [module.configure_optimizers()]
        with _eval_scope(module):
            for idx, batch in zip(range(self.num_sanity_val_steps), val_dl):
                module.validation_step(batch, idx)
        for _ in range(self.max_epochs):
            for idx, batch in enumerate(train_dl):
                module.training_step(batch, idx)
            with _eval_scope(module):
                for idx, batch in enumerate(val_dl):
                    self.metrics.update(module.validation_step(batch, idx) or {})
        return self.metrics
