import torch


class MiniTrainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.current_epoch = 0
        self.val_outputs = []

    def _call(self, hook, module):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, module)

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            module.train()
            for i, batch in enumerate(train_loader):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self._validate(module, val_loader)

    def _validate(self, module, val_loader):
        module.training = False  # "eval" for the metric bookkeeping only
        self.val_outputs = []
        with torch.no_grad():
            for i, batch in enumerate(val_loader):
                self.val_outputs.append(module.validation_step(batch, i))
        self._call("on_validation_end", module)
