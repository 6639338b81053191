import torch
import torch.nn.functional as F


def train_epoch(model, seqs, locs, lr=1e-2):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    loss = F.cross_entropy(model(seqs), locs)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()
