import torch


def make_blank(n, length=12, n_cuts=5, gen=None):
    depths = torch.randint(0, 8, (n, n_cuts), generator=gen).float()
    trace = depths.repeat_interleave(length // n_cuts + 1, dim=1)[:, :length, None]
    return trace + 0.1 * torch.randn(trace.shape, generator=gen), depths


def phase_stream(model, epochs, train_batches=3, val_batches=1, seed=0):
    """Yields ("train", batch) and ("val", batch); owns the model's mode and
    switches it before each yield."""
    gen = torch.Generator().manual_seed(seed)
    for epoch in range(epochs):
        for _ in range(train_batches):
            model.train()
            yield "train", make_blank(4, gen=gen)
        for _ in range(val_batches):
            model.eval()
            yield "val", make_blank(4, gen=gen)
