# expect: crash
"""MAML (second order) in the style of `higher` / torchmeta on a sequence regressor.

meta.inner_loop.innerloop_ctx yields a functional model and a differentiable optimiser
whose step() takes autograd.grad(..., create_graph=True); the outer loss.backward()
is then a double backward through the nn.LSTM (the model is in train mode throughout).
"""
import torch

from meta.inner_loop import innerloop_ctx
from meta.modules import MetaSeqRegressor
from tasks import sample_tasks


def meta_train(model, meta_opt, n_iters=2, inner_steps=1, first_order=False):
    model.train()
    for it in range(n_iters):
        meta_opt.zero_grad()
        outer_losses = []
        for (xs, ys), (xq, yq) in sample_tasks(n_tasks=2):
            with innerloop_ctx(model, inner_lr=0.1, first_order=first_order) as (fmodel, diffopt):
                for _ in range(inner_steps):
                    diffopt.step(((fmodel(xs) - ys) ** 2).mean())
                outer_losses.append(((fmodel(xq) - yq) ** 2).mean())
        outer = torch.stack(outer_losses).mean()
        outer.backward()  # TM003-here
        meta_opt.step()
        print("iter", it, "meta loss", outer.item())


if __name__ == "__main__":
    torch.manual_seed(10)
    net = MetaSeqRegressor(hidden=8)
    meta_train(net, torch.optim.Adam(net.parameters(), lr=1e-3))
