import torch


def export_snapshot(model, path):
    """Freeze a model for the rooftop units: inference mode, whole object pickled."""
    model.eval()
    torch.save(model, path)
    return path
