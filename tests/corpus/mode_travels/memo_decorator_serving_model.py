# expect: crash
"""A demo app memoises its model loader with its own decorator (a dict keyed by the arguments): the loader
returns the model in eval mode for serving, and the feedback handler gets the same object back and
trains it."""
import functools

import torch
import torch.nn as nn

_LOADED = {}


def memoize(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in _LOADED:
            _LOADED[args] = fn(*args)
        return _LOADED[args]
    return wrapper


class Intent(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 7, batch_first=True)
        self.head = nn.Linear(7, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


@memoize
def load_for_serving(name):
    return Intent().eval()


def answer(x):
    with torch.no_grad():
        return load_for_serving("intent-v1")(x).argmax(-1)


def learn_from_feedback(x, label):
    model = load_for_serving("intent-v1")
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss = nn.functional.cross_entropy(model(x), label)
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()


x = torch.randn(1, 4, 5)
print(answer(x))
learn_from_feedback(x, torch.tensor([2]))
