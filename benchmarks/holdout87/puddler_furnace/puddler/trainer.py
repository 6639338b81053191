import torch


class LiteTrainer:
    """A very small imitation of a Lightning-style trainer."""

    def __init__(self, max_epochs=1, val_check_interval=None):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.val_curve = []
        self.global_step = 0

    def _validate(self, module, val_loader):
        module.eval()
        with torch.no_grad():
            vals = [module.validation_step(b).item() for b in val_loader]
        self.val_curve.append(sum(vals) / len(vals))

    def _train_epoch(self, module, opt, train_loader, val_loader):
        module.train()
        for i, batch in enumerate(train_loader):
            loss = module.training_step(batch)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            self.global_step += 1
            if self.val_check_interval and (i + 1) % self.val_check_interval == 0:
                self._validate(module, val_loader)

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        for _ in range(self.max_epochs):
            self._train_epoch(module, opt, train_loader, val_loader)
        return module
