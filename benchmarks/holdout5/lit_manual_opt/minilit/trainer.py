import torch


class Callback:
    def on_train_batch_end(self, trainer, pl_module, batch_idx):
        pass

    def on_validation_end(self, trainer, pl_module):
        pass


class Trainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs, self.callbacks, self.logged = max_epochs, list(callbacks), {}

    def _call(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def fit(self, module, train_batches, val_batches):
        module.trainer = self
        self.optimizer = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            module.train()
            for i, batch in enumerate(train_batches):
                module.training_step(batch, i)
                self._call("on_train_batch_end", module, i)
            module.eval()
            with torch.no_grad():
                for i, batch in enumerate(val_batches):
                    module.validation_step(batch, i)
            self._call("on_validation_end", module)
            print(f"epoch {epoch}: {self.logged}")
