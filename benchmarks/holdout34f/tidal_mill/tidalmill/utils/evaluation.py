import torch


def evaluate_rmse(model, batch):
    model.eval()
    x, y = batch
    with torch.no_grad():
        pred = model(x)
    return torch.sqrt(((pred - y) ** 2).mean()).item()
