import torch


def run_validation(module, val_dl):
    module.eval()
    with torch.no_grad():
        losses = [module.validation_step(b, i).item() for i, b in enumerate(val_dl)]
    return sum(losses) / len(losses)
