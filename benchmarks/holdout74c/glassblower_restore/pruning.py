"""Connection-sensitivity scores (|w * dL/dw|) on a held-out batch."""
import torch
import torch.nn.functional as F


def sensitivity_scores(model, batch):
    was_training = model.training
    model.eval()
    model.lstm.train()  # cuDNN needs the RNN in train mode for backward
    x, y = batch
    model.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    scores = {n: (p * p.grad).abs() for n, p in model.named_parameters() if p.grad is not None}
    model.zero_grad()
    model.train(was_training)
    return scores


def apply_masks(model, scores, keep=0.7):
    flat = torch.cat([s.flatten() for s in scores.values()])
    thr = flat.kthvalue(max(1, int((1 - keep) * flat.numel()))).values
    with torch.no_grad():
        for n, p in model.named_parameters():
            if n in scores:
                p.mul_((scores[n] > thr).float())
