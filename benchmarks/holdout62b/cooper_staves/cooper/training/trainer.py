import torch


class MiniTrainer:
    def __init__(self, max_epochs=2, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.metrics = {}

    def _call(self, hook, module):
        for cb in self.callbacks:
            getattr(cb, hook)(self, module)

    def _validate(self, module, loader):
        module.eval()
        with torch.no_grad():
            outs = [module.validation_step(b, i) for i, b in enumerate(loader)]
        self.metrics["val_loss"] = sum(o["val_loss"] for o in outs) / len(outs)
        self._call("on_validation_end", module)
        module.train()

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            module.train()
            for i, batch in enumerate(train_loader):
                opt.zero_grad()
                loss = module.training_step(batch, i)
                loss.backward()
                opt.step()
            self._call("on_train_epoch_end", module)
            self._validate(module, val_loader)
        return self.metrics
