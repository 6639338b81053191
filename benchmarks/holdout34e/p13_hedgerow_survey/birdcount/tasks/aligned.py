import torch
import torch.nn.functional as F


class AlignedRegionsTask:
    """Two survey regions trained together; their gradients are pushed to agree.

    loss = mean(region losses) + lam * (1 - cos(g_north, g_south))
    """

    def __init__(self, model, lam=0.1):
        self.model = model
        self.lam = lam

    def _region_loss(self, batch):
        x, y = batch
        return F.poisson_nll_loss(self.model(x), y)

    def train_step(self, batch, optimizer):
        north, south = batch
        params = [p for p in self.model.parameters() if p.requires_grad]
        l_n, l_s = self._region_loss(north), self._region_loss(south)
        g_n = torch.autograd.grad(l_n, params, create_graph=True)
        g_s = torch.autograd.grad(l_s, params, create_graph=True)
        flat_n = torch.cat([g.flatten() for g in g_n])
        flat_s = torch.cat([g.flatten() for g in g_s])
        align = 1 - F.cosine_similarity(flat_n, flat_s, dim=0)
        loss = 0.5 * (l_n + l_s) + self.lam * align
        optimizer.zero_grad()
        loss.backward()  # TM003-here
        optimizer.step()
        return {"loss": loss.item(), "align": align.item()}

    @torch.no_grad()
    def valid_step(self, batch):
        return {"val_nll": 0.5 * sum(self._region_loss(b).item() for b in batch)}
