import torch


class LiteTrainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.logged = []
        self.current_epoch = 0

    def _call(self, hook, module):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, module)

    def _validate(self, module, val_loader):
        module.eval()
        self._call("on_validation_start", module)
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                module.validation_step(batch, i)
        self._call("on_validation_end", module)

    def fit(self, module, train_loader, val_loader):
        module._trainer = self
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            module.train()
            self._call("on_train_epoch_start", module)
            for i, batch in enumerate(train_loader):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self._call("on_train_epoch_end", module)
            self._validate(module, val_loader)
