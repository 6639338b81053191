import torch
import torch.nn as nn


def _logreg(X, y, n_cls, epochs=20):
    clf = nn.Linear(X.size(1), n_cls)
    opt = torch.optim.Adam(clf.parameters(), 1e-2)
    for _ in range(epochs):
        opt.zero_grad()
        nn.functional.cross_entropy(clf(X), y).backward()
        opt.step()
    return (clf(X).argmax(-1) == y).float().mean().item()


def length_task(X, samples):
    return _logreg(X, torch.tensor([min(len(s), 5) for s in samples]), 6)


def word_content_task(X, samples):
    return _logreg(X, torch.tensor([int("cat" in s) for s in samples]), 2)


PROBING_TASKS = {"Length": length_task, "WordContent": word_content_task}
