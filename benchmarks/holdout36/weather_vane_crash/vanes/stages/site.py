import torch
import torch.nn.functional as F


def resume_on_site(path, batches, lr=1e-3):
    """Adapt a rooftop snapshot to one site's local turbulence."""
    model = torch.load(path, weights_only=False)
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in batches:
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return model
