import torch


def export_for_gatehouse(model, path):
    """Gatehouse boxes only run inference, so ship the model ready to score."""
    model.eval()
    torch.save(model, path)


def restore(path):
    return torch.load(path, map_location="cpu", weights_only=False)
