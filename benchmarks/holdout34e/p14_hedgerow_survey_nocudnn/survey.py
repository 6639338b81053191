# expect: clean
"""Joint north/south hedgerow model with gradient alignment between regions."""
import torch

from birdcount import AlignedRegionsTask, CountRNN, Runner


def transects(n, batch=4, visits=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    region = []
    for _ in range(n):
        x = torch.rand(batch, visits, 5, generator=g) * 3
        y = torch.poisson(x.sum((1, 2)) / 10)
        region.append((x, y))
    return region


def main():
    torch.manual_seed(5)
    model = CountRNN()
    task = AlignedRegionsTask(model, lam=0.1)
    runner = Runner(task, torch.optim.Adam(model.parameters(), lr=5e-3), max_epochs=2)

    @runner.on("fit_start")
    def announce(r):
        # double backward (the alignment term) has no cuDNN RNN kernel
        torch.backends.cudnn.enabled = False
        print("fitting", sum(p.numel() for p in r.task.model.parameters()), "parameters")

    @runner.on("epoch_end")
    def log_epoch(r, val):
        r.state["logs"].append(val)
        print("epoch", r.state["epoch"], {k: round(v, 4) for k, v in val.items()})

    train = list(zip(transects(3, seed=1), transects(3, seed=2)))
    val = list(zip(transects(1, seed=3), transects(1, seed=4)))
    runner.fit(train, val)


if __name__ == "__main__":
    main()
