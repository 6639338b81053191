import torch


class Trainer:
    def __init__(self, max_epochs=1, val_check_interval=None):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.logged = []

    def fit(self, module, train_loader, val_loader):
        module.trainer = self
        self.optimizer = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            module.train()
            for batch_idx, batch in enumerate(train_loader):
                self._optimizer_step(module, batch, batch_idx)
                if self.val_check_interval and (batch_idx + 1) % self.val_check_interval == 0:
                    self._run_validation(module, val_loader)
            self._run_validation(module, val_loader)

    def _optimizer_step(self, module, batch, batch_idx):
        self.optimizer.zero_grad()
        loss = module.training_step(batch, batch_idx)
        loss.backward()  # TM001-here
        self.optimizer.step()

    def _run_validation(self, module, val_loader):
        module.eval()
        with torch.no_grad():
            for batch_idx, batch in enumerate(val_loader):
                module.validation_step(batch, batch_idx)
        module.on_validation_epoch_end()
