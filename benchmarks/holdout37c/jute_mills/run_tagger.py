# expect: crash
"""Jute-mill yarn defect tagging on top of the shared spindle encoder."""
import torch

from loomwatch import DefectTagger, FeatureService, TaggerTrainer


def shift(n=4, t=8):
    x = torch.randn(n, t, 4)
    tags = (x[:, :, 0] > 1).long() + (x[:, :, 1] < -1).long()
    return x, tags


if __name__ == "__main__":
    torch.manual_seed(18)
    trainer = TaggerTrainer(FeatureService.load_for_inference(), DefectTagger())
    for s in range(3):
        print(f"shift {s}: loss {trainer.step(*shift()):.4f}")
