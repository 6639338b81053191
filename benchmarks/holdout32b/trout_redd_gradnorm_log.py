# expect: clean
"""Chalk-stream trout redds: count redds per reach from flow sequences. Logs the input-gradient norm each step
(computed with create_graph=True, as the penalty version of the script does) but only the fit loss is trained."""
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("redds")

CFG = {"hidden": 8, "steps": 4, "lr": 1e-2, "penalty_weight": 0.0}


class ReddCounter(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.rate = nn.Linear(hidden, 1)

    def forward(self, flow):
        return nn.functional.softplus(self.rate(self.rnn(flow)[0][:, -1]))


def reaches(bs=4, t=6):
    flow = torch.randn(bs, t, 3)
    redds = torch.poisson(torch.exp(flow[:, :, 0].mean(1, keepdim=True)))
    return flow, redds


def input_grad_norm(pred, flow):
    (g,) = torch.autograd.grad(pred.sum(), flow, create_graph=True, retain_graph=True)
    return g.flatten(1).norm(dim=1).mean()


def train(cfg):
    model = ReddCounter(cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    model.train()
    for step in range(cfg["steps"]):
        flow, redds = reaches()
        flow.requires_grad_(True)
        rate = model(flow)
        fit = nn.functional.poisson_nll_loss(rate, redds, log_input=False)
        gnorm = input_grad_norm(rate, flow)
        loss = fit
        if cfg["penalty_weight"] > 0:
            loss = loss + cfg["penalty_weight"] * gnorm
        opt.zero_grad()
        loss.backward()
        opt.step()
        log.info("step %d fit=%.4f |dR/dflow|=%.4f", step, fit.item(), gnorm.item())
    return model


if __name__ == "__main__":
    torch.manual_seed(25)
    train(CFG)
