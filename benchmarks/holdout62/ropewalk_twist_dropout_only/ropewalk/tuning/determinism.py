import torch
import torch.nn as nn

# modules whose behaviour is random in training mode (the LSTM keeps its own inter-layer dropout)
STOCHASTIC = (nn.Dropout,)


def _quiet(module):
    if isinstance(module, STOCHASTIC):
        module.eval()


def deterministic_finetune(model, batches, lr=1e-3):
    model.train()
    model.apply(_quiet)
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in batches:
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
