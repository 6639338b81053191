import torch
import torch.nn as nn


def run_epochs(model, inputs, target, epochs=1, lr=1e-2):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=lr)
    losses = []
    for _ in range(epochs):
        loss = nn.functional.mse_loss(model(*inputs), target)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(round(loss.item(), 4))
    return losses
