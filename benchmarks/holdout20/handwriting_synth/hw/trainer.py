import torch


def stroke_loss(pred, target):
    return ((pred[..., :2] - target[..., :2]) ** 2).mean() + \
        torch.nn.functional.binary_cross_entropy_with_logits(pred[..., 2], (target[..., 2] > 0).float())


def fit_style(model, state, target, text, chunk=4):
    """Truncated BPTT over the target strokes, one optimiser step for the sequence."""
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    total = 0.0
    for start in range(0, target.shape[1] - 1, chunk):
        seg = target[:, start:start + chunk + 1]
        pred, state = model(seg[:, :-1], text, state)
        total = total + stroke_loss(pred, seg[:, 1:])
    opt.zero_grad()
    total.backward()  # TM001-here
    opt.step()
    print("style loss", round(total.item(), 4))
