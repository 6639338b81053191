import torch


def disagreement(ens, x):
    ens.eval()
    with torch.no_grad():
        preds = torch.stack(ens.each(x))
    return preds.std(0).mean().item()
