import torch

from .model import PressureNet


def pretrain(path, steps=3):
    model = PressureNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x, y = torch.randn(4, 6, 5), torch.randn(4, 1)
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        val = torch.nn.functional.mse_loss(model(torch.randn(4, 6, 5)), torch.randn(4, 1))
    print("pretrain val", round(val.item(), 4))
    torch.save(model.state_dict(), path)
