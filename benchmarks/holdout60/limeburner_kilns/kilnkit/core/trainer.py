import torch


class KilnTrainer:
    def __init__(self, max_epochs=2, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.module = None
        self.metrics = {}

    def _call(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def _optimise(self, opt, batches):
        for batch in batches:
            opt.zero_grad()
            loss = self.module.training_step(batch)
            loss.backward()  # TM001-here
            opt.step()

    def fit(self, module, train_batches, val_batches):
        self.module = module
        opt = module.configure_optimizers()
        for self.epoch in range(self.max_epochs):
            module.train()
            self._optimise(opt, train_batches)
            module.eval()
            with torch.no_grad():
                losses = [module.validation_step(b).item() for b in val_batches]
            self.metrics["val_loss"] = sum(losses) / len(losses)
            self._call("on_validation_end")
        self._call("on_fit_end")
        return self.module

    def refine(self, batches, lr=1e-4):
        """Short low-LR pass on fresh kiln logs with the module the fit ended on."""
        opt = torch.optim.SGD(self.module.parameters(), lr=lr)
        self._optimise(opt, batches)
