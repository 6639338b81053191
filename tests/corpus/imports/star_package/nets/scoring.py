import torch


def dev_accuracy(model, batches):
    model.eval()
    right = total = 0
    with torch.no_grad():
        for tokens, labels in batches:
            right += (model(tokens).argmax(-1) == labels).sum().item()
            total += len(labels)
    return right / total
