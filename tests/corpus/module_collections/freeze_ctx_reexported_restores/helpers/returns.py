import torch


def discounted(rewards, gamma=0.9):
    out, running = [], torch.zeros_like(rewards[-1])
    for r in reversed(list(rewards)):
        running = r + gamma * running
        out.append(running)
    return torch.stack(out[::-1])
