import torch


def sample(n=4, t=10, n_in=3):
    return torch.randn(n, t, n_in), torch.randint(0, 4, (n,))


def mode_stream(model, train_steps=2, val_every=2):
    """Yields (phase, batch); sets the model's mode before every yield."""
    step = 0
    while True:
        model.train()
        yield "train", sample()
        step += 1
        if step % val_every == 0:
            model.eval()
            yield "val", sample()
