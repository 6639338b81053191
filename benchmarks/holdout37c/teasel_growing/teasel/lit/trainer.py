import torch


class MiniTrainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps

    def _val_loop(self, module, loader, limit=None):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                module.validation_step(batch, i)

    def fit(self, module, train_loader, val_loader):
        module._optimizers = module.configure_optimizers()
        if self.num_sanity_val_steps:
            self._val_loop(module, val_loader, limit=self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_loader):
                module.training_step(batch, i)
            self._val_loop(module, val_loader)
            module.train()
            print(f"epoch {epoch}: {module.logged}")
