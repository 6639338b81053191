import torch


class NeuralNet:
    """A skorch-like wrapper: module_ / optimizer_ / criterion_ created by initialize()."""

    def __init__(self, module, criterion, optimizer=torch.optim.SGD, lr=0.05, max_epochs=2, batch_size=4, **module_kw):
        self.module, self.criterion, self.optimizer = module, criterion, optimizer
        self.lr, self.max_epochs, self.batch_size = lr, max_epochs, batch_size
        self.module_kw = module_kw
        self.initialized_ = False
        self.history = []

    def initialize(self):
        self.module_ = self.module(**self.module_kw)
        self.criterion_ = self.criterion()
        self.optimizer_ = self.optimizer(self.module_.parameters(), lr=self.lr)
        self.initialized_ = True
        return self

    def _set_training(self, training=True):
        self.module_.train(training)
        self.criterion_.train(training)

    def infer(self, x):
        return self.module_(x)

    def train_step(self, Xi, yi):
        self._set_training(True)
        self.optimizer_.zero_grad()
        y_pred = self.infer(Xi)
        loss = self.criterion_(y_pred, yi)
        loss.backward()
        self.optimizer_.step()
        return {"loss": loss, "y_pred": y_pred}

    def validation_step(self, Xi, yi):
        self._set_training(False)
        with torch.no_grad():
            return {"loss": self.criterion_(self.infer(Xi), yi)}

    def fit_loop(self, X, y, epochs=None):
        for _ in range(epochs or self.max_epochs):
            losses = [self.train_step(X[i:i + self.batch_size], y[i:i + self.batch_size])["loss"].item()
                      for i in range(0, len(X), self.batch_size)]
            self.history.append({"train_loss": sum(losses) / len(losses)})
        return self

    def partial_fit(self, X, y, epochs=None):
        if not self.initialized_:
            self.initialize()
        return self.fit_loop(X, y, epochs=epochs)

    def fit(self, X, y):
        self.initialize()
        return self.partial_fit(X, y)

    def predict_proba(self, X):
        self._set_training(False)
        with torch.no_grad():
            return torch.softmax(self.infer(X), -1)

    def predict(self, X):
        return self.predict_proba(X).argmax(-1)
