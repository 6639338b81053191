import torch

from counter import batches


def phase_driver(model):
    """Yields after putting the model in the phase that was sent in."""
    command = "train"
    while True:
        if command == "train":
            model.train()
            command = yield None
        elif command == "validate":
            model.eval()
            with torch.no_grad():
                total = sum(torch.nn.functional.poisson_nll_loss(model(x), y).item() for x, y in batches(1))
            command = yield round(total, 4)
