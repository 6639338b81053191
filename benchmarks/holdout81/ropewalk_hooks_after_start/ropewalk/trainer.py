class MiniTrainer:
    def __init__(self, max_epochs, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.epoch = 0
        self.last_loss = float("nan")

    def _call(self, hook, module):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, module)

    def _backward(self, loss):
        loss.backward()

    def fit(self, module, batches):
        opt = module.configure_optimizers()
        self._call("on_train_start", module)
        module.train()
        for self.epoch in range(self.max_epochs):
            for batch in batches:
                loss = module.training_step(batch)
                opt.zero_grad()
                self._backward(loss)
                opt.step()
                self.last_loss = loss.item()
            self._call("on_epoch_end", module)
