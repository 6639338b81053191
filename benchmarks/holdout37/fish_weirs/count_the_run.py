# expect: clean
"""Fit the fish-weir catch model; the recurrent branches are kept steady (inference mode) while the head trains."""
import torch

from weir import CatchTask, WeirModel


def rounds(n, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        readings = {s: torch.randn(4, 7, 2, generator=g) for s in ("ebb", "flood")}
        out.append((readings, torch.randn(4, generator=g)))
    return out


def main():
    torch.manual_seed(17)
    task = CatchTask(WeirModel(), steady_branches=True)
    for epoch in range(2):
        tr = sum(task.train_step(r, t) for r, t in rounds(2, epoch))
        va = sum(task.valid_step(r, t) for r, t in rounds(1, 100 + epoch))
        print(f"epoch {epoch} train {tr:.4f} valid {va:.4f}")


if __name__ == "__main__":
    main()
