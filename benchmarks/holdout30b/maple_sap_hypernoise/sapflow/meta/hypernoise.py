import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call


class SapGRU(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.gru(x)
        return self.out(seq[:, -1]).squeeze(-1)


class HyperNoiseTuner:
    def __init__(self, model, inner_lr, hyper_lr):
        self.model = model
        self.inner_lr = inner_lr
        self.log_sigma = torch.tensor(-1.0, requires_grad=True)
        self.hyper_opt = torch.optim.Adam([self.log_sigma], lr=hyper_lr)

    def step(self, train, val):
        (xt, yt), (xv, yv) = train, val
        self.model.train()
        params = dict(self.model.named_parameters())
        noisy = xt + self.log_sigma.exp() * torch.randn_like(xt)
        inner = F.mse_loss(functional_call(self.model, params, (noisy,)), yt)
        grads = torch.autograd.grad(inner, list(params.values()), create_graph=True)
        fast = {k: p - self.inner_lr * g for (k, p), g in zip(params.items(), grads)}
        outer = F.mse_loss(functional_call(self.model, fast, (xv,)), yv)
        self.hyper_opt.zero_grad()
        outer.backward(inputs=[self.log_sigma])  # TM003-here
        self.hyper_opt.step()
        with torch.no_grad():
            for k, p in self.model.named_parameters():
                p.sub_(self.inner_lr * grads[list(params).index(k)].detach())
        return self.log_sigma.exp().item()
