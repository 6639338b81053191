# expect: clean
# category: mode_travels
"""The same resume, with training mode switched back on after loading."""
import torch

from stages import BEST, Tagger, batches, score_and_keep, train_epoch


def stage1():
    model = Tagger()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(2):
        model.train()
        train_epoch(model, opt, batches())
        score_and_keep(model, batches(2, seed=1), BEST)


def stage2():
    model = torch.load(BEST, weights_only=False)
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    train_epoch(model, opt, batches(seed=3))
    return model


torch.manual_seed(0)
stage1()
stage2()
