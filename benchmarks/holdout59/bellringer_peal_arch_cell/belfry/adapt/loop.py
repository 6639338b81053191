import torch
import torch.nn.functional as F


def baseline_score(model, rounds):
    gaps, faults = rounds
    model.eval()
    with torch.no_grad():
        pred = model(gaps).sigmoid() > 0.5
    return (pred.float() != faults).float().mean().item()


def adapt(model, rounds, steps=3, lr=1e-2):
    gaps, faults = rounds
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(gaps), faults)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses
