__all__ = ["calibrate"]


def _prepare(model):
    """Put the model in the mode the wick-burn service expects."""
    model.eval()
    return model


def calibrate(model, x):
    import torch

    with torch.no_grad():
        return model(x).mean().item()


def _prepare_for_training(model):
    model.train()
    return model
