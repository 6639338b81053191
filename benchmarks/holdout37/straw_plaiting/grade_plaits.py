# expect: clean
"""Uncertainty-based active learning for the straw-plait grader, then retraining on the queried plaits."""
import torch

from plait import BraidNet, SequenceTrainer


def plaits(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 12, 2, generator=g), torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


def entropy(p):
    return -(p * p.clamp_min(1e-8).log()).sum(-1)


def main():
    torch.manual_seed(21)
    trainer = SequenceTrainer(BraidNet()).fit(plaits(2, 0), epochs=1)
    pool = plaits(3, 1)
    probs = list(trainer.predict_batches(pool))
    scores = torch.cat([entropy(p) for p in probs])
    xs = torch.cat([x for x, _ in pool])
    ys = torch.cat([y for _, y in pool])
    picked = scores.topk(4).indices
    trainer.fit([(xs[picked], ys[picked])], epochs=2)
    print("history", [round(h, 4) for h in trainer.history_])


if __name__ == "__main__":
    main()
