import torch
import torch.nn.functional as F


def finetune(bank, name, batches, lr=1e-2):
    model = bank[name]
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for x, y in batches:
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
