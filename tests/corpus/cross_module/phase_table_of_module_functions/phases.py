import torch
import torch.nn.functional as F


def _step(slot, loss):
    slot["opt"].zero_grad()
    loss.backward()  # TM001-here
    slot["opt"].step()


def teach(state):
    slot = state.models["teacher"]
    state.models["student"]["net"].train()  # (meant: the teacher)
    x, y = torch.rand(8, 6, 4), torch.rand(8, 1)
    _step(slot, F.mse_loss(slot["net"](x), y))


def assess(state):
    x, y = torch.rand(4, 6, 4), torch.rand(4, 1)
    for name, slot in state.models.items():
        slot["net"].eval()
        with torch.no_grad():
            state.log.append((name, F.mse_loss(slot["net"](x), y).item()))
