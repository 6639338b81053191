"""Factories that build the named steps of a training schedule."""
import torch
import torch.nn.functional as F

from decorators import restores_mode, timed


def make_fit_step(model, opt):
    @timed
    def fit(batch):
        x, y = batch
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()

    return fit


def make_check_step(model):
    @timed
    @restores_mode(model)
    @torch.no_grad()
    def check(batch):
        x, y = batch
        model.eval()
        return (model(x).argmax(-1) == y).float().mean().item()

    return check


def make_steps(model, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    return {"fit": make_fit_step(model, opt), "check": make_check_step(model)}
