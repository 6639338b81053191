# expect: clean
"""An abstract `Learner` with an `EvaluationMixin` whose `evaluate()` switches `self.learner_model` to eval inside
try/finally and restores the previous mode with `train(prev)`, even on the early-return path taken when the
validation set is empty. Multiple inheritance: `SeqLearner(EvaluationMixin, Learner)`."""
import abc
import torch
import torch.nn as nn


class Learner(abc.ABC):
    @property
    @abc.abstractmethod
    def learner_model(self):
        ...

    def fit_batch(self, x, y):
        loss = self.criterion(self.learner_model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


class EvaluationMixin:
    def evaluate(self, batches):
        prev = self.learner_model.training
        self.learner_model.eval()
        try:
            if not batches:
                return None
            with torch.no_grad():
                return sum(float(self.criterion(self.learner_model(x), y)) for x, y in batches) / len(batches)
        finally:
            self.learner_model.train(prev)


class SeqLearner(EvaluationMixin, Learner):
    def __init__(self):
        self._m = nn.Sequential()
        self._m.add_module("enc", nn.LSTM(2, 6, batch_first=True))
        self._head = nn.Linear(6, 1)
        self.criterion = nn.MSELoss()
        self.opt = torch.optim.Adam(list(self._m.parameters()) + list(self._head.parameters()), 1e-3)

    @property
    def learner_model(self):
        m, head = self._m, self._head

        class _View(nn.Module):
            def __init__(self):
                super().__init__()
                self.m, self.head = m, head

            def forward(self, x):
                return self.head(self.m(x)[0][:, -1]).squeeze(-1)
        return _View()


learner = SeqLearner()
val = [(torch.randn(3, 5, 2), torch.randn(3))]
for step in range(3):
    print(learner.fit_batch(torch.randn(3, 5, 2), torch.randn(3)), learner.evaluate(val if step % 2 else []))
print("done")
