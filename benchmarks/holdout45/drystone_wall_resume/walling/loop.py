import torch
import torch.nn.functional as F


def train_steps(model, batches, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for tilt, y in batches:
        loss = F.binary_cross_entropy_with_logits(model(tilt), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
