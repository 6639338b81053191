import torch
import torch.nn.functional as F


def refine(picker, data, steps, lr=1e-2):
    x, onset = data
    opt = torch.optim.Adam(picker.parameters(), lr=lr)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(picker(x), onset, pos_weight=torch.tensor(5.0))
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses
