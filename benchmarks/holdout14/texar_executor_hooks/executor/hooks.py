import torch


def validate_hook(executor):
    executor.model.eval()
    with torch.no_grad():
        losses = [executor.model(*b)["loss"].item() for b in executor.valid_data]
    executor.status["valid_loss"] = sum(losses) / len(losses)


def log_hook(executor):
    print({k: round(v, 4) if isinstance(v, float) else v for k, v in executor.status.items()})
