import torch
import torch.nn.functional as F

from .base import Stage


class Pretrain(Stage, name="pretrain", mode="train"):
    def body(self, model, data):
        opt = torch.optim.Adam(model.parameters(), 1e-2)
        for x, y in data:
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        return loss.item()


class Validate(Stage, name="validate", mode="eval", grad=False):
    def body(self, model, data):
        return sum(F.mse_loss(model(x), y).item() for x, y in data) / len(data)


class Finetune(Stage, name="finetune", mode="train"):
    """Short fine-tune on the latest timetable."""

    def body(self, model, data):
        opt = torch.optim.SGD(model.parameters(), 1e-3)
        x, y = data[-1]
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()
