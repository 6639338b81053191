from abc import ABC, abstractmethod

import torch


class ModelPT(torch.nn.Module, ABC):
    def __init__(self, cfg, trainer=None):
        super().__init__()
        self._cfg = cfg
        self._trainer = trainer

    @abstractmethod
    def training_step(self, batch, batch_idx): ...

    @abstractmethod
    def train_dataloader(self): ...

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)

    @property
    def cfg(self):
        return self._cfg


class Trainer:
    def __init__(self, max_epochs, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.logger = None
        self.global_step = 0

    def _call(self, name, *args):
        for cb in self.callbacks:
            fn = getattr(cb, name, None)
            if fn is not None:
                fn(self, *args)

    def fit(self, model):
        opt = model.configure_optimizers()
        for epoch in range(self.max_epochs):
            model.train()
            for batch_idx, batch in enumerate(model.train_dataloader()):
                out = model.training_step(batch, batch_idx)
                opt.zero_grad()
                self._backward(out["loss"])
                opt.step()
                self.global_step += 1
                self._call("on_train_batch_end", model, out, batch, batch_idx)

    def _backward(self, loss):
        loss.backward()  # TM001-here
