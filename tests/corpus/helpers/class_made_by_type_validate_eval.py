# expect: crash
"""A trainer class made at run time with `type(name, bases, namespace)` from module-level functions: its `validate`
leaves the model in eval mode and `fit` never switches it back, so the second epoch's backward fails on a GPU."""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 5, batch_first=True)
        self.head = nn.Linear(5, 2)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def _validate(self, x):
    self.model.eval()
    with torch.no_grad():
        return self.model(x).mean().item()


def _fit(self, x, y):
    for epoch in range(2):
        loss = nn.functional.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        self.validate(x)


def _init(self, model):
    self.model = model
    self.opt = torch.optim.SGD(model.parameters(), lr=0.1)


Trainer = type("Trainer", (object,), {"__init__": _init, "fit": _fit, "validate": _validate})

trainer = Trainer(Net())
trainer.fit(torch.randn(3, 6, 4), torch.randint(0, 2, (3,)))
