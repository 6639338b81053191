# expect: crash
"""Phoneme alignment: a BiGRU frame classifier, then per-utterance boundary refinement of a learned offset."""
import torch

from align import BoundaryRefiner, FrameTagger, train_tagger


def main():
    torch.manual_seed(32)
    tagger = FrameTagger(n_feat=6, n_phones=5, hidden=8)
    feats = torch.randn(3, 12, 6)
    labels = torch.randint(0, 5, (3, 12))
    train_tagger(tagger, feats, labels, steps=2)
    refiner = BoundaryRefiner(tagger)
    offsets = refiner.refine(feats[:1], labels[:1])
    print("refined offset", offsets.tolist())


if __name__ == "__main__":
    main()
