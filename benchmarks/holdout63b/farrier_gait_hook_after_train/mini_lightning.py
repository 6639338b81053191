import torch


class MiniModule(torch.nn.Module):
    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        pass

    def on_validation_epoch_end(self):
        pass

    def configure_optimizers(self):
        raise NotImplementedError


class MiniTrainer:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs
        self.current_epoch = 0

    def _val_loop(self, module, val_data):
        module.eval()
        with torch.no_grad():
            for batch in val_data:
                module.validation_step(batch)
        module.train()
        module.on_validation_epoch_end()

    def fit(self, module, train_data, val_data):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            module.train()
            for batch in train_data:
                opt.zero_grad()
                loss = module.training_step(batch)
                loss.backward()
                opt.step()
            self._val_loop(module, val_data)
