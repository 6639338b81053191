# expect: clean
"""`from baseline import *` comes after `tagger = Tagger()`, but baseline's `__all__` leaves its eval-mode
reference `tagger` out: the loop trains the train-mode tagger bound here."""
import torch
import torch.nn.functional as F

from tagger import Tagger

tagger = Tagger()

from baseline import *  # noqa: E402,F403


def fit(steps=3):
    opt = torch.optim.SGD(tagger.parameters(), lr=0.1)
    for _ in range(steps):
        x, y = batch()
        loss = F.cross_entropy(tagger(x).flatten(0, 1), y.flatten())
        opt.zero_grad()
        loss.backward()
        opt.step()
    return baseline_score(x)


if __name__ == "__main__":
    print(fit())
