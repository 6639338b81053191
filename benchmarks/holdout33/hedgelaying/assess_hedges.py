# expect: crash
"""Hedgelaying: predict how well a laid hedge regrows (stems per metre after two
seasons) from the layer's per-pleacher measurements along the hedge.

Training data from the county competition; after training, each training batch of hedges
gets a value score: the alignment of its loss gradient (w.r.t. the head's
input features, via a VJP) with the validation gradient.
"""
import torch

from hedgecraft import RegrowthModel, fit, hedge_batches, value_scores


def main():
    torch.manual_seed(22)
    model = RegrowthModel(hidden=8)
    train, val = hedge_batches(16), hedge_batches(4)
    fit(model, train, epochs=2)
    scores = value_scores(model, train, val)
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    print("most helpful training pairs:", order[:3])


if __name__ == "__main__":
    main()
