import torch


class MiniTrainer:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs
        self.logged = []

    def _run_train_epoch(self, module, opt, loader):
        module.train()
        # the smoothness penalty differentiates twice; cuDNN RNNs cannot, so train on the native kernels
        with torch.backends.cudnn.flags(enabled=False):
            for i, batch in enumerate(loader):
                opt.zero_grad()
                loss = module.training_step(batch, i)
                loss.backward()
                opt.step()

    def _run_val_epoch(self, module, loader):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(loader):
                module.validation_step(batch, i)

    def fit(self, module, train_loader, val_loader):
        module._trainer = self
        opt = module.configure_optimizers()
        for _ in range(self.max_epochs):
            self._run_train_epoch(module, opt, train_loader)
            self._run_val_epoch(module, val_loader)
