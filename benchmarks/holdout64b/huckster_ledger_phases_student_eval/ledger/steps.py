import copy

import torch
import torch.nn.functional as F

from .modes import EvalMode


class SupervisedStep:
    def __init__(self, state):
        self.state = state

    def __call__(self, x, y):
        model, opt = self.state["model"], self.state["opt"]
        model.train()
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        return round(loss.item(), 4)


class EMAConsistencyStep(SupervisedStep):
    decay = 0.9

    def __init__(self, state):
        super().__init__(state)
        if state["teacher"] is None:
            state["teacher"] = copy.deepcopy(state["model"])

    def _update_teacher(self):
        with torch.no_grad():
            for pt, ps in zip(self.state["teacher"].parameters(), self.state["model"].parameters()):
                pt.mul_(self.decay).add_(ps, alpha=1 - self.decay)

    def __call__(self, x, y):
        model, opt, teacher = self.state["model"], self.state["opt"], self.state["teacher"]
        noisy = x + 0.05 * torch.randn_like(x)
        with EvalMode(teacher), EvalMode(model):  # no dropout noise on either side of the consistency term
            with torch.no_grad():
                target = teacher(x)
            pred = model(noisy)
        loss = F.mse_loss(pred, y) + F.mse_loss(pred, target)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        self._update_teacher()
        return round(loss.item(), 4)


STEP_TYPES = {"supervised": SupervisedStep, "ema_consistency": EMAConsistencyStep}
