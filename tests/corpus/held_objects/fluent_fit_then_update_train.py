# expect: clean
"""A scikit-learn-style estimator around a GRU: `fit()` returns self (so the script chains it to the
constructor) and ends by calibrating a decision margin in eval mode; a later `update()` switches the GRU back to
train mode before training on new data."""
import torch
import torch.nn as nn


class GRUScorer(nn.Module):
    def __init__(self, features=4, hidden=6):
        super().__init__()
        self.gru = nn.GRU(features, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.score(self.gru(x)[0][:, -1]).squeeze(-1)


class SequenceRanker:
    def __init__(self, features):
        self.net = GRUScorer(features)
        self.opt = torch.optim.SGD(self.net.parameters(), lr=0.05)
        self.margin = 0.0

    def _train_batch(self, x, y):
        loss = nn.functional.binary_cross_entropy_with_logits(self.net(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def fit(self, x, y, epochs=2):
        self.net.train()
        for _ in range(epochs):
            self._train_batch(x, y)
        self.net.eval()
        with torch.no_grad():
            self.margin = self.net(x).median().item()
        return self

    def update(self, x, y):
        self.net.train()
        return self._train_batch(x, y)


torch.manual_seed(8)
xs, ys = torch.randn(6, 5, 4), torch.randint(0, 2, (6,)).float()
ranker = SequenceRanker(4).fit(xs, ys)
print("margin", ranker.margin)
print("online", ranker.update(torch.randn(3, 5, 4), torch.ones(3)))
