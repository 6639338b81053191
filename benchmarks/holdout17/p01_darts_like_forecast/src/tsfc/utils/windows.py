import torch


def sliding_windows(values, inp, out):
    xs, ys = [], []
    for i in range(len(values) - inp - out + 1):
        xs.append(values[i:i + inp])
        ys.append(values[i + inp:i + inp + out])
    return torch.stack(xs).unsqueeze(-1), torch.stack(ys)
