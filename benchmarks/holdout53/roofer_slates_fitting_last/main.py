# expect: clean
"""Roofer: slate-slip risk from wind-load sequences on a roof survey."""
import torch

from roofer import *  # noqa: F403


if __name__ == "__main__":
    torch.manual_seed(12)
    model = SlipRisk(feats=4, hidden=8)  # noqa: F405
    survey = make_survey(n=3)  # noqa: F405
    prepare(model)  # noqa: F405
    for epoch in range(2):
        print(epoch, train_epoch(model, survey))  # noqa: F405
