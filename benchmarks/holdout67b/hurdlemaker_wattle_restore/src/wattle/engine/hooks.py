import torch


def run_validation(module, val_dl):
    was_training = module.training
    module.eval()
    try:
        with torch.no_grad():
            losses = [module.validation_step(b, i).item() for i, b in enumerate(val_dl)]
    finally:
        module.train(was_training)
    return sum(losses) / len(losses)
