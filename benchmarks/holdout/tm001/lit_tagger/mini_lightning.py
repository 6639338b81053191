"""A pocket-sized Lightning: LightningModule + Trainer.fit() with a sanity check and a validation loop."""
import torch
import torch.nn as nn


class LightningModule(nn.Module):
    def __init__(self):
        super().__init__()
        self.trainer = None
        self.logged = {}

    def log(self, name, value, prog_bar=False):
        self.logged[name] = float(value)

    def manual_backward(self, loss):
        loss.backward()


class Trainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=2, limit_val_batches=None):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.limit_val_batches = limit_val_batches
        self.current_epoch = 0

    def _run_validation(self, module, loader, limit=None):
        was_training = module.training
        module.eval()
        with torch.no_grad():
            for batch_idx, batch in enumerate(loader):
                if limit is not None and batch_idx >= limit:
                    break
                module.validation_step(batch, batch_idx)
        module.train(was_training)

    def fit(self, module, train_dataloaders, val_dataloaders=None):
        module.trainer = self
        optimizer = module.configure_optimizers()
        if val_dataloaders is not None and self.num_sanity_val_steps:
            self._run_validation(module, val_dataloaders, limit=self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            for batch_idx, batch in enumerate(train_dataloaders):
                loss = module.training_step(batch, batch_idx)
                optimizer.zero_grad()
                module.manual_backward(loss)
                optimizer.step()
            if val_dataloaders is not None:
                self._run_validation(module, val_dataloaders, self.limit_val_batches)
        return module.logged
