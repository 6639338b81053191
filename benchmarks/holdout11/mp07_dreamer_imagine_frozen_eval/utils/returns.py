import torch


def lambda_return(reward, value, gamma=0.99, lam=0.95):
    out, last = [], value[-1]
    for t in reversed(range(reward.size(0))):
        last = reward[t] + gamma * ((1 - lam) * value[t] + lam * last)
        out.append(last)
    return torch.stack(out[::-1])
