# expect: crash
"""fastai-style callbacks carry an `order` class attribute and the learner sorts them by it: the decoding probe
(order 20) runs after the callback that sets train mode (order 10), whatever order the user listed them in, so
the batch's forward runs the LSTM in eval mode."""
from operator import attrgetter

import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 12, batch_first=True)
        self.head = nn.Linear(12, 4)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out)


class Callback:
    order = 0

    def before_batch(self, learn):
        pass


class SetTrain(Callback):
    order = 10

    def before_batch(self, learn):
        learn.model.train()


class ProbeDecode(Callback):
    order = 20

    def before_batch(self, learn):
        learn.model.eval()
        with torch.no_grad():
            learn.last_probe = learn.model(learn.probe).argmax(-1)


class Learner:
    def __init__(self, model, cbs):
        self.model = model
        self.cbs = sorted(cbs, key=attrgetter("order"))
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)
        self.probe = torch.randn(1, 5, 6)

    def fit(self, batches):
        for x, y in batches:
            for cb in self.cbs:
                cb.before_batch(self)
            loss = nn.functional.cross_entropy(self.model(x).reshape(-1, 4), y.reshape(-1))
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()


batches = [(torch.randn(3, 5, 6), torch.randint(0, 4, (3, 5))) for _ in range(2)]
Learner(Tagger(), [ProbeDecode(), SetTrain()]).fit(batches)
