import logging

import torch

log = logging.getLogger("kiln.trainer")


class Trainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.current_epoch = 0
        self.last_loss = float("nan")
        self.datamodule = None

    def _call(self, hook, module):
        for cb in self.callbacks:
            getattr(cb, hook)(self, module)

    @torch.no_grad()
    def predict(self, module, datamodule):
        module.eval()
        return [module.predict_step(b, i) for i, b in enumerate(datamodule.predict_dataloader())]

    def fit(self, module, datamodule):
        self.datamodule = datamodule
        opt = module.configure_optimizers()
        module.train()
        self._call("on_fit_start", module)
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            for i, batch in enumerate(datamodule.train_dataloader()):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
                self.last_loss = loss.item()
            self._call("on_train_epoch_end", module)
        self._call("on_fit_end", module)
