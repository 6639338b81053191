import torch
import torch.nn.functional as F

from .modes import evaluating


def jitter(trace, scale=0.05):
    return trace + scale * torch.randn_like(trace)


def make_step(model, opt, threshold=0.0):
    def step(labelled, unlabelled):
        x, y = labelled
        sup = F.cross_entropy(model(x).flatten(0, 1), y.flatten())
        with evaluating(model):
            with torch.no_grad():
                probs = model(unlabelled).softmax(-1)
            conf, pseudo = probs.max(-1)
        student = model(jitter(unlabelled))
        mask = (conf > threshold).float()
        unsup = (F.cross_entropy(student.flatten(0, 1), pseudo.flatten(), reduction="none") * mask.flatten()).mean()
        loss = sup + 0.5 * unsup
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()
    return step
