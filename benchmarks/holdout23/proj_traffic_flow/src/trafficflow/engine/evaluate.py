import torch


def masked_mae(pred, target, null=0.0):
    mask = (target != null).float()
    return ((pred - target).abs() * mask).sum() / mask.sum().clamp_min(1)


def validate(model, data):
    model.eval()
    hist, fut = data
    with torch.no_grad():
        return masked_mae(model(hist), fut).item()
