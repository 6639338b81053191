import torch


def profile_loader(n_batches, batch_size=4, minutes=15, seed=0):
    def loader():
        g = torch.Generator().manual_seed(seed)
        for _ in range(n_batches):
            ramp = torch.linspace(0, 1, minutes).expand(batch_size, minutes)
            noise = 0.3 * torch.randn(batch_size, minutes, generator=g)
            temp = ramp + noise
            rate = torch.diff(temp, dim=1, prepend=temp[:, :1])
            x = torch.stack([temp, rate], -1)
            y = (rate.abs().max(1).values > 0.6).float()
            yield x, y
    return loader
