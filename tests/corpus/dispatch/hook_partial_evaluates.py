# expect: crash
"""Detectron2-style hooks: EvalHook keeps a functools.partial(do_test, model, data) in a field and
calls it from after_step(); the trainer runs every hook in its list after each backward."""
import functools
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def do_test(model, data):
    model.eval()
    with torch.no_grad():
        return model(data).argmax(-1)


class EvalHook:
    def __init__(self, period, eval_function):
        self._period = period
        self._func = eval_function

    def after_step(self, trainer):
        if (trainer.iter + 1) % self._period == 0:
            self._func()


class Trainer:
    def __init__(self, model, hooks):
        self.model = model
        self.hooks = hooks
        self.iter = 0
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def train(self, steps):
        self.model.train()
        for self.iter in range(steps):
            x = torch.randn(3, 5, 4)
            loss = self.model(x).sum()
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            for h in self.hooks:
                h.after_step(self)


model = Net()
data = torch.randn(3, 5, 4)
trainer = Trainer(model, [EvalHook(1, functools.partial(do_test, model, data))])
trainer.train(3)
