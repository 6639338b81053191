import torch
import torch.nn.functional as F

from ..models import GustNet


def resume_on_site(path, batches, lr=1e-3):
    """Adapt a rooftop snapshot to one site's local turbulence."""
    snapshot = torch.load(path, weights_only=False)
    model = GustNet(snapshot.fc.in_features // 2)
    model.load_state_dict(snapshot.state_dict())
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in batches:
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model
