import torch
import torch.nn.functional as F


def tune_output_layer(model, skills, correct, steps=3):
    """Per-school calibration: body frozen (embedding + LSTM), only out_layer learns."""
    model.body.requires_grad_(False)
    opt = torch.optim.SGD(model.out_layer.parameters(), lr=0.1)
    for _ in range(steps):
        p = model(skills[:, :-1], correct[:, :-1]).gather(-1, skills[:, 1:, None]).squeeze(-1)
        loss = F.binary_cross_entropy(p, correct[:, 1:].float())
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
