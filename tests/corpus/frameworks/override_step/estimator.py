"""An sklearn-style estimator around a torch module: fit() runs epochs of step() and a validation pass."""
import torch
import torch.nn as nn


class SeqEstimator:
    def __init__(self, module_cls, epochs=2, lr=0.05, **module_kwargs):
        self.module_cls = module_cls
        self.epochs = epochs
        self.lr = lr
        self.module_kwargs = module_kwargs

    def _build(self):
        self.model_ = self.module_cls(**self.module_kwargs)
        self.opt_ = torch.optim.SGD(self.model_.parameters(), lr=self.lr)
        self.loss_fn_ = nn.MSELoss()

    def step(self, xb, yb):
        self.model_.train()
        self.opt_.zero_grad()
        loss = self.loss_fn_(self.model_(xb), yb)
        loss.backward()
        self.opt_.step()
        return loss.item()

    def score(self, X, y):
        self.model_.eval()
        with torch.no_grad():
            return -self.loss_fn_(self.model_(X), y).item()

    def fit(self, X, y, batch_size=8):
        self._build()
        split = len(X) // 4
        self.scores_ = []
        for _ in range(self.epochs):
            for i in range(split, len(X), batch_size):
                self.step(X[i:i + batch_size], y[i:i + batch_size])
            self.scores_.append(self.score(X[:split], y[:split]))
        return self
