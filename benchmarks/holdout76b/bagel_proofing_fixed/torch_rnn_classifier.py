"""An sklearn-flavoured RNN classifier (fit / predict_proba / predict), course-assignment style."""
import torch
import torch.nn as nn


class _RNNModel(nn.Module):
    def __init__(self, n_feat, hidden, n_classes):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, n_classes)

    def forward(self, X):
        _, (h, _) = self.rnn(X)
        return self.classifier(h[-1])


class TorchRNNClassifier:
    def __init__(self, hidden_dim=8, max_iter=5, eta=0.01, batch_size=8, warm_start=False):
        self.hidden_dim = hidden_dim
        self.max_iter = max_iter
        self.eta = eta
        self.batch_size = batch_size
        self.warm_start = warm_start
        self.model = None
        self.errors = []

    def get_params(self, deep=True):
        return {k: getattr(self, k) for k in ("hidden_dim", "max_iter", "eta", "batch_size", "warm_start")}

    def fit(self, X, y):
        self.classes_ = sorted(set(y.tolist()))
        if self.model is None or not self.warm_start:
            self.model = _RNNModel(X.size(-1), self.hidden_dim, len(self.classes_))
            self.opt = torch.optim.Adam(self.model.parameters(), lr=self.eta)
        loss_fn = nn.CrossEntropyLoss()
        self.model.train()
        for it in range(self.max_iter):
            epoch_error = 0.0
            for i in range(0, len(X), self.batch_size):
                xb, yb = X[i:i + self.batch_size], y[i:i + self.batch_size]
                err = loss_fn(self.model(xb), yb)
                self.opt.zero_grad()
                err.backward()
                self.opt.step()
                epoch_error += err.item()
            self.errors.append(epoch_error)
        return self

    def predict_proba(self, X):
        self.model.eval()
        with torch.no_grad():
            return torch.softmax(self.model(X), dim=1)

    def predict(self, X):
        return [self.classes_[i] for i in self.predict_proba(X).argmax(1).tolist()]
