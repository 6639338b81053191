import copy

import torch
import torch.nn.functional as F


def make_step(model, lr=1e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()

    def step(x, y):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()

    return step


def make_validator(batches):
    def validate(model):
        snapshot = copy.deepcopy(model).eval()
        with torch.no_grad():
            mae = sum(F.l1_loss(snapshot(x), y).item() for x, y in batches) / len(batches)
        return snapshot, mae

    return validate
