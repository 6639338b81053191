class BaseRunner:
    """fit() calls overridable hooks and named handlers; the step does the update."""

    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer
        self.handlers = {}
        self.history = {"loss": []}
        self.epoch = 0

    def add_handler(self, event, fn):
        self.handlers.setdefault(event, []).append(fn)

    def emit(self, event, **payload):
        for fn in self.handlers.get(event, ()):
            fn(self, **payload)

    # hooks
    def before_epoch(self):
        pass

    def after_epoch(self):
        pass

    def compute_loss(self, batch):
        raise NotImplementedError

    def train_step(self, batch):
        self.optimizer.zero_grad()
        loss = self.compute_loss(batch)
        loss.backward()
        self.optimizer.step()
        return loss.detach()

    def fit(self, batches, epochs=1):
        self.model.train()
        for self.epoch in range(epochs):
            self.before_epoch()
            for i, batch in enumerate(batches):
                loss = self.train_step(batch)
                self.history["loss"].append(loss.item())
                self.emit("batch_end", index=i, loss=loss)
            self.after_epoch()
            self.emit("epoch_end")
        return self.history
