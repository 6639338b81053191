import torch


def _batch(gen, n=4, t=11):
    x = torch.randn(n, t, 2, generator=gen)
    y = torch.randint(0, 3, (n,), generator=gen)
    return x, y


def interleaved(model, n_batches, every):
    """Yield ('train', batch) and, every `every` batches, a ('val', batch).

    The model is put in eval mode for each validation batch and back in train
    mode when the consumer asks for the next one."""
    gen = torch.Generator().manual_seed(0)
    model.train()
    for i in range(n_batches):
        yield "train", _batch(gen)
        if (i + 1) % every == 0:
            model.eval()
            yield "val", _batch(gen)
            model.train()
