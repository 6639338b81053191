# expect: clean
"""A `keep_best` decorator wraps the scoring function: its wrapper evaluates, keeps a deep copy of the model in a
module-level dict when the score improves, and puts the model back in train mode. It copies after that `train()`,
so the kept copy is in train mode when the script fine-tunes it."""
import copy
import functools

import torch
from torch import nn

KEPT = {}


def keep_best(score_fn):
    @functools.wraps(score_fn)
    def wrapper(model, x, y):
        model.eval()
        with torch.no_grad():
            score = score_fn(model, x, y)
        model.train()
        if score < KEPT.get("score", float("inf")):
            KEPT["score"] = score
            KEPT["model"] = copy.deepcopy(model)
        return score

    return wrapper


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 5, batch_first=True)
        self.out = nn.Linear(5, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


@keep_best
def validate(model, x, y):
    return nn.functional.cross_entropy(model(x), y).item()


def tune(model, x, y):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()


def main():
    model = Tagger()
    x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
    tune(model, x, y)
    validate(model, x, y)
    tune(KEPT["model"], x, y)


if __name__ == "__main__":
    main()
