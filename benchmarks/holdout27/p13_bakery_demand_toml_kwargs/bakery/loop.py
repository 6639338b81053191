import torch
import torch.nn.functional as F

from .model import DemandRNN


def make_model(warm_start=False, **model_kwargs):
    model = DemandRNN(**model_kwargs)
    if warm_start:
        # last season's weights, loaded the way the forecasting service loads them
        model.load_state_dict({k: v.clone() for k, v in model.state_dict().items()})
        model.eval()
    return model


def train(model, lr=1e-2, epochs=1, **_unused):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for epoch in range(epochs):
        x, y = torch.randn(6, 14, 4), torch.rand(6) * 40
        loss = F.poisson_nll_loss(model(x), y, log_input=True)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print("epoch", epoch, round(loss.item(), 3))
