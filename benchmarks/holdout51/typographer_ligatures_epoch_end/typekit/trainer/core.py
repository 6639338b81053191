import torch


class Trainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.global_step = 0
        self.current_epoch = 0
        self.last_loss = None

    def _call(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def predict(self, module, x):
        module.eval()
        with torch.no_grad():
            return module.predict_step(x)

    def fit(self, module, batches):
        optimizer = module.configure_optimizers()
        self._call("on_fit_start", module)
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            module.train()
            self._call("on_train_epoch_start", module)
            for i, batch in enumerate(batches):
                optimizer.zero_grad()
                loss = module.training_step(batch, i)
                loss.backward()
                optimizer.step()
                self.global_step += 1
                self.last_loss = loss.item()
                self._call("on_train_batch_end", module, i)
            self._call("on_train_epoch_end", module)
        self._call("on_fit_end", module)
