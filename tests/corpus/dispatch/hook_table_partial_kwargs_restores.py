# expect: clean
"""The same table of mode hooks, with "leave_eval" filled by the .get() default: a partial that switches
back to train mode after the evaluation."""
import functools

import torch
import torch.nn as nn


def switch(module, training=True):
    module.train(mode=training)


MODE_HOOKS = {"enter_eval": functools.partial(switch, training=False)}
MODE_HOOKS["leave_eval"] = MODE_HOOKS.get("leave", functools.partial(switch, training=True))


def build(width):
    return {"net": nn.ModuleDict({"rnn": nn.GRU(width, 6, batch_first=True), "head": nn.Linear(6, 2)})}


def logits(net, x):
    return net["head"](net["rnn"](x)[0][:, -1])


def fit_epoch(net, optimizer, batches):
    for x, y in batches:
        loss = nn.functional.cross_entropy(logits(net, x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


def evaluate(net, batches, hooks):
    hooks["enter_eval"](net)
    with torch.no_grad():
        correct = sum(int((logits(net, x).argmax(-1) == y).sum()) for x, y in batches)
    hooks["leave_eval"](net)
    return correct


def main(width=4, epochs=2):
    parts = build(width)
    optimizer = torch.optim.SGD(parts["net"].parameters(), lr=0.1)
    batches = [(torch.randn(3, 5, width), torch.randint(0, 2, (3,)))]
    for epoch in range(epochs):
        fit_epoch(**parts, optimizer=optimizer, batches=batches)
        print(epoch, evaluate(**parts, batches=batches, hooks=MODE_HOOKS))


main()
