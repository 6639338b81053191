import torch


def fleece_stream(model, n_train=4, val_every=2, epochs=2, bs=4):
    """Yields ("train", batch) and, every `val_every` steps, ("val", batch).

    The stream owns the model's mode so the consumer never has to think about it.
    """
    g = torch.Generator().manual_seed(0)
    val_batch = (torch.randn(bs, 8, 5, generator=g), torch.randint(0, 3, (bs,), generator=g))
    for epoch in range(epochs):
        for step in range(1, n_train + 1):
            model.train()
            yield "train", (torch.randn(bs, 8, 5, generator=g), torch.randint(0, 3, (bs,), generator=g))
            if step % val_every == 0:
                model.eval()
                yield "val", val_batch
