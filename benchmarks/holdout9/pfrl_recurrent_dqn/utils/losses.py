import torch
import torch.nn.functional as F


def compute_value_loss(model, seq, rew, gamma):
    q = model(seq).max(-1).values
    with torch.no_grad():
        target = rew[:, :-1] + gamma * q[:, 1:]
    return F.smooth_l1_loss(q[:, :-1], target)


def backprop(optimizer, loss):
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
