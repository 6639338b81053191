# expect: crash
"""Mode hooks kept in a module-level table of functools.partial objects with keyword arguments; the
evaluation calls `hooks["enter_eval"](net)` and `hooks["leave_eval"](net)`, but the table's "leave_eval" entry
was filled from the wrong key and also switches to eval. The networks reach both loops as `**parts`."""
import functools

import torch
import torch.nn as nn


def switch(module, training=True):
    module.train(mode=training)


MODE_HOOKS = {"enter_eval": functools.partial(switch, training=False)}
MODE_HOOKS["leave_eval"] = MODE_HOOKS.get("leave", MODE_HOOKS["enter_eval"])


def build(width):
    return {"net": nn.ModuleDict({"rnn": nn.GRU(width, 6, batch_first=True), "head": nn.Linear(6, 2)})}


def logits(net, x):
    return net["head"](net["rnn"](x)[0][:, -1])


def fit_epoch(net, optimizer, batches):
    for x, y in batches:
        loss = nn.functional.cross_entropy(logits(net, x), y)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
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
