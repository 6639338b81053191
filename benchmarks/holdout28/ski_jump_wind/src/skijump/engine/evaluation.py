import torch
from torch import nn


def evaluate(model, x, y):
    was = model.training
    model.eval()
    try:
        with torch.no_grad():
            return nn.functional.mse_loss(model(x), y).item()
    finally:
        model.train(was)
