import torch


class Trainer:
    def __init__(self, max_epochs=1, val_check_interval=None):
        self.max_epochs = max_epochs
        self.val_check_interval = val_check_interval

    def _validate(self, module, val_batches):
        module.on_validation_epoch_start()
        with torch.no_grad():
            outs = [module.validation_step(b) for b in val_batches]
        module.log("val_loss", sum(outs) / len(outs))
        module.on_validation_epoch_end()

    def fit(self, module, train_batches, val_batches):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_batches, 1):
                opt.zero_grad()
                loss = module.training_step(batch)
                loss.backward()  # TM001-here
                opt.step()
                module.log("train_loss", loss.item())
                if self.val_check_interval and i % self.val_check_interval == 0:
                    self._validate(module, val_batches)
            self._validate(module, val_batches)
