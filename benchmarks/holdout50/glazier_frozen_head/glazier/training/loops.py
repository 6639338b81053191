import torch
import torch.nn as nn
import torch.nn.functional as F


def _panes(batch=4, steps=6, n_sensors=4):
    x = torch.randn(batch, steps, n_sensors)
    return x, x[..., :2].abs().sum(dim=(1, 2)) * 0.1


def lab_pretrain(encoder, steps):
    """Next-reading prediction on lab panes; runs before the encoder is frozen."""
    encoder.train()
    readout = nn.Linear(encoder.hidden_size, encoder.input_size)
    opt = torch.optim.Adam(list(encoder.parameters()) + list(readout.parameters()), lr=1e-2)
    for _ in range(steps):
        x, _ = _panes()
        h, _ = encoder(x[:, :-1])
        loss = F.mse_loss(readout(h), x[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()


def fit_adapter(model, epochs, batches):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=3e-3)
    losses = []
    for _ in range(epochs):
        for _ in range(batches):
            x, y = _panes()
            loss = F.huber_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
    return losses
