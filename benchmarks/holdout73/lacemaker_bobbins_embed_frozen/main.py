# expect: clean
"""Adapt a pretrained pricking tagger to a new lace school's stitch labels."""
import torch

from bobbin import FineTuner, PatternTagger


def pretrained_state():
    torch.manual_seed(11)
    return PatternTagger().state_dict()


def main():
    tagger = PatternTagger.from_checkpoint(pretrained_state())
    tuner = FineTuner(tagger)
    torch.manual_seed(1)
    for epoch in range(3):
        ids = torch.randint(0, 20, (4, 10))
        tags = torch.randint(0, 4, (4, 10))
        print("epoch", epoch, "loss", round(tuner.step(ids, tags), 4))


if __name__ == "__main__":
    main()
