import torch


class LiteTrainer:
    def __init__(self, max_epochs=1, val_every=2, callbacks=()):
        self.max_epochs = max_epochs
        self.val_every = val_every
        self.callbacks = list(callbacks)

    def _call(self, hook, module):
        fn = getattr(module, hook, None)
        if fn is not None:
            fn()
        for cb in self.callbacks:
            f = getattr(cb, hook, None)
            if f is not None:
                f(self, module)

    def _validate(self, module, val_batches):
        self._call("on_validation_start", module)
        with torch.no_grad():
            outs = [module.validation_step(b, i) for i, b in enumerate(val_batches)]
        self.last_val = sum(outs) / len(outs)
        self._call("on_validation_end", module)

    def fit(self, module, train_batches, val_batches):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_batches):
                if i > 0 and i % self.val_every == 0:
                    self._validate(module, val_batches)
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
            self._call("on_train_epoch_end", module)
