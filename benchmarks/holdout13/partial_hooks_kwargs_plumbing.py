# expect: crash
"""Hooks kept in a dict of callables built with functools.partial: `before_val` is `partial(set_mode, train=False)`
and `after_val` was meant to be `partial(set_mode, train=True)` but a config typo maps it to the same callable.
The model reaches the trainer through **kwargs plumbing three calls deep."""
import functools
import torch
import torch.nn as nn


def set_mode(module, train=True):
    module.train(mode=train)


HOOKS = {"before_val": functools.partial(set_mode, train=False)}
HOOKS["after_val"] = HOOKS.get("after_validation", HOOKS["before_val"])


def make(**kwargs):
    return {"brain": nn.ModuleDict({"enc": nn.LSTM(kwargs.get("d", 3), 8, batch_first=True),
                                    "dec": nn.Linear(8, 1)})}


def forward(brain, x):
    return brain["dec"](brain["enc"](x)[0][:, -1]).squeeze(-1)


def train_epoch(brain, opt, data, **kwargs):
    for x, y in data:
        loss = nn.functional.l1_loss(forward(brain, x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


def validate(brain, data, hooks, **kwargs):
    hooks["before_val"](brain)
    with torch.no_grad():
        out = sum(float(nn.functional.l1_loss(forward(brain, x), y)) for x, y in data)
    hooks["after_val"](brain)
    return out


def run(epochs=2, **kwargs):
    modules = make(**kwargs)
    opt = torch.optim.Adam(modules["brain"].parameters(), 1e-3)
    data = [(torch.randn(4, 5, 3), torch.randn(4))]
    for e in range(epochs):
        train_epoch(**modules, opt=opt, data=data)
        print(e, validate(**modules, data=data, hooks=HOOKS))


run(d=3)
print("done")
