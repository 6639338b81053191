import torch


class Runner:
    def __init__(self, callbacks=(), epochs=2):
        self.callbacks = sorted(callbacks, key=lambda cb: cb.order)
        self.epochs = epochs
        self.task = None

    def _call(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def _validate(self, loader):
        self.task.eval()
        rows = []
        with torch.no_grad():
            for batch in loader:
                rows.append(self.task.validation_step(batch))
        metrics = {k: sum(r[k] for r in rows) / len(rows) for k in rows[0]}
        self._call("on_validation_end", metrics)
        return metrics

    def fit(self, task, train_loader, val_loader):
        self.task = task
        opt = task.configure_optimizers()
        task.train()
        for epoch in range(self.epochs):
            self._call("on_train_epoch_start")
            for batch in train_loader:
                opt.zero_grad()
                loss = task.training_step(batch)
                loss.backward()  # TM001-here
                opt.step()
            self._validate(val_loader)
        return self
