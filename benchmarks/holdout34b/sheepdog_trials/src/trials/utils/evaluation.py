import torch


def mean_abs_error(model, data):
    model.eval()
    errs = []
    with torch.no_grad():
        for track, points in data:
            errs.append((model(track) * 100 - points).abs().mean())
    return float(torch.stack(errs).mean())
