# expect: crash
"""Multiple inheritance: an EvaluationMixin reaches the recurrent trunk through a `core` property and switches it
to eval for a quick validation score; the Learner's fit loop (in the other base class) puts the *wrapper* back in
train by assigning `self.net.training = True`, which does not recurse."""
import abc

import torch
import torch.nn as nn


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.stack = nn.ModuleList([nn.Linear(5, 6), nn.LSTM(6, 6, batch_first=True), nn.Linear(6, 2)])

    def forward(self, x):
        h = torch.relu(self.stack[0](x))
        h, _ = self.stack[1](h)
        return self.stack[2](h[:, -1])


class EvaluationMixin:
    @property
    def core(self):
        return self.net.stack[1]

    def validation_score(self, x, y):
        self.core.eval()
        with torch.no_grad():
            return (self.net(x).argmax(-1) == y).float().mean().item()


class BaseLearner(abc.ABC):
    def __init__(self, net, lr):
        self.net = net
        self.opt = torch.optim.SGD(net.parameters(), lr=lr)

    @abc.abstractmethod
    def loss(self, batch): ...

    def fit_one(self, batch):
        self.net.training = True
        loss = self.loss(batch)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


class Learner(EvaluationMixin, BaseLearner):
    def loss(self, batch):
        x, y = batch
        return nn.functional.cross_entropy(self.net(x), y)


if __name__ == "__main__":
    torch.manual_seed(0)
    learner = Learner(Backbone(), lr=0.1)
    val = (torch.randn(4, 6, 5), torch.randint(0, 2, (4,)))
    for epoch in range(3):
        learner.fit_one((torch.randn(4, 6, 5), torch.randint(0, 2, (4,))))
        print(epoch, learner.validation_score(*val))
