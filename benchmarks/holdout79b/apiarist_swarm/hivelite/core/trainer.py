import torch


class LiteTrainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.logged = {}
        self.current_epoch = 0
        self.last_val_batch = None

    def _call(self, hook, module):
        for cb in self.callbacks:
            getattr(cb, hook)(self, module)

    def _run_validation(self, module, val_batches):
        module.eval()
        with torch.no_grad():
            for batch in val_batches:
                module.validation_step(batch)
                self.last_val_batch = batch
        self._call("on_validation_end", module)

    def fit(self, module, train_batches, val_batches):
        module._trainer = self
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            module.train()
            self._call("on_train_epoch_start", module)
            for batch in train_batches:
                opt.zero_grad()
                module.training_step(batch).backward()
                opt.step()
            self._run_validation(module, val_batches)
            self._call("on_train_epoch_end", module)
        return module
