import torch


class MiniTrainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.current_epoch = 0

    def _run_validation(self, module, loader, limit=None):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                module.validation_step(batch, i)
        module.on_validation_epoch_end()

    def fit(self, module, train_loader, val_loader):
        module.trainer = self
        opt = module.configure_optimizers()
        if self.num_sanity_val_steps:
            self._run_validation(module, val_loader, limit=self.num_sanity_val_steps)
        for self.current_epoch in range(self.max_epochs):
            module.train()
            module.on_train_epoch_start()
            for i, batch in enumerate(train_loader):
                opt.zero_grad()
                loss = module.training_step(batch, i)
                module.manual_backward(loss)
                opt.step()
            self._run_validation(module, val_loader)
        return module.logged
