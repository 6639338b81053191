"""skorch-like NeuralNet: fit() -> fit_loop() -> run_single_epoch(training=...), callbacks with on_epoch_end."""
import torch


class Callback:
    def initialize(self):
        return self

    def on_epoch_end(self, net, **kwargs):
        pass


class NeuralNet:
    def __init__(self, module, criterion, optimizer=torch.optim.SGD, lr=0.05, max_epochs=2,
                 batch_size=8, callbacks=None, **module_kwargs):
        self.module, self.criterion_cls, self.optimizer_cls = module, criterion, optimizer
        self.lr, self.max_epochs, self.batch_size = lr, max_epochs, batch_size
        self.callbacks = [cb.initialize() for cb in (callbacks or [])]
        self.module_kwargs = module_kwargs
        self.history = []

    def initialize(self):
        self.module_ = self.module(**self.module_kwargs)
        self.criterion_ = self.criterion_cls()
        self.optimizer_ = self.optimizer_cls(self.module_.parameters(), lr=self.lr)
        return self

    def _batches(self, X, y):
        for i in range(0, len(X), self.batch_size):
            yield X[i:i + self.batch_size], y[i:i + self.batch_size]

    def train_step(self, Xi, yi):
        self.optimizer_.zero_grad()
        loss = self.criterion_(self.module_(Xi), yi)
        loss.backward()
        self.optimizer_.step()
        return loss.item()

    def validation_step(self, Xi, yi):
        with torch.no_grad():
            return self.criterion_(self.module_(Xi), yi).item()

    def run_single_epoch(self, X, y, training):
        self.module_.train(training)
        step = self.train_step if training else self.validation_step
        losses = [step(Xi, yi) for Xi, yi in self._batches(X, y)]
        return sum(losses) / len(losses)

    def fit(self, X, y, X_valid=None, y_valid=None):
        self.initialize()
        for epoch in range(self.max_epochs):
            row = {"epoch": epoch + 1, "train_loss": self.run_single_epoch(X, y, training=True)}
            if X_valid is not None:
                row["valid_loss"] = self.run_single_epoch(X_valid, y_valid, training=False)
            self.history.append(row)
            for cb in self.callbacks:
                cb.on_epoch_end(self, X_valid=X_valid, y_valid=y_valid)
        return self

    def predict_proba(self, X):
        self.module_.eval()
        with torch.no_grad():
            return torch.softmax(self.module_(X), dim=-1)

    def predict(self, X):
        return self.predict_proba(X).argmax(-1)
