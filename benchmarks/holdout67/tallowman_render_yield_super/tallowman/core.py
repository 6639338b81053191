"""A very small imitation of a LightningModule / Trainer pair."""
import torch
import torch.nn as nn


class TaskModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.logged = {}

    def log(self, name, value):
        self.logged.setdefault(name, []).append(float(value))

    def on_validation_start(self):
        pass

    def on_validation_end(self):
        # the framework relies on this default to hand the module back in training mode
        self.train()

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=1e-2)


class Trainer:
    def __init__(self, max_epochs=1, num_sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps

    def _run_validation(self, module, batches, limit=None):
        module.on_validation_start()
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(batches):
                if limit is not None and i >= limit:
                    break
                module.validation_step(batch, i)
        module.on_validation_end()

    def fit(self, module, train_batches, val_batches):
        optimizer = module.configure_optimizers()
        module.train()
        if self.num_sanity_val_steps:
            self._run_validation(module, val_batches, limit=self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_batches):
                loss = module.training_step(batch, i)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            self._run_validation(module, val_batches)
        return module
