# expect: crash
"""Mill-race flow classes, learned site by site (continual learning with a frozen old model).

After each site, a frozen copy of the model is kept; on the next site its encoder's features on the
same inputs anchor the new encoder (feature distillation), so older sites are not forgotten.
"""
import torch

from racecl.learners import FeatureDistillLearner
from racecl.models import RaceNet


def site_stream(n_sites=2, n_batches=2):
    for s in range(n_sites):
        g = torch.Generator().manual_seed(100 + s)
        yield s, [(torch.randint(0, 20, (4, 9), generator=g), torch.randint(0, 3, (4,), generator=g))
                  for _ in range(n_batches)]


def main():
    torch.manual_seed(1)
    learner = FeatureDistillLearner(RaceNet(vocab=20, emb=6, hidden=8, n_classes=3), beta=0.5)
    for site, batches in site_stream():
        loss = learner.learn_site(batches)
        print(f"site {site}: loss {loss:.4f}")
        learner.consolidate()


if __name__ == "__main__":
    main()
