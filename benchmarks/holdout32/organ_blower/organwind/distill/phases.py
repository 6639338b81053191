import torch
import torch.nn.functional as F


def _step(slot, loss):
    slot["opt"].zero_grad()
    loss.backward()  # TM001-here
    slot["opt"].step()


def teach(state):
    slot = state.models["teacher"]
    state.models["student"]["net"].train()
    x, y = state.data["train"]
    for i in range(0, len(x), 4):
        _step(slot, F.mse_loss(slot["net"](x[i:i + 4]), y[i:i + 4]))


def distill(state):
    teacher = state.models["teacher"]["net"]
    slot = state.models["student"]
    slot["net"].train()
    x, y = state.data["train"]
    with torch.no_grad():
        soft = teacher(x)
    for i in range(0, len(x), 4):
        pred = slot["net"](x[i:i + 4])
        _step(slot, 0.5 * F.mse_loss(pred, soft[i:i + 4]) + 0.5 * F.mse_loss(pred, y[i:i + 4]))


def assess(state):
    x, y = state.data["val"]
    row = {}
    for name, slot in state.models.items():
        slot["net"].eval()
        with torch.no_grad():
            row[name] = F.mse_loss(slot["net"](x), y).item()
    state.log.append(row)
