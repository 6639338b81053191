import torch


def sensor_stream(n, anomalous, bs=4, T=8):
    out = []
    for _ in range(n):
        t = torch.linspace(0, 6.28, T)
        x = torch.stack([torch.sin(t), torch.cos(t), torch.sin(2 * t)], -1).repeat(bs, 1, 1)
        x = x + 0.05 * torch.randn_like(x)
        if anomalous:
            x[0, T // 2] += 0.2
        out.append(x)
    return out
