import torch


class Runner:
    def __init__(self, max_epochs=1, val_check_interval=None):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval
        self.global_step = 0
        self.logged = {}

    def _validate(self, module, loader):
        module.on_validation_start()
        with torch.no_grad():
            for i, batch in enumerate(loader):
                module.validation_step(batch, i)
        module.on_validation_end()
        self.logged.update(module._logs)

    def _optimizer_step(self, module, optimizer, batch, batch_idx):
        optimizer.zero_grad()
        loss = module.training_step(batch, batch_idx)
        loss.backward()  # TM001-here
        optimizer.step()
        return loss

    def fit(self, module, datamodule):
        module._runner = self
        optimizer = module.configure_optimizers()
        train_loader = datamodule.train_dataloader()
        val_loader = datamodule.val_dataloader()
        for epoch in range(self.max_epochs):
            module.train()
            module.on_train_epoch_start()
            for batch_idx, batch in enumerate(train_loader):
                self._optimizer_step(module, optimizer, batch, batch_idx)
                self.global_step += 1
                if self.val_check_interval and (batch_idx + 1) % self.val_check_interval == 0:
                    self._validate(module, val_loader)
            self._validate(module, val_loader)
        self.logged.update(module._logs)
