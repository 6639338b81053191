"""Trainer with manual optimisation: the module's training_step does its own backward,
callbacks are plain objects whose on_<event> methods are looked up by name."""


class Callback:
    pass


class Trainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.current_epoch = 0
        self.global_step = 0
        self.should_stop = False
        self.logged = {}

    def _call(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, "on_" + hook, None)
            if fn is not None:
                fn(self, self.module, *args)

    def fit(self, module, train_batches, val_batches):
        self.module = module
        self.val_batches = val_batches
        optimizer = module.configure_optimizers()
        module.train()
        self._call("fit_start")
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            self._call("train_epoch_start")
            for batch in train_batches:
                out = module.training_step(batch, optimizer)
                self.global_step += 1
                self._call("train_batch_end", out)
            self._call("train_epoch_end")
            if self.should_stop:
                break
        self._call("fit_end")
