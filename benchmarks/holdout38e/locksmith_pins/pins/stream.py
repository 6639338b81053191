import torch


def _locks(batch=4, steps=12, pins=5):
    trace = torch.rand(batch, steps, 1)
    depth = trace.view(batch, -1)[:, :pins] * 4
    return trace, depth


def epoch_stream(model, n_fit, n_score):
    """Yields ('fit', batch) in train mode, then ('score', batch) in eval mode."""
    model.train()
    for _ in range(n_fit):
        yield "fit", _locks()
    model.eval()
    for _ in range(n_score):
        yield "score", _locks()
