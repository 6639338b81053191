import torch.nn.functional as F


class Trainer:
    def __init__(self, model, optimizer, train_batches, val_batches, callbacks, max_epochs):
        self.model = model
        self.optimizer = optimizer
        self.train_batches = train_batches
        self.val_batches = val_batches
        self.callbacks = list(callbacks)
        self.max_epochs = max_epochs
        self.global_step = 0
        self.val_history = []

    def _emit(self, hook):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self)

    def training_step(self, batch):
        x, y = batch
        self.optimizer.zero_grad()
        loss = F.mse_loss(self.model(x), y)
        loss.backward()  # TM001-here
        self.optimizer.step()
        return loss.item()

    def fit(self):
        for epoch in range(self.max_epochs):
            self.model.train()
            self._emit("on_epoch_start")
            for batch in self.train_batches:
                self.training_step(batch)
                self.global_step += 1
                self._emit("on_step_end")
            self._emit("on_epoch_end")
        return self.val_history
