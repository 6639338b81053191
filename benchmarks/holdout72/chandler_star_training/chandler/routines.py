import torch

__all__ = ["prepare", "fit_steps"]


def _prepare_for_training(model):
    model.train()
    return model


def _prepare_for_serving(model):
    for p in model.parameters():
        p.requires_grad_(True)
    return model.eval()


prepare = _prepare_for_training


def fit_steps(model, data, lr=0.05):
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in data:
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
