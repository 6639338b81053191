"""A tiny Lightning-like fit loop: hooks, training_step/validation_step, automatic optimisation."""
import torch


class LightningModule(torch.nn.Module):
    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)

    def on_train_epoch_start(self): pass
    def on_train_epoch_end(self): pass
    def on_validation_epoch_end(self): pass

    def log(self, name, value):
        self.logged = getattr(self, "logged", {})
        self.logged[name] = float(value)


class Trainer:
    def __init__(self, max_epochs=1, check_val_every_n_epoch=1, limit_train_batches=None):
        self.max_epochs = max_epochs
        self.check_val_every_n_epoch = check_val_every_n_epoch
        self.limit_train_batches = limit_train_batches

    def _run_validation(self, module, val_loader):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                module.validation_step(batch, i)
        module.on_validation_epoch_end()
        module.train()  # the loop restores training mode after validation

    def fit(self, module, train_loader, val_loader=None):
        optimizer = module.configure_optimizers()
        module.train()
        if val_loader is not None:
            self._run_validation(module, val_loader[:1])  # sanity check
        for epoch in range(self.max_epochs):
            module.current_epoch = epoch
            module.on_train_epoch_start()
            for i, batch in enumerate(train_loader):
                if self.limit_train_batches and i >= self.limit_train_batches:
                    break
                loss = module.training_step(batch, i)
                optimizer.zero_grad()
                loss.backward()  # TM001-here
                optimizer.step()
            module.on_train_epoch_end()
            if val_loader is not None and (epoch + 1) % self.check_val_every_n_epoch == 0:
                self._run_validation(module, val_loader)
        return module
