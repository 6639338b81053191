import torch


class Runner:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.epoch = 0
        self.metrics = {}

    def _call(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def _train_epoch(self, task, opt, loader):
        task.train()
        for batch in loader:
            opt.zero_grad()
            loss = task.training_step(batch)
            loss.backward()
            opt.step()
        self.metrics["train_loss"] = loss.item()

    @torch.no_grad()
    def _validate(self, task, loader):
        task.eval()
        outs = [task.validation_step(b) for b in loader]
        self.metrics["val_loss"] = float(sum(o["loss"] for o in outs) / len(outs))
        self.metrics["val_acc"] = float(sum(o["acc"] for o in outs) / len(outs))

    def fit(self, task, train_loader, val_loader):
        opt = task.configure_optimizers()
        self._call("on_fit_start", task)
        for self.epoch in range(self.max_epochs):
            self._train_epoch(task, opt, train_loader)
            self._validate(task, val_loader)
            self._call("on_validation_end", task, val_loader)
        self._call("on_fit_end", task)
