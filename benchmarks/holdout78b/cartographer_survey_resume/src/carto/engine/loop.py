import torch


class Trainer:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs
        self.module = None
        self.optimizer = None

    # hooks, overridden in subclasses
    def on_fit_start(self):
        self.module.train()

    def on_validation_start(self):
        self.module.eval()

    def on_validation_end(self, val_loss):
        pass

    def _train_batch(self, batch):
        loss = self.module.training_step(batch)
        self.optimizer.zero_grad()
        loss.backward()
        self.optimizer.step()
        return loss.item()

    def _validate(self, loader):
        self.on_validation_start()
        with torch.no_grad():
            losses = [self.module.validation_step(b).item() for b in loader]
        val = sum(losses) / len(losses)
        self.on_validation_end(val)
        return val

    def fit(self, module, train_loader, val_loader):
        self.module = module
        self.optimizer = module.configure_optimizers()
        self.on_fit_start()
        for epoch in range(self.max_epochs):
            tl = [self._train_batch(b) for b in train_loader]
            val = self._validate(val_loader)
            print(f"epoch {epoch} train {sum(tl) / len(tl):.4f} val {val:.4f}")
