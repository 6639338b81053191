__all__ = ["prepare", "count_params"]


def prepare(model):
    """Put a freshly built model into its training configuration."""
    model.train()
    for p in model.parameters():
        p.requires_grad_(True)
    return model


def count_params(model):
    return sum(p.numel() for p in model.parameters())
