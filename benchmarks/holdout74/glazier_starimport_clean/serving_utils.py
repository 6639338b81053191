import torch

__all__ = ["latency_probe"]


def prepare(model):
    """Prepare a model for serving."""
    model.eval()
    return model


def latency_probe(model, x, reps=3):
    import time

    t0 = time.perf_counter()
    with torch.no_grad():
        for _ in range(reps):
            model(x)
    return (time.perf_counter() - t0) / reps
