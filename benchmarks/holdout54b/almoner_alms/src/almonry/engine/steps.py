import torch


def train_step(model, optimizer, x, y):
    optimizer.zero_grad()
    loss = torch.nn.functional.smooth_l1_loss(model(x), y)
    loss.backward()
    optimizer.step()
    return loss.item()


def reweight_step(model, optimizer, x, y, weights):
    optimizer.zero_grad()
    per_parish = torch.nn.functional.smooth_l1_loss(model(x), y, reduction="none")
    loss = (weights * per_parish).mean()
    loss.backward()  # TM001-here
    optimizer.step()
    return loss.item()
