"""A hand-rolled, Lightning-flavoured module/trainer pair (we could not install Lightning on the cluster)."""
import time

import torch
import torch.nn as nn


class MiniLitModule(nn.Module):
    """Subclass and implement training_step / validation_step / configure_optimizers."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)

    # hooks
    def on_train_epoch_start(self, epoch):
        pass

    def on_validation_end(self, outputs):
        pass


class MiniTrainer:
    def __init__(self, max_epochs=2, check_val_every_n_epoch=1, gradient_clip_val=None):
        self.max_epochs = max_epochs
        self.check_val_every_n_epoch = check_val_every_n_epoch
        self.gradient_clip_val = gradient_clip_val
        self.logged = []

    def _validate(self, module, val_batches):
        module.eval()
        with torch.no_grad():
            outputs = [module.validation_step(b, i) for i, b in enumerate(val_batches)]
        module.on_validation_end(outputs)
        return outputs

    def backward(self, loss):
        loss.backward()  # TM001-here

    def fit(self, module, train_batches, val_batches=None):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            t0 = time.time()
            module.on_train_epoch_start(epoch)
            for i, batch in enumerate(train_batches):
                opt.zero_grad()
                loss = module.training_step(batch, i)
                self.backward(loss)
                if self.gradient_clip_val:
                    torch.nn.utils.clip_grad_norm_(module.parameters(), self.gradient_clip_val)
                opt.step()
            self.logged.append({"epoch": epoch, "loss": loss.item(), "sec": time.time() - t0})
            if val_batches and (epoch + 1) % self.check_val_every_n_epoch == 0:
                self._validate(module, val_batches)
        return self.logged
