"""FedProx client: local steps with a proximal term towards the global weights."""
import copy
import torch
import torch.nn.functional as F


class Client:
    def __init__(self, cid, batches, mu=0.01):
        self.cid, self.batches, self.mu = cid, batches, mu

    def evaluate(self, model):
        model.eval()
        with torch.no_grad():
            return sum(F.cross_entropy(model(x), y).item() for x, y in self.batches) / len(self.batches)

    def update(self, global_model, local_steps=2, lr=0.1):
        local = copy.deepcopy(global_model)
        local.train()
        global_params = [p.detach().clone() for p in global_model.parameters()]
        opt = torch.optim.SGD(local.parameters(), lr=lr)
        for _ in range(local_steps):
            for x, y in self.batches:
                prox = sum(((p - g) ** 2).sum() for p, g in zip(local.parameters(), global_params))
                loss = F.cross_entropy(local(x), y) + self.mu / 2 * prox
                opt.zero_grad()
                loss.backward()
                opt.step()
        return local.state_dict(), len(self.batches)
