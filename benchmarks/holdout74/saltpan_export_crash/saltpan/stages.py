import torch
import torch.nn.functional as F

from .net import BrineNet


def _epoch(model, opt, batches):
    losses = []
    for x, y in batches:
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return sum(losses) / len(losses)


def pretrain(batches, epochs=2):
    model = BrineNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        _epoch(model, opt, batches)
    return model


def export_checkpoint(model, path, example):
    model.eval()
    with torch.no_grad():
        model(example)  # smoke test before shipping
    torch.save(model, path)


def resume_finetune(path, batches, epochs=2):
    model = torch.load(path, weights_only=False)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    return [_epoch(model, opt, batches) for _ in range(epochs)]
