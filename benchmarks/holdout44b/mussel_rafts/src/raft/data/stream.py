import torch


def make_splits(n_train, n_val, batch=4, weeks=8):
    def one():
        x = torch.randn(batch, weeks, 3)
        return x, x[:, :, 0].mean(1) * 2 + 1
    return [one() for _ in range(n_train)], [one() for _ in range(n_val)]


def phase_stream(model, train, val):
    """Yield ("train", batch) then ("val", batch), flipping the mode between splits."""
    model.train()
    for b in train:
        yield "train", b
    model.eval()
    for b in val:
        yield "val", b
    model.train()
