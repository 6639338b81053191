import torch


class Trainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.optimizer = None

    def _validate(self, module, loader, limit=None):
        prev = module.training
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                module.validation_step(batch, i)
        module.training = prev

    def fit(self, module, train_loader, val_loader):
        module._trainer = self
        self.optimizer = module.configure_optimizers()
        module.train()
        if self.num_sanity_val_steps:
            self._validate(module, val_loader, limit=self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_loader):
                module.training_step(batch, i)
            self._validate(module, val_loader)
            print(f"epoch {epoch}: {module.logged}")
