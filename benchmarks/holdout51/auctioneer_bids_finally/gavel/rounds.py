import torch
import torch.nn.functional as F

from .model import make_lot
from .phases import GoodEnough, evaluating


def _validate(model, target_mae):
    with evaluating(model):
        bids, price = make_lot()
        mae = (model(bids) - price).abs().mean().item()
        if mae < target_mae:
            raise GoodEnough(mae)
    return mae


def run_rounds(model, settings):
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    model.train()
    history = []
    for _ in range(settings["rounds"]):
        for _lot in range(settings["lots_per_round"]):
            bids, price = make_lot()
            opt.zero_grad()
            loss = F.mse_loss(model(bids), price)
            loss.backward()
            opt.step()
            try:
                mae = _validate(model, settings["target_mae"])
            except GoodEnough as stop:
                mae = stop.args[0]
                history.append(mae)
                break
        else:
            history.append(mae)
    return history
