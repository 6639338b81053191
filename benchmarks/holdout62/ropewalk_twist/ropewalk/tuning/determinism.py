import torch
import torch.nn as nn

# modules whose behaviour is random in training mode
STOCHASTIC = (nn.Dropout, nn.LSTM, nn.GRU)


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
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
