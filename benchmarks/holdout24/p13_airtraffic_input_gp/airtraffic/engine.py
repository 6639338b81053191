import torch
import torch.nn.functional as F

from .regularisers import input_gradient_penalty


class Engine:
    def __init__(self, model, penalty=0.0):
        self.model = model.train()
        self.penalty = penalty
        self.opt = torch.optim.Adam(model.parameters(), 1e-3)

    def backward(self, loss):
        self.opt.zero_grad()
        loss.backward()  # TM003-here

    def step(self, track, target):
        loss = F.mse_loss(self.model(track), target)
        if self.penalty:
            loss = loss + self.penalty * input_gradient_penalty(self.model, track)
        self.backward(loss)
        self.opt.step()
        return loss.item()
