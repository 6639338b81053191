import torch


def set_inference(model):
    """Deterministic forward for plots and exports."""
    model.eval()
    torch.set_grad_enabled(True)
    return model


def to_rows(pred, target):
    return [(round(p, 3), round(t, 3)) for p, t in zip(pred.tolist(), target.tolist())]
