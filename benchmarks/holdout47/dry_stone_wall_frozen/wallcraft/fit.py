import torch
import torch.nn.functional as F


def fit_head(model, data, steps=3, lr=1e-2):
    courses, batter, bulge = data
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=lr)
    model.train()
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(courses, batter), bulge)
        loss.backward()  # TM001-here
        opt.step()
        losses.append(loss.item())
    return losses
