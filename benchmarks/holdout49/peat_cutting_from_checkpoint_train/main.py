# expect: clean
import os
import torch
from peatmodel import BogMoistureLSTM

torch.manual_seed(2)


def finetune(model, season, lr=5e-3):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in season:
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


base = BogMoistureLSTM()
path = BogMoistureLSTM.save_tmp(base)
try:
    model = BogMoistureLSTM.from_checkpoint(path)
    with torch.no_grad():
        print("pre", model(torch.randn(2, 5, 4)).mean().item())
    season = [(torch.randn(3, 5, 4), torch.randn(3, 5)) for _ in range(3)]
    print("post", finetune(model, season))
finally:
    os.remove(path)
