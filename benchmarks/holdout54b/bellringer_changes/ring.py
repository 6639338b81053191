# expect: crash
"""Change-ringing striking coach: predict which bell strikes next in a row.

The stream generator owns the model's mode: it puts the model in train mode
before each training batch and in eval mode before each "touch" batch, which
is rung back for the band's scorecard.  The coach also nudges the model on
touches it called badly.
"""
import torch

from coach import Coach
from model import StrikeModel
from stream import peal_stream


def main():
    torch.manual_seed(8)
    model = StrikeModel(bells=6, hidden=12)
    coach = Coach(model, lr=3e-3)
    for kind, batch in peal_stream(model, n_batches=6, touch_every=3):
        if kind == "practice":
            coach.practice(batch)
        else:
            coach.score_touch(batch)
    print("scorecard", coach.scorecard)


if __name__ == "__main__":
    main()
