import torch


class Trainer:
    def __init__(self, max_epochs=1, callbacks=None):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks or [])
        self.optimizer = None
        self.current_epoch = 0

    def _call_hook(self, name, module):
        for cb in self.callbacks:
            getattr(cb, name)(self, module)

    def predict(self, module, loader):
        module.eval()
        outs = []
        with torch.no_grad():
            for i, batch in enumerate(loader):
                outs.append(module.predict_step(batch, i))
        return outs

    def fit(self, module, train_loader):
        module.trainer = self
        self.optimizer = module.configure_optimizers()
        self._call_hook("on_fit_start", module)
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            for i, batch in enumerate(train_loader):
                module.training_step(batch, i)
            self._call_hook("on_train_epoch_end", module)
        return module
