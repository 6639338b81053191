import torch


def phased_batches(model, epochs, n_train, n_val):
    """Yields ("train"|"val", x, y); sets the model's mode just before each phase's batches."""
    for _ in range(epochs):
        for _ in range(n_val):
            model.eval()
            yield "val", torch.randn(4, 5, 2), torch.randn(4, 1)
        for _ in range(n_train):
            model.train()
            yield "train", torch.randn(4, 5, 2), torch.randn(4, 1)
