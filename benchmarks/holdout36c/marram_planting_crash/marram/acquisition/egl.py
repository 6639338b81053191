import torch
import torch.nn.functional as F
from torch.func import functional_call, grad


def expected_gradient_length(model, pool_x):
    """EGL score per pool item: E_y ||grad_theta loss(x, y)|| under the model's own p(y|x)."""
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v for k, v in model.named_buffers()}

    def loss_fn(p, x, y):
        logits = functional_call(model, (p, buffers), (x,))
        return F.cross_entropy(logits, y)

    scores = []
    with torch.no_grad():
        probs = F.softmax(model(pool_x), dim=-1)
    for i in range(pool_x.size(0)):
        x_i = pool_x[i:i + 1]
        score = 0.0
        for y in range(probs.size(1)):
            g = grad(loss_fn)(params, x_i, torch.tensor([y]))  # TM002-here
            norm = torch.sqrt(sum((t ** 2).sum() for t in g.values()))
            score += probs[i, y].item() * norm.item()
        scores.append(score)
    return scores
