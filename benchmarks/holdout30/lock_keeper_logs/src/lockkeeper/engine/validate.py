import torch


def validate(model, batches):
    model.eval()
    err, n = 0.0, 0
    with torch.no_grad():
        for ev, minutes in batches:
            err += (model(ev) - minutes).abs().sum().item()
            n += len(minutes)
    return err / max(n, 1)
