import torch

from privacy.per_sample import make_per_sample_grad_fn


class DPSGD:
    def __init__(self, model, loss_fn, lr=0.1, max_grad_norm=1.0, noise_multiplier=0.5, seed=0):
        self.model = model
        self.lr, self.C, self.sigma = lr, max_grad_norm, noise_multiplier
        self.per_sample = make_per_sample_grad_fn(model, loss_fn)
        self.g = torch.Generator().manual_seed(seed)

    def step(self, xb, yb):
        self.model.train()
        params = {k: v.detach() for k, v in self.model.named_parameters()}
        buffers = {k: v.detach() for k, v in self.model.named_buffers()}
        ps = self.per_sample(params, buffers, xb, yb)
        norms = torch.sqrt(sum(g.flatten(1).pow(2).sum(1) for g in ps.values()))
        scale = (self.C / (norms + 1e-6)).clamp(max=1.0)
        with torch.no_grad():
            for name, p in self.model.named_parameters():
                clipped = (ps[name] * scale.view(-1, *([1] * (ps[name].dim() - 1)))).sum(0)
                noise = torch.randn(p.shape, generator=self.g) * self.sigma * self.C
                p -= self.lr * (clipped + noise) / len(xb)
        return norms.mean().item()
