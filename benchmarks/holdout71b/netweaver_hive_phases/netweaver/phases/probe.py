import torch
import torch.nn.functional as F


def probe_phase(engine, data):
    x, y = data
    engine.model.eval()
    with torch.no_grad():
        return round(F.mse_loss(engine.model(x), y).item(), 4)
