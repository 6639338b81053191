import torch


def pot_strings(n, pots=10, bs=4):
    x = torch.rand(n, pots, 3)  # soak hours (scaled), depth, temperature
    rate = torch.exp(0.5 * x[:, :, 0].mean(1) + 0.3 * x[:, :, 2].mean(1))
    y = torch.poisson(rate)
    return list(zip(x.split(bs), y.split(bs)))


def epoch_stream(model, train_batches, val_batches, val_every=3):
    """One epoch of training batches with validation batches in between."""
    model.train()
    for i, batch in enumerate(train_batches):
        yield "train", batch
        if (i + 1) % val_every == 0:
            model.eval()
            for vb in val_batches:
                yield "val", vb
