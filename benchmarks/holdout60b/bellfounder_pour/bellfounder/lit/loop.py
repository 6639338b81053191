import torch


class Loop:
    def __init__(self, max_epochs=2):
        self.max_epochs = max_epochs

    def _train_epoch(self, module, opt, loader):
        module.train()
        for i, batch in enumerate(loader):
            loss = module.training_step(batch, i)
            opt.zero_grad()
            loss.backward()
            opt.step()
        module.on_train_epoch_end()

    def _val_epoch(self, module, loader):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(loader):
                module.validation_step(batch, i)
        module.on_validation_epoch_end()

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            self._train_epoch(module, opt, train_loader)
            self._val_epoch(module, val_loader)
            print(f"epoch {epoch}: " + ", ".join(f"{k}={v[-1]:.4f}" for k, v in module.logged.items()))
