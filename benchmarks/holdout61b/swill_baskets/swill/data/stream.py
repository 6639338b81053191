import torch


def _batch():
    x = torch.randn(3, 8, 2)
    return x, x.abs().mean(dim=(1, 2)).unsqueeze(1)


def phase_stream(model, epochs, train_steps, val_steps):
    """Yields (phase, batch). The model's mode is set here, just before each batch is handed out."""
    for _ in range(epochs):
        model.train()
        for _ in range(train_steps):
            yield "train", _batch()
        model.eval()
        for _ in range(val_steps):
            yield "val", _batch()
    model.train()
    yield "train", _batch()     # one last polish step on fresh data
