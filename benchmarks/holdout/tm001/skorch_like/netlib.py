"""skorch-flavoured NeuralNet: fit/partial_fit/predict_proba around self.module_."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Callback:
    def on_epoch_end(self, net, **kwargs): pass


class EpochScoring(Callback):
    def on_epoch_end(self, net, valid_loss=None, **kwargs):
        net.history.append({"valid_loss": valid_loss})


class NeuralNet:
    def __init__(self, module, criterion=nn.CrossEntropyLoss, optimizer=torch.optim.SGD, lr=0.05,
                 max_epochs=2, batch_size=8, train_split=True, callbacks=None, **module_kwargs):
        self.module = module
        self.criterion = criterion
        self.optimizer = optimizer
        self.lr = lr
        self.max_epochs = max_epochs
        self.batch_size = batch_size
        self.train_split = train_split
        self.callbacks = [EpochScoring()] + list(callbacks or [])
        self.module_kwargs = module_kwargs
        self.initialized_ = False
        self.history = []

    def initialize(self):
        self.module_ = self.module(**self.module_kwargs) if isinstance(self.module, type) else self.module
        self.criterion_ = self.criterion()
        self.optimizer_ = self.optimizer(self.module_.parameters(), lr=self.lr)
        self.initialized_ = True
        return self

    def infer(self, Xi):
        return self.module_(Xi)

    def get_loss(self, y_pred, y_true):
        return self.criterion_(y_pred, y_true)

    def train_step(self, Xi, yi):
        self.module_.train()
        self.optimizer_.zero_grad()
        y_pred = self.infer(Xi)
        loss = self.get_loss(y_pred, yi)
        loss.backward()
        self.optimizer_.step()
        return {"loss": loss, "y_pred": y_pred}

    def validation_step(self, Xi, yi):
        self.module_.eval()
        with torch.no_grad():
            y_pred = self.infer(Xi)
            return {"loss": self.get_loss(y_pred, yi), "y_pred": y_pred}

    def fit(self, X, y):
        if not self.initialized_:
            self.initialize()
        return self.partial_fit(X, y)

    def partial_fit(self, X, y, epochs=None):
        if not self.initialized_:
            self.initialize()
        n_valid = len(X) // 5 if self.train_split else 0
        train = DataLoader(TensorDataset(X[n_valid:], y[n_valid:]), batch_size=self.batch_size, shuffle=True)
        valid = DataLoader(TensorDataset(X[:n_valid], y[:n_valid]), batch_size=self.batch_size)
        for _ in range(epochs or self.max_epochs):
            for Xi, yi in train:
                self.train_step(Xi, yi)
            losses = [self.validation_step(Xi, yi)["loss"].item() for Xi, yi in valid]
            for cb in self.callbacks:
                cb.on_epoch_end(self, valid_loss=sum(losses) / max(len(losses), 1))
        return self

    def predict_proba(self, X):
        self.module_.eval()
        with torch.no_grad():
            return torch.softmax(self.infer(X), dim=-1)

    def predict(self, X):
        return self.predict_proba(X).argmax(-1)
