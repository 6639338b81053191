# expect: clean
"""A data descriptor owns the mode: `learner.phase = "eval"` runs `Phase.__set__`, which puts the learner's
networks in eval; setting "train" again switches both back."""
import torch
import torch.nn as nn


class Phase:
    def __set__(self, obj, value):
        obj._phase = value
        if value == "eval":
            obj.encoder.eval()
            obj.decoder.eval()
        else:
            obj.encoder.train()
            obj.decoder.train()

    def __get__(self, obj, objtype=None):
        return obj._phase


class Learner:
    phase = Phase()

    def __init__(self):
        self.encoder = nn.LSTM(3, 6, batch_first=True)
        self.decoder = nn.Linear(6, 1)
        self._phase = "train"

    def loss(self, x):
        return self.decoder(self.encoder(x)[0][:, -1]).pow(2).mean()


def validate(learner):
    learner.phase = "eval"
    with torch.no_grad():
        return learner.loss(torch.randn(2, 4, 3)).item()


def fit(learner, epochs=2):
    opt = torch.optim.Adam(list(learner.encoder.parameters()) + list(learner.decoder.parameters()))
    for _ in range(epochs):
        learner.phase = "train"
        loss = learner.loss(torch.randn(2, 4, 3))
        opt.zero_grad()
        loss.backward()
        opt.step()
        validate(learner)


fit(Learner())
