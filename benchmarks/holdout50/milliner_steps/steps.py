import torch
import torch.nn.functional as F

from decorators import restores_mode, timed


def make_fit_step(model, optimizer):
    @timed
    def fit(batch):
        x, y = batch
        loss = F.mse_loss(model(x), y)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
        return loss.item()
    return fit


def make_check_step(model):
    @timed
    @torch.no_grad()
    def check(batch):
        model.eval()
        x, y = batch
        return F.l1_loss(model(x), y).item()
    return check


def make_steps(model, lr):
    optimizer = torch.optim.RMSprop(model.parameters(), lr=lr)
    return {"fit": make_fit_step(model, optimizer), "check": make_check_step(model)}
