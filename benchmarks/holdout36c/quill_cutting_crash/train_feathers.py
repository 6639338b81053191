# expect: crash
"""Learn goose primaries, then swan secondaries, without forgetting the geese."""
import torch

from quillcut import EWC, NibScorer, accuracy, train_task

FEATHERS = {"goose_primary": 0.0, "swan_secondary": 0.7}


def cuts(shift, n_batches=2, batch=4, steps=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        trace = torch.randn(batch, steps, 2, generator=g) + shift
        label = (trace[:, :, 0].mean(1) > shift).long() + (trace[:, :, 1].std(1) > 1.0).long()
        out.append((trace, label))
    return out


def main():
    torch.manual_seed(0)
    model = NibScorer()
    ewc = EWC(lam=20.0)
    seen = {}
    for k, (feather, shift) in enumerate(FEATHERS.items()):
        data = cuts(shift, seed=k)
        seen[feather] = cuts(shift, seed=100 + k)
        train_task(model, data, ewc=ewc)
        ewc.consolidate(model, data)
        report = {f: round(accuracy(model, d), 3) for f, d in seen.items()}
        print(f"after {feather}: {report}")


if __name__ == "__main__":
    main()
