import torch


class MiniTrainer:
    def __init__(self, max_epochs=2):
        self.max_epochs = max_epochs
        self.logged = []

    def _validate(self, module, loader):
        module.on_validation_start()
        with torch.no_grad():
            outs = [module.validation_step(b) for b in loader]
        module.on_validation_end()
        return sum(outs) / len(outs)

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            module.on_train_epoch_start()
            for batch in train_loader:
                loss = module.training_step(batch)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self.logged.append(self._validate(module, val_loader))
        return self.logged
