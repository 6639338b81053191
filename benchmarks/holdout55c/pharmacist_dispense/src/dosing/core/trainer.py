import torch


class Trainer:
    def __init__(self, max_epochs=2, val_every=1):
        self.max_epochs = max_epochs
        self.val_every = val_every

    def _validate(self, module, loader):
        module.on_validation_start()
        with torch.no_grad():
            for batch in loader:
                module.validation_step(batch)
        module.on_validation_end()

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for batch in train_loader:
                loss = module.training_step(batch)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
            if (epoch + 1) % self.val_every == 0:
                self._validate(module, val_loader)
        return module
