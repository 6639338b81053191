import torch


def evaluate(model, x):
    model.eval()
    with torch.no_grad():
        return float(torch.nn.functional.mse_loss(model(x), x))
