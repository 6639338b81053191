import torch


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        pred = model(x).argmax(-1)
    return (pred == y).float().mean().item()
