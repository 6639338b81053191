# expect: clean
"""An abstract `Task` base class with a class-level registry filled by a
decorator; the concrete HAR task builds its model in `build_model` and the
step functions are bound with functools.partial. The evaluation step is run
first (eval mode, no_grad), and the train step partial calls `model.train()`
inside before the forward.
"""
import abc
import functools

import torch
import torch.nn as nn


class Task(abc.ABC):
    registry = {}

    @classmethod
    def register(cls, name):
        def deco(sub):
            cls.registry[name] = sub
            return sub
        return deco

    @abc.abstractmethod
    def build_model(self):
        ...

    @staticmethod
    def train_step(model, opt, batch):
        model.train()
        x, y = batch
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        return loss.item()

    @staticmethod
    def eval_step(model, batch):
        model.eval()
        with torch.no_grad():
            x, y = batch
            return (model(x).argmax(-1) == y).float().mean().item()


@Task.register("har")
class HARTask(Task):
    def build_model(self):
        return nn.ModuleDict({"rnn": nn.GRU(3, 8, batch_first=True), "fc": nn.Linear(8, 6)})


class Head(nn.Module):
    def __init__(self, parts):
        super().__init__()
        self.parts = parts

    def forward(self, x):
        return self.parts["fc"](self.parts["rnn"](x)[0][:, -1])


torch.manual_seed(0)
task = Task.registry["har"]()
model = Head(task.build_model())
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
steps = {"eval": functools.partial(task.eval_step, model),
         "train": functools.partial(task.train_step, model, opt)}
batch = (torch.randn(5, 10, 3), torch.randint(0, 6, (5,)))
for phase in ["eval", "train", "eval", "train"]:
    print(phase, steps[phase](batch))
