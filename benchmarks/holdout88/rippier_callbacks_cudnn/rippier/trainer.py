import torch


class MiniTrainer:
    def __init__(self, max_epochs, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.logged = {}
        self.current_epoch = 0

    def _call(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def fit(self, task, train_batch, val_batch):
        opt = task.configure_optimizers()
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            task.train()
            loss = task.training_step(train_batch)
            opt.zero_grad()
            loss.backward()
            opt.step()
            self._call("on_train_batch_end", task, loss)
            task.eval()
            with torch.no_grad():
                val_loss = task.validation_step(val_batch)
            self._call("on_validation_end", task, val_batch, val_loss)
