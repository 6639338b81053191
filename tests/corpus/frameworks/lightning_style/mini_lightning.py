"""A Lightning-style loop: the trainer calls the module's hooks; it switches to eval for validation only."""
import torch


class LightningModule(torch.nn.Module):
    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError


class Trainer:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs

    def fit(self, module, train_data, val_data):
        optimizer = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            for batch in train_data:
                loss = module.training_step(batch)
                optimizer.zero_grad()
                loss.backward()  # TM001-here
                optimizer.step()
            self._validate(module, val_data)

    def _validate(self, module, val_data):
        module.eval()
        with torch.no_grad():
            for batch in val_data:
                module.validation_step(batch)
