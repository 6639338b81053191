import torch
import torch.nn.functional as F


def train(model, flows, bus, lr=1e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for step, (x, y) in enumerate(flows):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        bus.emit("step_end", step=step, loss=loss.item())
        print("step", step, round(loss.item(), 4))
