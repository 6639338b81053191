import torch


@torch.no_grad()
def average_into(global_model, local_models):
    for name, param in global_model.state_dict().items():
        param.copy_(torch.stack([m.state_dict()[name].float() for m in local_models]).mean(0))


@torch.no_grad()
def accuracy(model, batches):
    model.eval()
    hits = sum((model(x).argmax(1) == y).sum().item() for x, y in batches)
    return hits / sum(len(y) for _, y in batches)
