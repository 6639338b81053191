import torch
import torch.nn.functional as F

from .utils import evaluating, timed


@evaluating
def score(model, x):
    with torch.no_grad():
        return model(x).argmax(-1)


def _entropy(logits):
    return -(F.softmax(logits, -1) * F.log_softmax(logits, -1)).sum(-1).mean()


@timed
@evaluating
def adapt_to_speaker(model, x, steps=2, lr=1e-3):
    """Tent-free TTA: only the LayerNorm affine params move; dropout must be off for a stable entropy."""
    params = list(model.norm.parameters())
    opt = torch.optim.SGD(params, lr=lr)
    for _ in range(steps):
        ent = _entropy(model(x))
        opt.zero_grad()
        ent.backward()  # TM001-here
        opt.step()
