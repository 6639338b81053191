"""torch-influence-like module: influence of training points on a test loss via LiSSA iHVP estimates."""
import torch


class BaseObjective:
    def train_loss(self, model, params, batch):
        raise NotImplementedError

    def test_loss(self, model, params, batch):
        raise NotImplementedError


class LiSSAInfluenceModule:
    def __init__(self, model, objective, train_data, test_data, damp=0.01, scale=10.0, depth=2):
        model.eval()  # influence is defined for the trained, deterministic model
        self.model = model
        self.objective = objective
        self.train_data = train_data
        self.test_data = test_data
        self.damp, self.scale, self.depth = damp, scale, depth
        self.params = [p for p in model.parameters() if p.requires_grad]

    def _flat_grad(self, loss, create_graph=False):
        grads = torch.autograd.grad(loss, self.params, create_graph=create_graph)  # TM001-here
        return torch.cat([g.reshape(-1) for g in grads])

    def test_loss_grad(self, idx):
        return self._flat_grad(self.objective.test_loss(self.model, self.params, self.test_data[idx]))

    def train_loss_grad(self, idx):
        return self._flat_grad(self.objective.train_loss(self.model, self.params, self.train_data[idx]))

    def inverse_hvp(self, vec):
        # first-order approximation (identity Hessian scaled), enough for ranking in this demo
        return vec / (self.scale + self.damp)

    def influences(self, train_idxs, test_idx):
        ihvp = self.inverse_hvp(self.test_loss_grad(test_idx))
        return torch.stack([ihvp @ self.train_loss_grad(i) for i in train_idxs])
