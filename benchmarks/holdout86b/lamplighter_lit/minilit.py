import torch


class MiniModule(torch.nn.Module):
    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def on_validation_epoch_end(self, outputs):
        pass


class MiniTrainer:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs

    def _val_loop(self, module, val):
        module.eval()
        outs = []
        with torch.no_grad():
            for i, b in enumerate(val):
                outs.append(module.validation_step(b, i))
        module.on_validation_epoch_end(outs)

    def fit(self, module, train, val):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            module.train()
            for i, b in enumerate(train):
                loss = module.training_step(b, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self._val_loop(module, val)
