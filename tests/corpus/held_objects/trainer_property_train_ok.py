# expect: clean
"""A trainer reaches its model through a property that returns the model itself or, when it was given a
distributed wrapper, the wrapper's inner module. Validation switches it to eval through the property; each
training epoch switches it back through the same property before its first forward, so every backward
runs through an LSTM in training mode."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def penalty(self):
        return sum(p.pow(2).sum() for p in self.out.parameters())

    def forward(self, x):
        return self.out(self.rnn(x)[0])


class Runner:
    def __init__(self, model, wrapped=None):
        self.model = model
        self._wrapped = wrapped
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    @property
    def _net(self):
        if self._wrapped is None:
            return self.model
        return self._wrapped.model

    def _validate(self):
        self._net.eval()
        with torch.no_grad():
            return self._net(torch.randn(2, 5, 4)).sum().item()

    def _train_epoch(self):
        self._net.train()
        for _ in range(3):
            loss = self._net(torch.randn(2, 5, 4)).pow(2).mean() + 0.01 * self.model.penalty()
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()

    def fit(self, epochs):
        for _ in range(epochs):
            self._train_epoch()
            self._validate()


model = Tagger()
if torch.cuda.is_available():
    model = model.cuda()
first = Runner(model)
first.fit(2)
second = Runner(model)
second.fit(1)
