import torch
import torch.nn.functional as F


def evaluate(model, x, y):
    """Validation loss and accuracy. Puts the model in eval mode for dropout."""
    model.eval()
    with torch.no_grad():
        logits = model(x)
        loss = F.cross_entropy(logits, y).item()
        acc = (logits.argmax(-1) == y).float().mean().item()
    return {"loss": loss, "acc": acc}


def rampart_accuracy(model, x, y):
    return evaluate(model, x, y)["acc"]
