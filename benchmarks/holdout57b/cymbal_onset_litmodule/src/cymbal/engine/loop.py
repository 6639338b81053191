import torch

from .strategy import SingleDeviceStrategy


class Trainer:
    def __init__(self, max_epochs=1, num_sanity_val_steps=2, log_every=10, clip=1.0):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.log_every = log_every
        self.strategy = SingleDeviceStrategy(clip)
        self.logged = {}
        self.history = []

    def fit(self, module, train_loader, val_loader=None):
        module.trainer = self
        optimizer = module.configure_optimizers()
        module.train()
        if val_loader is not None and self.num_sanity_val_steps:
            self._sanity_check(module, val_loader)
        for epoch in range(self.max_epochs):
            self._train_epoch(module, optimizer, train_loader, epoch)
            if val_loader is not None:
                self.history.append(self._validate(module, val_loader))
        return self.history

    def _sanity_check(self, module, val_loader):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                if i >= self.num_sanity_val_steps:
                    break
                module.validation_step(batch, i)
        self.logged.clear()

    def _train_epoch(self, module, optimizer, loader, epoch):
        for i, batch in enumerate(loader):
            loss = module.training_step(batch, i)
            self.strategy.backward(loss, module)
            self.strategy.optimizer_step(optimizer)
            if (i + 1) % self.log_every == 0:
                print(f"epoch {epoch} batch {i + 1} loss {loss.item():.4f}")

    def _validate(self, module, loader):
        module.eval()
        with torch.no_grad():
            scores = [module.validation_step(b, i) for i, b in enumerate(loader)]
        module.train()
        return float(sum(scores) / len(scores))
