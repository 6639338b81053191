import torch
import torch.nn.functional as F

__all__ = ["fit_adapter"]


def fit_adapter(model, x, y, epochs=3, lr=5e-3):
    opt = torch.optim.Adam((p for p in model.parameters() if p.requires_grad), lr=lr)
    model.train()
    history = []
    for _ in range(epochs):
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        history.append(loss.item())
    return history
