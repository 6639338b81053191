# expect: clean
"""As restoring_decorator_factory_closure_step, but the decorator factory's wrapper puts the model in training mode
before the step runs (`model.train()` after saving `model.training`), and restores the saved mode afterwards: the
step's forward runs in training mode."""
import functools

import torch
import torch.nn as nn


def keeps_mode(model):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            was = model.training
            model.train()
            try:
                return fn(*args, **kwargs)
            finally:
                model.train(was)

        return wrapper

    return decorate


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def make_eval(model):
    def evaluate(x):
        model.eval()
        with torch.no_grad():
            return model(x).mean().item()

    return evaluate


def make_step(model, opt):
    @keeps_mode(model)
    def step(x):
        opt.zero_grad()
        loss = model(x).pow(2).mean()
        loss.backward()
        opt.step()
        return loss.item()

    return step


def main():
    model = Scorer()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    evaluate, step = make_eval(model), make_step(model, opt)
    x = torch.randn(3, 5, 4)
    print(evaluate(x))
    for _ in range(2):
        print(step(x))


main()
