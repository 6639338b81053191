import torch


class LiteTrainer:
    def __init__(self, max_epochs=2, val_first=True):
        self.max_epochs = max_epochs
        self.val_first = val_first
        self.logged = []

    def _validate(self, module, loader):
        module.on_validation_epoch_start()
        with torch.no_grad():
            self.logged.append(sum(module.validation_step(b).item() for b in loader))

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            if self.val_first:
                self._validate(module, val_loader)
            module.on_train_epoch_start()
            for batch in train_loader:
                opt.zero_grad()
                loss = module.training_step(batch)
                loss.backward()
                opt.step()
        return self.logged
