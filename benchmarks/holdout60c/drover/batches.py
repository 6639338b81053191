"""Batch generator for the droving notebook: it owns the model's mode."""
import torch


def epoch_stream(model, train, val, bs=6):
    """Yields ("train", batch) with the model in train mode, then ("val", batch) in eval mode."""
    x, y = train
    model.train()
    for i in range(0, len(x), bs):
        yield "train", (x[i:i + bs], y[i:i + bs])
    model.eval()
    vx, vy = val
    for i in range(0, len(vx), bs):
        yield "val", (vx[i:i + bs], vy[i:i + bs])
