import torch

from .inner import adapt


class MetaLearner:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.meta_opt = torch.optim.Adam(model.parameters(), lr=cfg["meta_lr"])

    def meta_step(self, tasks):
        self.model.train()
        self.meta_opt.zero_grad()
        total = 0.0
        for support, query in tasks:
            params = dict(self.model.named_parameters())
            fast = adapt(self.model, params, support, self.cfg["inner_lr"],
                         self.cfg["inner_steps"], self.cfg["first_order"])
            qx, qy = query
            pred = torch.func.functional_call(self.model, fast, (qx,))
            loss = torch.nn.functional.mse_loss(pred, qy) / len(tasks)
            loss.backward()  # TM003-here
            total += loss.item()
        self.meta_opt.step()
        return total
