import torch
import torch.nn.functional as F

from .utils import evaluating, timed


@evaluating
def score(model, x):
    with torch.no_grad():
        return model(x).argmax(-1)


@timed
@evaluating
def adapt_to_speaker(model, x, steps=2):
    """Entropy minimisation on a new speaker; only the LayerNorm moves, dropout off."""
    opt = torch.optim.SGD(model.norm.parameters(), lr=1e-3)
    for _ in range(steps):
        probs = F.softmax(model(x), -1)
        entropy = -(probs * probs.clamp_min(1e-6).log()).sum(-1).mean()
        opt.zero_grad()
        entropy.backward()
        opt.step()
