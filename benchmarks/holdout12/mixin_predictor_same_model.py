# expect: clean
"""Mixins and multiple inheritance: a PredictMixin gives the LSTM model a predict() that saves and restores
self.training; a separate Predictor object holds the *same* model and calls that predict() between training
steps. An abstract base class defines the training hooks."""
import abc

import torch
import torch.nn as nn


class PredictMixin:
    def predict(self, x):
        prev = self.training
        self.eval()
        try:
            with torch.inference_mode():
                return self(x).argmax(-1)
        finally:
            self.train(prev)


class TrainableMixin(abc.ABC):
    @abc.abstractmethod
    def training_loss(self, batch): ...

    def fit_step(self, batch, optimizer):
        loss = self.training_loss(batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        return loss.item()


class LSTMClassifier(PredictMixin, TrainableMixin, nn.Module):
    def __init__(self):
        nn.Module.__init__(self)
        self.lstm = nn.LSTM(5, 10, batch_first=True, num_layers=2, dropout=0.2)
        self.fc = nn.Linear(10, 3)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])

    def training_loss(self, batch):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)


class Predictor:
    def __init__(self, model):
        self._model = model

    def __call__(self, x):
        return self._model.predict(x)


if __name__ == "__main__":
    torch.manual_seed(0)
    learner = LSTMClassifier()
    learner.train()
    predictor = Predictor(learner)
    opt = torch.optim.Adam(learner.parameters(), lr=1e-3)
    x, y = torch.randn(6, 4, 5), torch.randint(0, 3, (6,))
    for step in range(3):
        print(step, learner.fit_step((x, y), opt), predictor(x[:2]).tolist())
