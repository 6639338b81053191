import copy

import torch
import torch.nn.functional as F


def train_member(cls, seed, data):
    torch.manual_seed(seed)
    m = cls()
    opt = torch.optim.Adam(m.parameters(), 1e-2)
    for x, y in data:
        opt.zero_grad()
        F.binary_cross_entropy_with_logits(m(x), y).backward()
        opt.step()
    m.eval()
    with torch.no_grad():
        m.val_loss = sum(F.binary_cross_entropy_with_logits(m(x), y).item() for x, y in data)
    return m


def average_members(members, data):
    best = min(members, key=lambda m: m.val_loss)
    avg = copy.deepcopy(best)
    state = {k: torch.stack([m.state_dict()[k] for m in members]).mean(0) for k in avg.state_dict()}
    avg.load_state_dict(state)
    return avg
