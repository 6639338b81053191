import torch
import torch.nn.functional as F

from .modes import evaluating


def make_step(model, opt):
    """A training step closed over the model: pseudo-labels from the model in eval mode, and the student's
    predictions on jittered inputs, made after the block has restored training mode."""
    def step(labelled, unlabelled):
        x, y = labelled
        sup = F.cross_entropy(model(x).flatten(0, 1), y.flatten())
        with evaluating(model):
            with torch.no_grad():
                pseudo = model(unlabelled).argmax(-1)
        student = model(unlabelled + 0.05 * torch.randn_like(unlabelled))
        loss = sup + F.cross_entropy(student.flatten(0, 1), pseudo.flatten())
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()
    return step
