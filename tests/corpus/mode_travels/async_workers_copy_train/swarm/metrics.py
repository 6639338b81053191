import torch


def holdout_error(model, window, target):
    model.eval()
    with torch.no_grad():
        return (model(window) - target).abs().mean().item()
