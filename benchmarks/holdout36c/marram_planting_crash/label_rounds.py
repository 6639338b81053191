# expect: crash
"""Three rounds of active labelling on the dune plots: fit, score the pool by EGL, label, refit."""
import torch

from marram import SurvivalNet, fit, select_batch


def plots(n, seed, days=6):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, days, 3, generator=g)
    y = ((x[:, :, 1].mean(1) < 0.2) & (x[:, :, 0].max(1).values < 1.5)).long()
    return x, y


def main():
    torch.manual_seed(0)
    pool_x, pool_y = plots(12, seed=1)
    lab_x, lab_y = plots(4, seed=0)
    model = SurvivalNet()
    for rnd in range(3):
        loss = fit(model, lab_x, lab_y)
        picked = select_batch(model, pool_x, k=2)
        keep = [i for i in range(pool_x.size(0)) if i not in picked]
        lab_x = torch.cat([lab_x, pool_x[picked]])
        lab_y = torch.cat([lab_y, pool_y[picked]])
        pool_x, pool_y = pool_x[keep], pool_y[keep]
        print(f"round {rnd}: loss {loss:.4f}, labelled {len(lab_y)}, pool {len(pool_y)}")


if __name__ == "__main__":
    main()
