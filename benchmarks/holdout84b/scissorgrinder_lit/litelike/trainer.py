import torch


class LiteTrainer:
    def __init__(self, max_epochs=2, val_every=1):
        self.max_epochs = max_epochs
        self.val_every = val_every

    def _run_validation(self, module, loader):
        module.eval()
        with torch.no_grad():
            outs = [module.validation_step(b, i) for i, b in enumerate(loader)]
        return outs

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            module.on_train_epoch_start()
            for i, batch in enumerate(train_loader):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
            if (epoch + 1) % self.val_every == 0:
                self._run_validation(module, val_loader)
        return module
