__all__ = ["prepare"]


def prepare(model, lr_scale=1.0):
    """Get a freshly built model ready for an optimisation run."""
    model.train()
    model.lr_scale = lr_scale
    return model
