# expect: crash
"""Uncertainty-based active learning for the pack-saddle fit grader, then retraining on the queried loads."""
import torch

from saddlery import GaitNet, SequenceTrainer


def loads(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 12, 2, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


def entropy(p):
    return -(p * p.clamp_min(1e-8).log()).sum(-1)


def main():
    torch.manual_seed(21)
    trainer = SequenceTrainer(GaitNet()).fit(loads(2, 0), epochs=1)
    pool = loads(3, 1)
    probs = next(trainer.predict_batches(pool))  # the first batch is enough for a query round
    scores = entropy(probs)
    xs, ys = pool[0]
    picked = scores.topk(4).indices
    trainer.fit([(xs[picked], ys[picked])], epochs=2)
    print("history", [round(h, 4) for h in trainer.history_])


if __name__ == "__main__":
    main()
