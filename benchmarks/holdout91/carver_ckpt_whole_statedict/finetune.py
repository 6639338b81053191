import torch
from torch import nn

from ckpt import load_exported
from nets import build_chisel_model


def finetune_from_export(path, batches, lr=1e-3):
    exported = load_exported(path)
    model = build_chisel_model()
    model.load_state_dict(exported.state_dict())
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in batches:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return model, loss.item()
