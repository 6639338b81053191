# expect: clean
"""A scikit-learn-style sequence classifier with warm starts: fit, score, then fit more on new data."""
import torch
import torch.nn as nn


class _Recurrent(nn.Module):
    def __init__(self, cell, n_features, width, n_classes):
        super().__init__()
        cells = {"lstm": nn.LSTM, "gru": nn.GRU}
        self.encoder = cells[cell](n_features, width, batch_first=True)
        self.classify = nn.Linear(width, n_classes)

    def forward(self, x):
        hidden, _ = self.encoder(x)
        return self.classify(hidden.mean(1))


class SequenceClassifier:
    def __init__(self, cell="gru", width=16, n_classes=3, epochs=2):
        self.cell, self.width, self.n_classes, self.epochs = cell, width, n_classes, epochs
        self.net_ = None

    def fit(self, X, y):
        if self.net_ is None:
            self.net_ = _Recurrent(self.cell, X.shape[-1], self.width, self.n_classes)
            self.opt_ = torch.optim.SGD(self.net_.parameters(), lr=0.1)
        self.net_.train()
        for _ in range(self.epochs):
            loss = nn.functional.cross_entropy(self.net_(X), y)
            self.opt_.zero_grad()
            loss.backward()
            self.opt_.step()
        return self

    def score(self, X, y):
        self.net_.eval()
        with torch.no_grad():
            return (self.net_(X).argmax(1) == y).float().mean().item()


torch.manual_seed(5)
clf = SequenceClassifier(cell="gru")
for chunk in range(3):
    X, y = torch.randn(8, 10, 4), torch.randint(0, 3, (8,))
    clf.fit(X, y)
    print("chunk", chunk, "accuracy", clf.score(X, y))
