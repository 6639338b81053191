import torch


def phase_stream(model, n_epochs, n_train=3, n_val=1, seed=0):
    """Yields (phase, x, y); switches the model's mode when the phase changes."""
    g = torch.Generator().manual_seed(seed)
    for epoch in range(n_epochs):
        model.train()
        for _ in range(n_train):
            yield "train", torch.randn(4, 9, 3, generator=g), torch.randn(4, 1, generator=g)
        model.eval()
        for _ in range(n_val):
            yield "val", torch.randn(4, 9, 3, generator=g), torch.randn(4, 1, generator=g)
