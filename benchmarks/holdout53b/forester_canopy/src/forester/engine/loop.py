"""A very small trainer in the style of the big frameworks: hooks, automatic optimisation."""
import torch


class Trainer:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs
        self.history = []

    def fit(self, module, train_dl, val_dl):
        opt = module.configure_optimizers()
        module.trainer = self
        for epoch in range(self.max_epochs):
            module.on_train_epoch_start()
            for i, batch in enumerate(train_dl):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                module.manual_backward(loss)
                opt.step()
            self._validate(module, val_dl)

    def _validate(self, module, val_dl):
        module.eval()
        outs = []
        with torch.no_grad():
            for i, batch in enumerate(val_dl):
                outs.append(module.validation_step(batch, i))
        module.on_validation_epoch_end(outs)
